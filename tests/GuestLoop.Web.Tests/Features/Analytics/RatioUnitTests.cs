using System.Net;
using System.Text.Json.Nodes;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Analytics;

/// <summary>Every ratio of the statistics and supervision endpoints is a fraction named …Rate: 0.973, never 97.3.</summary>
public abstract class RatioUnitTests(GuestLoopApp app)
{
    private static IEnumerable<(string Name, JsonNode? Value)> Fields(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => new[] { (p.Key, p.Value) }.Concat(Fields(p.Value))),
        JsonArray a => a.SelectMany(Fields),
        _ => [],
    };

    private async Task<JsonNode> GetAsync(string url)
    {
        var response = await app.Api().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    [SkippableFact]
    public async Task Statistics_and_supervision_give_every_ratio_as_a_fraction_named_rate()
    {
        app.Require();
        var (from, to) = (DateTime.UtcNow.AddDays(-40).ToString("yyyy-MM-dd"), DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd"));
        var period = $"from={from}&to={to}";
        var responses = new Dictionary<string, JsonNode>
        {
            ["dashboard"] = await GetAsync($"/api/v1/stats/dashboard?{period}"),
            ["deadlines"] = await GetAsync($"/api/v1/stats/deadlines?{period}"),
            ["reopens"] = await GetAsync($"/api/v1/stats/reopens?{period}"),
            ["scores"] = await GetAsync($"/api/v1/supervision/scores?{period}"),
        };

        foreach (var (endpoint, json) in responses)
        {
            var fields = Fields(json).ToList();
            Assert.DoesNotContain(fields, f => f.Name.Contains("compliance", StringComparison.OrdinalIgnoreCase) || f.Name.Contains("percent", StringComparison.OrdinalIgnoreCase));
            var rates = fields.Where(f => f.Name.EndsWith("Rate", StringComparison.Ordinal) && f.Value is not null).Select(f => f.Value!.GetValue<double>()).ToList();
            Assert.True(rates.Count > 0, $"{endpoint} has no ratio to check");
            Assert.All(rates, r => Assert.InRange(r, 0, 1));
            Assert.Contains(rates, r => r is > 0 and < 1);
        }

        // The same ratio on both sides of the workspace: on time out of decided, met out of all.
        foreach (var stage in responses["deadlines"]["stages"]!.AsArray())
        {
            var decided = stage!["onTime"]!.GetValue<long>() + stage["late"]!.GetValue<long>() + stage["overdue"]!.GetValue<long>();
            Assert.Equal(Math.Round((double)stage["onTime"]!.GetValue<long>() / decided, 4), stage["onTimeRate"]!.GetValue<double>());
        }

        foreach (var score in responses["scores"]["departments"]!.AsArray().Where(s => s!["deadlines"]!.GetValue<int>() > 0))
        {
            Assert.Equal(Math.Round((double)score!["deadlinesMet"]!.GetValue<int>() / score["deadlines"]!.GetValue<int>(), 4), score["onTimeRate"]!.GetValue<double>());
        }
    }
}

public sealed class RatioUnitSqliteTests(SqliteApp app) : RatioUnitTests(app), IClassFixture<SqliteApp>;

public sealed class RatioUnitPostgresTests(PostgresApp app) : RatioUnitTests(app), IClassFixture<PostgresApp>;
