using System.Net;
using System.Text.Json.Nodes;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Cases;

/// <summary>The lifecycle through the API, acting as the demo staff at each authority level.</summary>
public abstract class CaseTransitionsApiTests(GuestLoopApp app)
{
    private static readonly object Responsibility = new
    {
        withinScope = true, complaintTrue = true, enterpriseAtFault = true, touchesLawfulRights = false, handlingCompliant = true,
        responsibleDepartments = "工程部", responsibleStaff = "值班工程师",
    };

    private async Task<Guid> NewComplaintAsync()
    {
        var json = await (await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint("观光电梯停运"))).JsonAsync();
        return json["id"]!.GetValue<Guid>();
    }

    private static async Task<JsonNode> StepAsync(HttpClient client, Guid id, string step, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostJsonAsync($"/api/v1/cases/{id}/{step}", body ?? new { });
        Assert.True(expected == response.StatusCode, $"{step}: expected {expected}, got {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    [SkippableFact]
    public async Task A_major_complaint_walks_the_whole_lifecycle_with_approval_at_level_1()
    {
        app.Require();
        var id = await NewComplaintAsync();
        var agent = app.Api("agent");
        var manager = app.Api("manager");

        await StepAsync(agent, id, "triage", new { category = "facility", severity = "major", @object = "facility", assessment = new { severity = 3, difficulty = 2, timeliness = 3 } });
        await StepAsync(agent, id, "start-investigation");
        await StepAsync(agent, id, "propose-plan", new { findings = "电梯控制板故障", responsibility = Responsibility, plan = "更换控制板并退还观光费" });
        var refused = await StepAsync(agent, id, "approve-plan", new { note = "同意" }, HttpStatusCode.Forbidden);
        Assert.Contains("Level1", refused["detail"]!.GetValue<string>());
        var unchanged = await (await app.Api().GetAsync($"/api/v1/cases/{id}")).JsonAsync();
        Assert.Equal("planProposed", unchanged["status"]!.GetValue<string>());

        await StepAsync(manager, id, "approve-plan", new { note = "同意，尽快执行" });
        await StepAsync(agent, id, "start-execution", new { note = "工程部已到场" });
        await StepAsync(agent, id, "reply", new { text = "经核实为控制板故障，已更换并退款，深表歉意。" });
        await StepAsync(agent, id, "follow-up", new { way = "phone", satisfaction = 5, note = "满意" });
        await StepAsync(agent, id, "close", new { summary = "办结" }, HttpStatusCode.Forbidden);
        var closed = await StepAsync(manager, id, "close", new { summary = "办结" });

        Assert.Equal("closed", closed["status"]!.GetValue<string>());
        var actions = closed["history"]!.AsArray().Select(h => h!["action"]!.GetValue<string>()).ToList();
        Assert.Equal(
            ["receive", "triage", "startInvestigation", "proposePlan", "approvePlan", "startExecution", "reply", "recordFollowUp", "close"],
            actions);
        Assert.Contains(closed["history"]!.AsArray(), h => h!["actor"]!.GetValue<string>().Contains("王建国"));
    }

    [SkippableFact]
    public async Task A_step_not_allowed_now_is_409_and_changes_nothing()
    {
        app.Require();
        var id = await NewComplaintAsync();

        var problem = await StepAsync(app.Api("agent"), id, "reply", new { text = "太早了" }, HttpStatusCode.Conflict);

        Assert.NotNull(problem["detail"]);
        var json = await (await app.Api().GetAsync($"/api/v1/cases/{id}")).JsonAsync();
        Assert.Equal("received", json["status"]!.GetValue<string>());
        Assert.Single(json["history"]!.AsArray());
    }

    [SkippableFact]
    public async Task Triage_with_bad_fields_is_400()
    {
        app.Require();
        var id = await NewComplaintAsync();

        var problem = await StepAsync(app.Api("agent"), id, "triage", new { category = "weather", severity = "general" }, HttpStatusCode.BadRequest);

        Assert.True(problem["errors"]!.AsObject().ContainsKey("category"));
    }

    [SkippableFact]
    public async Task Unsatisfied_follow_up_reopens_and_pause_shows_in_history()
    {
        app.Require();
        var id = await NewComplaintAsync();
        var head = app.Api("head");
        await StepAsync(head, id, "triage", new { category = "serviceQuality", severity = "general" });
        await StepAsync(head, id, "pause", new { reason = "等待宾客提供照片" });
        var resumed = await StepAsync(head, id, "resume");
        Assert.False(resumed["paused"]!.GetValue<bool>());
        await StepAsync(head, id, "start-investigation");
        await StepAsync(head, id, "propose-plan", new { findings = "属实", responsibility = Responsibility, plan = "道歉并赠送早餐券" });
        await StepAsync(head, id, "approve-plan");
        await StepAsync(head, id, "start-execution");
        await StepAsync(head, id, "reply", new { text = "已处理" });

        var reopened = await StepAsync(head, id, "follow-up", new { way = "phone", satisfaction = 1, note = "仍不满意" });

        Assert.Equal("investigating", reopened["status"]!.GetValue<string>());
        Assert.Equal(1, reopened["reopenCount"]!.GetValue<int>());
        var actions = reopened["history"]!.AsArray().Select(h => h!["action"]!.GetValue<string>()).ToList();
        Assert.Contains("pause", actions);
        Assert.Contains("resume", actions);
        Assert.Equal("reopen", actions[^1]);
    }

    [SkippableFact]
    public async Task A_staff_member_sees_and_touches_only_the_properties_they_are_assigned()
    {
        app.Require();
        var id = await NewComplaintAsync();
        var json = await (await app.Api().GetAsync($"/api/v1/cases/{id}")).JsonAsync();
        Assert.Equal("DEMO-HOTEL", json["property"]!.GetValue<string>());

        var ranger = app.Api("ranger");
        Assert.Equal(HttpStatusCode.OK, (await app.Api("clerk").GetAsync($"/api/v1/cases/{id}")).StatusCode);
        var hidden = await ranger.GetAsync($"/api/v1/cases/{id}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        await StepAsync(ranger, id, "triage", new { category = "facility", severity = "general" }, HttpStatusCode.NotFound);
        var list = await (await ranger.GetAsync("/api/v1/cases?pageSize=200")).JsonAsync();
        Assert.True(list["total"]!.GetValue<int>() > 0);
        Assert.All(list["items"]!.AsArray(), c => Assert.Equal("DEMO-SCENIC", c!["property"]!.GetValue<string>()));
        var created = await ranger.PostJsonAsync("/api/v1/cases", JsonBodies.Complaint("越权登记", "DEMO-HOTEL"));
        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
    }
}

public sealed class CaseTransitionsApiSqliteTests(SqliteApp app) : CaseTransitionsApiTests(app), IClassFixture<SqliteApp>;

public sealed class CaseTransitionsApiPostgresTests(PostgresApp app) : CaseTransitionsApiTests(app), IClassFixture<PostgresApp>;
