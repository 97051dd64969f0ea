using System.Net;
using System.Text.Json.Nodes;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Tests.Infrastructure;
using static GuestLoop.Web.Tests.Features.Analytics.StatsSeries;

namespace GuestLoop.Web.Tests.Features.Analytics;

/// <summary>
/// Each figure of /api/v1/stats against the same figure counted in C# from the seeded list, on each database.
/// The seed lives in a property of its own in 2019, so other tests' cases never fall inside.
/// </summary>
public abstract class StatsApiTests(GuestLoopApp app)
{
    private const string Quarter = "from=2019-01-01&to=2019-03-31";
    private static readonly DateTimeOffset Start = StatsSeed.Local(1, 1, 0), End = StatsSeed.Local(4, 1, 0);

    private async Task<(StatsSeed Seed, List<SeedCase> Inside)> SeedAsync(int seed)
    {
        var data = await StatsSeed.WriteAsync(app, StatsSeed.Generate(seed));
        return (data, data.Cases.Where(c => c.ReceivedAt >= Start && c.ReceivedAt < End).ToList());
    }

    private async Task<JsonNode> GetAsync(string url, string user = "manager")
    {
        var response = await app.Api(user).GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    [SkippableFact]
    public async Task Volumes_equal_the_seeded_counts_by_month_kind_category_channel_and_department()
    {
        app.Require();
        var (seed, inside) = await SeedAsync(1);

        var json = await GetAsync($"/api/v1/stats/volumes?{Quarter}&property={seed.PropertyCode}&granularity=month");

        Assert.Equal(inside.Count, json["total"]!.GetValue<long>());
        Assert.Equal(["2019-01", "2019-02", "2019-03"], json["period"]!["buckets"]!.AsArray().Select(b => b!.GetValue<string>()));
        var byMonth = Enumerable.Range(1, 3).Select(m => (long)inside.Count(c => TimeZoneInfo.ConvertTime(c.ReceivedAt, StatsSeed.Zone).Month == m));
        Assert.Equal(byMonth, json["counts"]!.AsArray().Select(n => n!.GetValue<long>()));
        Assert.Equal(Expected(inside, c => Key(c.Kind)), Actual(json["byKind"]!));
        Assert.Equal(Expected(inside, c => Key(c.Category)), Actual(json["byCategory"]!));
        Assert.Equal(Expected(inside, c => Key(c.Channel)), Actual(json["byChannel"]!));
        Assert.Equal(Expected(inside, c => seed.Departments[c.Department].ToString()), Actual(json["byDepartment"]!));
        var complaints = json["byKind"]!.AsArray().Single(s => s!["key"]!.GetValue<string>() == "complaint")!;
        var perMonth = Enumerable.Range(1, 3).Select(m =>
            (long)inside.Count(c => c.Kind == CaseKind.Complaint && TimeZoneInfo.ConvertTime(c.ReceivedAt, StatsSeed.Zone).Month == m));
        Assert.Equal(perMonth, complaints["counts"]!.AsArray().Select(n => n!.GetValue<long>()));
    }

    [SkippableFact]
    public async Task A_breakdown_link_lists_exactly_the_cases_behind_it_in_the_api_and_the_csv()
    {
        app.Require();
        var (seed, inside) = await SeedAsync(2);
        var json = await GetAsync($"/api/v1/stats/volumes?{Quarter}&property={seed.PropertyCode}");
        var facility = json["byCategory"]!.AsArray().Single(s => s!["key"]!.GetValue<string>() == "facility")!;
        var link = facility["cases"]!.GetValue<string>();

        Assert.StartsWith("/cases?", link);
        var list = await GetAsync("/api/v1/cases" + link["/cases".Length..] + "&pageSize=200");
        var csv = await (await app.Api("manager").GetAsync("/api/v1/cases.csv" + link["/cases".Length..])).Content.ReadAsStringAsync();

        var expected = inside.Count(c => c.Category == Category.Facility);
        Assert.Equal(expected, list["total"]!.GetValue<int>());
        Assert.Equal(expected, facility["total"]!.GetValue<long>());
        var lines = csv.TrimEnd().Split("\r\n");
        Assert.Equal(expected + 1, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Contains(",facility,", l));
    }

    [SkippableFact]
    public async Task Deadline_compliance_and_handling_times_per_stage_equal_the_seed()
    {
        app.Require();
        var (seed, inside) = await SeedAsync(3);

        var deadlines = await GetAsync($"/api/v1/stats/deadlines?{Quarter}&property={seed.PropertyCode}");
        var handling = await GetAsync($"/api/v1/stats/handling-times?{Quarter}&property={seed.PropertyCode}");

        foreach (var stage in new[] { SlaStage.Response, SlaStage.Resolution })
        {
            var rows = inside.SelectMany(c => c.Deadlines).Where(d => d.Stage == stage).ToList();
            var figure = deadlines["stages"]!.AsArray().Single(s => s!["stage"]!.GetValue<string>() == Key(stage))!;
            Assert.Equal(rows.Count(d => d.Met <= d.Due), figure["onTime"]!.GetValue<long>());
            Assert.Equal(rows.Count(d => d.Met > d.Due), figure["late"]!.GetValue<long>());
            Assert.Equal(rows.Count(d => d.Met is null), figure["overdue"]!.GetValue<long>());

            var minutes = rows.Where(d => d.Met is not null).Select(d => (long)Math.Floor((d.Met!.Value - d.Started).TotalMinutes)).Order().ToList();
            var time = handling["stages"]!.AsArray().Single(s => s!["stage"]!.GetValue<string>() == Key(stage))!;
            Assert.Equal(minutes.Count, time["count"]!.GetValue<long>());
            Assert.Equal(minutes[(int)Math.Ceiling(minutes.Count * 0.5) - 1], time["medianMinutes"]!.GetValue<long>());
            Assert.Equal(minutes[(int)Math.Ceiling(minutes.Count * 0.9) - 1], time["p90Minutes"]!.GetValue<long>());
        }
    }

    [SkippableFact]
    public async Task Satisfaction_reopens_repeat_complaints_and_compensation_equal_the_seed()
    {
        app.Require();
        var (seed, inside) = await SeedAsync(4);

        var satisfaction = await GetAsync($"/api/v1/stats/satisfaction?{Quarter}&property={seed.PropertyCode}");
        var reopens = await GetAsync($"/api/v1/stats/reopens?{Quarter}&property={seed.PropertyCode}");
        var compensation = await GetAsync($"/api/v1/stats/compensation?{Quarter}&property={seed.PropertyCode}");

        var answers = seed.Cases.Where(c => c.Answer is { } a && a.At >= Start && a.At < End).Select(c => c.Answer!.Value).ToList();
        Assert.Equal(answers.Count, satisfaction["answers"]!.GetValue<long>());
        Assert.Equal(Math.Round(answers.Average(a => a.Csat), 2), satisfaction["csat"]!.GetValue<double>(), 2);
        var nps = answers.Where(a => a.Nps is not null).Select(a => a.Nps!.Value).ToList();
        Assert.Equal(Math.Round(100.0 * (nps.Count(n => n >= 9) - nps.Count(n => n <= 6)) / nps.Count, 1), satisfaction["nps"]!.GetValue<double>(), 1);
        Assert.Equal(answers.Count(a => a.Csat <= 2), satisfaction["unsatisfied"]!.GetValue<long>());

        Assert.Equal(inside.Count, reopens["cases"]!.GetValue<long>());
        Assert.Equal(inside.Count(c => c.Reopens >= 1), reopens["reopened"]!.GetValue<long>());
        Assert.Equal(inside.Count(c => c.Reopens >= 2), reopens["reopenedTwice"]!.GetValue<long>());
        var repeat = inside.Where(c => c.Kind == CaseKind.Complaint && c.Phone is not null).GroupBy(c => c.Phone).Where(g => g.Count() > 1).ToList();
        Assert.Equal(repeat.Count, reopens["repeatComplainants"]!.GetValue<long>());
        Assert.Equal(repeat.Sum(g => g.Count()), reopens["repeatComplaints"]!.GetValue<long>());
        var twice = await GetAsync("/api/v1/cases" + reopens["reopenedTwiceCases"]!.GetValue<string>()["/cases".Length..]);
        Assert.Equal(inside.Count(c => c.Reopens >= 2), twice["total"]!.GetValue<int>());

        var total = Assert.Single(compensation["totals"]!.AsArray())!;
        var proposed = seed.Cases.Where(c => c.Compensation is not null && c.ReceivedAt.AddHours(2) >= Start && c.ReceivedAt.AddHours(2) < End).ToList();
        Assert.Equal(("CNY", "proposed", proposed.Count), (total["currency"]!.GetValue<string>(), total["state"]!.GetValue<string>(), total["count"]!.GetValue<int>()));
        Assert.Equal(proposed.Sum(c => c.Compensation!.Value), total["amount"]!.GetValue<decimal>());
    }

    [SkippableFact]
    public async Task The_dashboard_call_returns_each_figure_exactly_as_its_own_endpoint()
    {
        app.Require();
        var (seed, inside) = await SeedAsync(6);
        var filter = $"{Quarter}&property={seed.PropertyCode}&granularity=week";

        var dashboard = await GetAsync($"/api/v1/stats/dashboard?{filter}");

        Assert.Equal(inside.Count, dashboard["volumes"]!["total"]!.GetValue<long>());
        foreach (var (part, figure) in new[]
        {
            ("volumes", "volumes"), ("deadlines", "deadlines"), ("handlingTimes", "handling-times"),
            ("satisfaction", "satisfaction"), ("reopens", "reopens"), ("compensation", "compensation"),
        })
        {
            var alone = await GetAsync($"/api/v1/stats/{figure}?{filter}");
            Assert.True(JsonNode.DeepEquals(alone, dashboard[part]), $"{part}: {dashboard[part]?.ToJsonString()} != {alone.ToJsonString()}");
        }
    }

    [SkippableFact]
    public async Task Figures_stay_inside_the_callers_properties_and_bad_filters_are_400()
    {
        app.Require();
        var (seed, _) = await SeedAsync(5);

        var outside = await app.Api("ranger").GetAsync($"/api/v1/stats/volumes?{Quarter}&property={seed.PropertyCode}");
        var ranger = await GetAsync($"/api/v1/stats/volumes?{Quarter}", "ranger");
        var bad = await app.Api("manager").GetAsync("/api/v1/stats/volumes?from=2019-13-01&granularity=year");

        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(0, ranger["total"]!.GetValue<long>());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["from", "granularity"], (await bad.JsonAsync())["errors"]!.AsObject().Select(e => e.Key).Order());
    }
}

public sealed class StatsApiSqliteTests(SqliteApp app) : StatsApiTests(app), IClassFixture<SqliteApp>;

public sealed class StatsApiPostgresTests(PostgresApp app) : StatsApiTests(app), IClassFixture<PostgresApp>;
