using System.Security.Claims;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Infrastructure;

public static class StaffScopes
{
    /// <summary>What a demo staff member signed in to the workspace may see and do, for calling a feature's class directly.</summary>
    public static async Task<AccessScope> ScopeOfAsync(this GuestLoopApp app, string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var staff = await db.Staff.AsNoTracking().SingleAsync(s => s.UserName == userName);
        return new ClaimsPrincipal(new ClaimsIdentity(StaffClaims.For(staff), "test")).ToScope();
    }
}
