using System.Net;
using System.Text.Json.Nodes;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Analytics;

/// <summary>The dashboard's first screen against the seeded cases of a property of its own, counted in C#.</summary>
public abstract class WorkloadTests(GuestLoopApp app)
{
    private const string Quarter = "from=2019-01-01&to=2019-03-31";

    private async Task<JsonNode> GetAsync(string url, string user = "manager")
    {
        var response = await app.Api(user).GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    [SkippableFact]
    public async Task The_tiles_count_open_overdue_at_risk_and_unassigned_cases_and_link_to_the_same_lists()
    {
        app.Require();
        var now = DateTimeOffset.UtcNow;
        var cases = StatsSeed.Generate(21).ToList();
        // Two cases of today: one with 90 % of its response target gone (at risk), one with 10 % (not yet).
        cases.Add(new SeedCase(CaseKind.Complaint, Category.Hygiene, Channel.Phone, 1, now.AddHours(-9), 0, null,
            [new SeedDeadline(SlaStage.Response, now.AddHours(-9), now.AddHours(1), null)], null, null));
        cases.Add(new SeedCase(CaseKind.Complaint, Category.Hygiene, Channel.Phone, 1, now.AddHours(-1), 0, null,
            [new SeedDeadline(SlaStage.Response, now.AddHours(-1), now.AddHours(9), null)], null, null));
        var seed = await StatsSeed.WriteAsync(app, cases);

        var json = await GetAsync($"/api/v1/stats/workload?{Quarter}&property={seed.PropertyCode}");

        // Every seeded case is open and unassigned; those with a deadline not met are overdue (all of 2019's are past).
        var overdue = cases.Count(c => c.Deadlines.Any(d => d.Met is null && d.Due < now));
        Assert.Equal(cases.Count, json["open"]!["count"]!.GetValue<int>());
        Assert.Equal(cases.Count, json["unassigned"]!["count"]!.GetValue<int>());
        Assert.Equal(overdue, json["overdue"]!["count"]!.GetValue<int>());
        Assert.Equal(1, json["atRisk"]!["count"]!.GetValue<int>());

        // Each tile's list holds exactly the cases it counts.
        foreach (var tile in new[] { "open", "overdue", "atRisk", "unassigned" })
        {
            var link = json[tile]!["cases"]!.GetValue<string>();
            Assert.StartsWith("/cases?view=", link);
            var list = await GetAsync("/api/v1" + link + "&pageSize=200");
            Assert.Equal(json[tile]!["count"]!.GetValue<int>(), list["total"]!.GetValue<int>());
        }

        // Rising: the quarter's categories against the quarter before (only one case of the seed falls there).
        var start = StatsSeed.Local(1, 1, 0);
        var end = StatsSeed.Local(4, 1, 0);
        var inside = cases.Where(c => c.ReceivedAt >= start && c.ReceivedAt < end).GroupBy(c => c.Category).ToDictionary(g => g.Key, g => g.Count());
        var before = cases.Where(c => c.ReceivedAt >= start.AddDays(-90) && c.ReceivedAt < start).GroupBy(c => c.Category).ToDictionary(g => g.Key, g => g.Count());
        var expected = inside.Select(x => (Category: x.Key, Rise: x.Value - before.GetValueOrDefault(x.Key)))
            .Where(x => x.Rise > 0).OrderByDescending(x => x.Rise).ThenBy(x => x.Category).Take(3)
            .Select(x => char.ToLowerInvariant(x.Category.ToString()[0]) + x.Category.ToString()[1..]);
        Assert.Equal(expected, json["rising"]!.AsArray().Select(r => r!["category"]!.GetValue<string>()));
    }

    [SkippableFact]
    public async Task Another_propertys_figures_are_404_and_a_bad_period_is_400()
    {
        app.Require();
        var seed = await StatsSeed.WriteAsync(app, StatsSeed.Generate(22));

        var clerk = await app.Api("clerk").GetAsync($"/api/v1/stats/workload?property={seed.PropertyCode}");
        var bad = await app.Api("manager").GetAsync("/api/v1/stats/workload?from=2019-13-01");

        Assert.Equal(HttpStatusCode.NotFound, clerk.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}

public sealed class WorkloadSqliteTests(SqliteApp app) : WorkloadTests(app), IClassFixture<SqliteApp>;

public sealed class WorkloadPostgresTests(PostgresApp app) : WorkloadTests(app), IClassFixture<PostgresApp>;
