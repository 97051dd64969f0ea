using GuestLoop.Web.Features.Customers;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Customers;

/// <summary>
/// How SQLite reads the guests of a batch of intakes. With no statistics its planner chooses by the shape of the query
/// alone, so the plan on a test database is the plan on a database of 100,000 guests: there, reading every guest through
/// an index of "not merged" made intake four times slower than looking the contact hashes up.
/// </summary>
[Collection(SharedSqliteApp.Name)]
public sealed class GuestMatchingPlanTests(SqliteApp app)
{
    public static TheoryData<int, int, int> Batches => new()
    {
        { 0, 1, 0 }, // one phone: the single lookup
        { 0, 4, 0 }, // a batch of four callers
        { 1, 3, 2 }, // document numbers, phones and emails together
    };

    [Theory]
    [MemberData(nameof(Batches))]
    public async Task A_batch_of_contacts_is_looked_up_through_the_contact_hashes_never_by_reading_all_guests(int ids, int phones, int emails)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var matching = scope.ServiceProvider.GetRequiredService<GuestMatching>();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoop.Web.Data.GuestLoopDbContext>();
        static List<string> Hashes(string prefix, int n) => Enumerable.Range(0, n).Select(i => $"{prefix}{i:x40}").ToList();

        await using var command = matching.WithContacts(Hashes("i", ids), Hashes("p", phones), Hashes("e", emails)).CreateDbCommand();
        var plan = await db.ExplainAsync(command);

        var reads = plan.Where(p => p.Contains(" g ", StringComparison.Ordinal) || p.EndsWith(" g", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(reads);
        Assert.All(reads, p => Assert.Matches("^SEARCH g USING INDEX IX_guests_(PhoneHash|EmailHash|IdNumberHash) ", p));
        Assert.Equal(new[] { ids, phones, emails }.Count(n => n > 0), reads.Count);
    }
}
