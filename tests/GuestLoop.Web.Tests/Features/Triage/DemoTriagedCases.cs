using GuestLoop.Domain.Cases;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Triage;

public sealed record TriagedCase(Guid Id, Category Category, Severity Severity);

public static class DemoTriagedCases
{
    /// <summary>The demo properties' cases with a triage step in their history, found without the training's own query.</summary>
    public static async Task<List<TriagedCase>> ListAsync(GuestLoopApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var demo = await db.Properties.Where(p => p.Code == "DEMO-HOTEL" || p.Code == "DEMO-SCENIC" || p.Code == "DEMO-TRAVEL").Select(p => p.Id).ToListAsync();
        return await db.Cases.Where(c => demo.Contains(c.PropertyId) && c.History.Any(e => e.Action == CaseAction.Triage))
            .Select(c => new TriagedCase(c.Id, c.Category, c.Severity)).ToListAsync();
    }
}
