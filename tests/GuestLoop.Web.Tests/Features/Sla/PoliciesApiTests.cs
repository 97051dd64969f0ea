using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Sla;

public abstract class PoliciesApiTests(GuestLoopApp app)
{
    /// <summary>The demo hotel's policy with the first response moved from 24 to 48 hours.</summary>
    private static readonly object SlowerResponse = new
    {
        name = "旅游企业服务质量标准（放宽）",
        rules = new object[]
        {
            new { kind = "complaint", targets = new[] { Target("response", 48), Target("resolution", 72) } },
            new { kind = (string?)null, severity = "any", targets = new[] { Target("response", 48) } },
        },
    };

    private static object Target(string stage, int amount) => new { stage, amount, unit = "hours", anchor = "caseReceived" };

    private static async Task<JsonNode> StepAsync(HttpClient client, Guid id, string step, object body)
    {
        var response = await client.PostJsonAsync($"/api/v1/cases/{id}/{step}", body);
        Assert.True(response.IsSuccessStatusCode, $"{step}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    private async Task<string> ResponseDueAsync(Guid id)
    {
        var json = await (await app.Api().GetAsync($"/api/v1/cases/{id}")).JsonAsync();
        return json["deadlines"]!.AsArray().Single(d => d!["stage"]!.GetValue<string>() == "response")!["dueAt"]!.GetValue<string>();
    }

    [SkippableFact]
    public async Task Get_lists_the_presets_and_unknown_is_404()
    {
        app.Require();
        var list = (await (await app.Api().GetAsync("/api/v1/policies")).JsonAsync()).AsArray();
        Assert.Contains(list, p => p!["code"]!.GetValue<string>() == "scenic-manual");

        var scenic = await (await app.Api().GetAsync("/api/v1/policies/scenic-manual")).JsonAsync();
        var complaint = scenic["rules"]!.AsArray().First(r => r!["kind"]?.GetValue<string>() == "complaint")!;
        Assert.Contains(complaint["targets"]!.AsArray(), t => t!["stage"]!.GetValue<string>() == "plan" && t["unit"]!.GetValue<string>() == "workingDays");
        Assert.Equal(HttpStatusCode.NotFound, (await app.Api().GetAsync("/api/v1/policies/nope")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("agent").GetAsync("/api/v1/policies")).StatusCode);
    }

    [SkippableFact]
    public async Task A_bad_target_is_400_with_field_errors_and_changes_nothing()
    {
        app.Require();
        var before = await (await app.Api().GetAsync("/api/v1/policies/travel-feedback")).JsonAsync();
        var body = new
        {
            name = "改坏的规则",
            rules = new object[]
            {
                new { kind = "complaint", targets = new object[] { Target("response", 0), new { stage = "lunch", amount = 2, unit = "weeks" } } },
            },
        };

        var response = await app.Api().PutAsJsonAsync("/api/v1/policies/travel-feedback", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("rules[0].targets[0].amount"));
        Assert.True(errors.ContainsKey("rules[0].targets[1].stage"));
        Assert.True(errors.ContainsKey("rules[0].targets[1].unit"));
        var after = await (await app.Api().GetAsync("/api/v1/policies/travel-feedback")).JsonAsync();
        Assert.Equal(before.ToJsonString(), after.ToJsonString());
    }

    [SkippableFact]
    public async Task Changing_a_policy_recomputes_open_cases_only()
    {
        app.Require();
        var open = (await (await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint("前台排队过久"))).JsonAsync())["id"]!.GetValue<Guid>();
        var praise = new { kind = "praise", channel = "web", property = "DEMO-HOTEL", title = "礼宾服务周到", description = "礼宾员主动帮忙搬运行李。" };
        var closed = (await (await app.Api().PostJsonAsync("/api/v1/cases", praise)).JsonAsync())["id"]!.GetValue<Guid>();
        await StepAsync(app.Api("manager"), closed, "triage", new { category = "serviceQuality", severity = "general" });
        var closedJson = await StepAsync(app.Api("manager"), closed, "close", new { summary = "已通报表扬" });
        Assert.Equal("closed", closedJson["status"]!.GetValue<string>());
        var openBefore = DateTimeOffset.Parse(await ResponseDueAsync(open));
        var closedBefore = await ResponseDueAsync(closed);

        var put = await app.Api().PutAsJsonAsync("/api/v1/policies/hotel-checkin", SlowerResponse);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(openBefore.AddHours(24), DateTimeOffset.Parse(await ResponseDueAsync(open)));
        Assert.Equal(closedBefore, await ResponseDueAsync(closed));
        var policy = await (await app.Api().GetAsync("/api/v1/policies/hotel-checkin")).JsonAsync();
        Assert.Equal(48, policy["rules"]![1]!["targets"]![0]!["amount"]!.GetValue<int>());
        Assert.Null(policy["rules"]![1]!["kind"]);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var entry = await db.AuditLog.AsNoTracking().SingleAsync(e => e.Entity == "policy" && e.EntityKey == "hotel-checkin");
        Assert.Equal("policy.save", entry.Action);
        Assert.Contains("\"amount\":24", entry.Before);
        Assert.Contains("\"amount\":48", entry.After);
        Assert.Contains("放宽", entry.After);
    }
}

public sealed class PoliciesApiSqliteTests(SqliteApp app) : PoliciesApiTests(app), IClassFixture<SqliteApp>;

public sealed class PoliciesApiPostgresTests(PostgresApp app) : PoliciesApiTests(app), IClassFixture<PostgresApp>;
