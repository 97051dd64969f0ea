using System.Text.Json.Nodes;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Organisation;

/// <summary>The demo travel agency shows the travel rules working: its guides, its tours, its typical complaints.</summary>
public abstract class DemoTravelTests(GuestLoopApp app)
{
    private static JsonNode? Initial(JsonNode @case) =>
        @case["deadlines"]!.AsArray().SingleOrDefault(d => d!["stage"]!.GetValue<string>() == "initialInvestigation");

    [SkippableFact]
    public async Task The_travel_agency_runs_on_the_travel_policy_with_guides_and_its_typical_complaints()
    {
        app.Require();
        var api = app.Api("admin");
        var agency = (await (await api.GetAsync("/api/v1/properties")).JsonAsync()).AsArray().Single(p => p!["code"]!.GetValue<string>() == "DEMO-TRAVEL")!;
        Assert.Equal(("agency", "travel-feedback"), (agency["type"]!.GetValue<string>(), agency["policy"]!.GetValue<string>()));
        var staff = (await (await api.GetAsync("/api/v1/staff")).JsonAsync()).AsArray();
        Assert.Equal(2, staff.Count(s => s!["userName"]!.GetValue<string>().StartsWith("guide.", StringComparison.Ordinal)
            && s["properties"]!.AsArray().Single()!.GetValue<string>() == "DEMO-TRAVEL"));

        var cases = (await (await api.GetAsync("/api/v1/cases?property=DEMO-TRAVEL&pageSize=100")).JsonAsync())["items"]!.AsArray();
        foreach (var topic in new[] { "强制购物", "行程", "态度", "退款" })
        {
            Assert.Contains(cases, c => c!["title"]!.GetValue<string>().Contains(topic, StringComparison.Ordinal) && c["kind"]!.GetValue<string>() == "complaint");
        }

        Assert.All(cases, c => Assert.Contains("团号", c!["place"]!.GetValue<string>()));
        var attitude = cases.Single(c => c!["title"]!.GetValue<string>().Contains("态度", StringComparison.Ordinal))!;
        Assert.Equal("triaged", attitude["status"]!.GetValue<string>());
        Assert.Null(Initial(attitude)!["metAt"]);
        var shopping = cases.Single(c => c!["title"]!.GetValue<string>().Contains("强制购物", StringComparison.Ordinal))!;
        Assert.NotNull(Initial(shopping)!["metAt"]);
    }
}

public sealed class DemoTravelSqliteTests(SqliteApp app) : DemoTravelTests(app), IClassFixture<SqliteApp>;

public sealed class DemoTravelPostgresTests(PostgresApp app) : DemoTravelTests(app), IClassFixture<PostgresApp>;
