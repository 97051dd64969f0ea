using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Cases;

/// <summary>
/// Deadlines carry the calendar's offset (+08:00); the database must compare them as instants,
/// or the "overdue" view would be eight hours late.
/// </summary>
public abstract class InstantStorageTests(GuestLoopApp app)
{
    [SkippableFact]
    public async Task Instants_with_any_offset_compare_and_order_as_instants_in_SQL()
    {
        app.Require();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var caseId = await db.Cases.Select(c => c.Id).FirstAsync();
        var now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var beijing = TimeSpan.FromHours(8);
        var passed = new CaseDeadlineRow { CaseId = caseId, DueAt = now.AddHours(-1).ToOffset(beijing), StartedAt = now.AddDays(-1).ToOffset(beijing) };
        var coming = new CaseDeadlineRow { CaseId = caseId, DueAt = now.AddHours(1).ToOffset(beijing), StartedAt = now.AddDays(-1).ToOffset(beijing) };
        db.CaseDeadlines.AddRange(passed, coming);
        await db.SaveChangesAsync();

        var overdue = await db.CaseDeadlines.Where(d => (d.Id == passed.Id || d.Id == coming.Id) && d.DueAt < now).Select(d => d.Id).ToListAsync();
        var stored = await db.CaseDeadlines.AsNoTracking().SingleAsync(d => d.Id == coming.Id);

        Assert.Equal([passed.Id], overdue);
        Assert.Equal(coming.DueAt, stored.DueAt);
        db.CaseDeadlines.RemoveRange(passed, coming);
        await db.SaveChangesAsync();
    }
}

[Collection(SharedSqliteApp.Name)]
public sealed class InstantStorageSqliteTests(SqliteApp app) : InstantStorageTests(app);

[Collection(SharedPostgresApp.Name)]
public sealed class InstantStoragePostgresTests(PostgresApp app) : InstantStorageTests(app);
