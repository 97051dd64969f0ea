using System.Net;
using System.Text.Json.Nodes;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Cases;

/// <summary>The follow-up visit through the API: how, who, the outcome and the satisfaction are recorded and shown.</summary>
public abstract class FollowUpApiTests(GuestLoopApp app)
{
    private async Task<Guid> RepliedSuggestionAsync()
    {
        var created = await (await app.Api().PostJsonAsync("/api/v1/cases", new
        {
            kind = "suggestion", channel = "web", property = "DEMO-HOTEL", title = "希望增加儿童餐", description = "早餐可以提供儿童餐",
        })).JsonAsync();
        var id = created["id"]!.GetValue<Guid>();
        await app.Api("agent").PostJsonAsync($"/api/v1/cases/{id}/triage", new { category = "serviceQuality", severity = "general" });
        await app.Api("agent").PostJsonAsync($"/api/v1/cases/{id}/reply", new { text = "感谢建议，下月起提供儿童餐。" });
        return id;
    }

    private async Task<Guid> RepliedComplaintAsync()
    {
        var id = (await (await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint("电视无信号"))).JsonAsync())["id"]!.GetValue<Guid>();
        var manager = app.Api("manager");
        await manager.PostJsonAsync($"/api/v1/cases/{id}/triage", new { category = "facility", severity = "general" });
        await manager.PostJsonAsync($"/api/v1/cases/{id}/start-investigation", new { });
        await manager.PostJsonAsync($"/api/v1/cases/{id}/propose-plan", new
        {
            findings = "机顶盒故障",
            responsibility = new { withinScope = true, complaintTrue = true, enterpriseAtFault = true, touchesLawfulRights = false, handlingCompliant = true },
            plan = "更换机顶盒",
        });
        await manager.PostJsonAsync($"/api/v1/cases/{id}/approve-plan", new { });
        await manager.PostJsonAsync($"/api/v1/cases/{id}/start-execution", new { });
        var replied = await manager.PostJsonAsync($"/api/v1/cases/{id}/reply", new { text = "已更换机顶盒，致歉。" });
        Assert.True(replied.StatusCode == HttpStatusCode.OK, await replied.Content.ReadAsStringAsync());
        return id;
    }

    [SkippableFact]
    public async Task A_visit_is_recorded_with_who_when_outcome_and_satisfaction()
    {
        app.Require();
        var id = await RepliedComplaintAsync();

        var response = await app.Api("head").PostJsonAsync($"/api/v1/cases/{id}/follow-up", new { way = "visit", satisfaction = 4, note = "上门回访，电视正常" });

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var followUp = (await (await app.Api().GetAsync($"/api/v1/cases/{id}")).JsonAsync())["followUp"]!;
        Assert.Equal(("visit", 4, true, "上门回访，电视正常"), (followUp["way"]!.GetValue<string>(), followUp["satisfaction"]!.GetValue<int>(),
            followUp["satisfied"]!.GetValue<bool>(), followUp["note"]!.GetValue<string>()));
        Assert.StartsWith("陈静", followUp["by"]!.GetValue<string>());
        Assert.NotNull(followUp["at"]);
    }

    [SkippableFact]
    public async Task An_unknown_way_or_satisfaction_is_400_and_a_suggestion_has_no_follow_up_step()
    {
        app.Require();
        var id = await RepliedComplaintAsync();

        var way = await app.Api("head").PostJsonAsync($"/api/v1/cases/{id}/follow-up", new { way = "pigeon", satisfaction = 4 });
        var score = await app.Api("head").PostJsonAsync($"/api/v1/cases/{id}/follow-up", new { way = "phone", satisfaction = 9 });
        var suggestion = await app.Api("head").PostJsonAsync($"/api/v1/cases/{await RepliedSuggestionAsync()}/follow-up", new { way = "phone", satisfaction = 4 });

        Assert.True((await way.JsonAsync())["errors"]!.AsObject().ContainsKey("way"));
        Assert.True((await score.JsonAsync())["errors"]!.AsObject().ContainsKey("satisfaction"));
        Assert.Equal(HttpStatusCode.Conflict, suggestion.StatusCode);
        Assert.Null((await (await app.Api().GetAsync($"/api/v1/cases/{id}")).JsonAsync())["followUp"]);
    }
}

public sealed class FollowUpApiSqliteTests(SqliteApp app) : FollowUpApiTests(app), IClassFixture<SqliteApp>;

public sealed class FollowUpApiPostgresTests(PostgresApp app) : FollowUpApiTests(app), IClassFixture<PostgresApp>;
