using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Cases;

/// <summary>
/// The new-case form reads the channels of the cases its user recorded on every opening: along the index of receipts by
/// staff, never by reading every case event (millions of rows on a big database).
/// </summary>
[Collection(SharedSqliteApp.Name)]
public sealed class UsualChannelPlanTests(SqliteApp app)
{
    [Fact]
    public async Task A_staff_members_receipts_are_read_through_their_index()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var query = scope.ServiceProvider.GetRequiredService<UsualChannelQuery>();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();

        await using var command = query.Recorded(Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(-90)).CreateDbCommand();
        var plan = await db.ExplainAsync(command);

        Assert.Contains(plan, p => p.Contains("USING INDEX IX_case_events_receipts_by_staff", StringComparison.Ordinal));
        // The only scan is of the newest 200 receipts the subquery gave (a co-routine), never of a table.
        var subqueries = plan.Where(p => p.StartsWith("CO-ROUTINE ", StringComparison.Ordinal)).Select(p => "SCAN " + p["CO-ROUTINE ".Length..]).ToHashSet();
        Assert.All(plan.Where(p => p.StartsWith("SCAN ", StringComparison.Ordinal)), p => Assert.Contains(p, subqueries));
    }
}
