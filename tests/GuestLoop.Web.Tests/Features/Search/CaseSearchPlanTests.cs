using GuestLoop.Domain.Search;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Search;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Search;

/// <summary>
/// A search inside one property on SQLite: the matches of the words are read once, as a set, and the property's cases
/// are tested against it; only the cases kept are ranked. Planned the other way, SQLite looked every case up in the
/// full-text index and counted every match again for each rank (750 ms for a common word in one property of 50).
/// </summary>
[Collection(SharedSqliteApp.Name)]
public sealed class CaseSearchPlanTests(SqliteApp app)
{
    private static readonly SearchQuery Lift = SearchQuery.Parse("电梯");

    [Fact]
    public async Task The_cases_of_a_property_are_tested_against_the_matches_built_once()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var property = Guid.NewGuid();

        await using var command = CaseSearch.SqliteNewestInside(db, db.Cases.Where(c => c.PropertyId == property), Lift, 1000).CreateDbCommand();
        var plan = await db.ExplainAsync(command);

        Assert.Contains(plan, p => p.Contains("USING INDEX IX_cases_PropertyId", StringComparison.Ordinal));
        Assert.Contains(plan, p => p.StartsWith("LIST SUBQUERY", StringComparison.Ordinal));
        // The set is a test, never keys driving look-ups of documents (or of the index) for each case.
        Assert.DoesNotContain(plan, p => p.Contains("rowid=?", StringComparison.Ordinal) || p.Contains("INDEX 0:=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_kept_documents_are_ranked_from_one_reading_of_the_matches()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();

        await using var command = CaseSearch.SqliteRanks(db, Lift, [1, 2, 3]).CreateDbCommand();
        var plan = await db.ExplainAsync(command);

        Assert.Contains(plan, p => p.Contains("case_search_fts VIRTUAL TABLE INDEX 0:M", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, p => p.Contains("INDEX 0:=", StringComparison.Ordinal));
    }
}
