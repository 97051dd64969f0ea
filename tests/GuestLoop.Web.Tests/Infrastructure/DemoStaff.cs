using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Infrastructure;

public static class DemoStaff
{
    /// <summary>The id of a demo staff member by user name (admin, manager, head, agent, ranger, clerk).</summary>
    public static async Task<Guid> StaffIdAsync(this GuestLoopApp app, string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        return await db.Staff.Where(s => s.UserName == userName).Select(s => s.Id).SingleAsync();
    }
}
