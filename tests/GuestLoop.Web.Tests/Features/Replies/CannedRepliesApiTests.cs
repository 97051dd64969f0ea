using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Features.Customers;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Replies;

/// <summary>
/// Canned replies: filled in for a case with its guest, number, deadline, property and the replying staff member;
/// personal ones stay their owner's, shared ones reach their property; only their keepers change them; all audited.
/// </summary>
public abstract class CannedRepliesApiTests(GuestLoopApp app)
{
    private async Task<Guid> PropertyIdAsync(string code)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        return await db.Properties.Where(p => p.Code == code).Select(p => p.Id).SingleAsync();
    }

    private async Task<JsonNode> CreateAsync(string user, object body)
    {
        var response = await app.Api(user).PostJsonAsync("/api/v1/canned-replies", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private async Task<List<string>> OfferedAsync(string user, Guid caseId)
    {
        var response = await app.Api(user).GetAsync($"/api/v1/cases/{caseId}/canned-replies");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).AsArray().Select(r => r!["name"]!.GetValue<string>()).ToList();
    }

    [SkippableFact]
    public async Task A_reply_is_filled_in_for_the_case_with_its_guest_number_deadline_property_and_the_staff_member()
    {
        app.Require();
        var created = await app.CaseForAsync(GuestFlow.NewPhone(), name: "孙丽");
        var caseId = created["id"]!.GetValue<Guid>();
        var number = created["number"]!.GetValue<string>();
        var reply = await CreateAsync("agent", new
        {
            name = "受理确认 " + Guid.NewGuid().ToString("N")[..6], language = "zh-CN", kind = "complaint",
            body = "{{guest.name}}您好：您反映的“{{case.title}}”（编号 {{case.number}}）已由{{property.name}}的{{staff.name}}受理，我们将于{{case.deadline}}前给您书面答复。",
        });

        var filled = await (await app.Api("agent").GetAsync($"/api/v1/cases/{caseId}/canned-replies/{reply["id"]}")).JsonAsync();
        var text = filled["text"]!.GetValue<string>();

        Assert.StartsWith("孙丽您好：您反映的“退房时押金未退”（编号 " + number + "）已由", text);
        Assert.Contains("李娜（客房部主管）受理", text);
        Assert.DoesNotContain("{{", text);
        Assert.Matches(@"将于20\d\d-\d\d-\d\d \d\d:\d\d前", text);
        Assert.Contains(reply["name"]!.GetValue<string>(), await OfferedAsync("agent", caseId));
    }

    [SkippableFact]
    public async Task A_personal_reply_is_its_owners_a_shared_one_reaches_its_property_and_a_reply_for_another_kind_is_not_offered()
    {
        app.Require();
        var hotel = await PropertyIdAsync("DEMO-HOTEL");
        var caseId = (await app.CaseForAsync(GuestFlow.NewPhone()))["id"]!.GetValue<Guid>();
        var personal = (await CreateAsync("agent", new { name = "我的 " + Guid.NewGuid().ToString("N")[..6], body = "您好 {{guest.name}}" }))["name"]!.GetValue<string>();
        var shared = (await CreateAsync("head", new { name = "酒店共享 " + Guid.NewGuid().ToString("N")[..6], body = "您好", shared = true, propertyId = hotel }))["name"]!.GetValue<string>();
        var praise = (await CreateAsync("head", new { name = "表扬致谢 " + Guid.NewGuid().ToString("N")[..6], body = "感谢您的表扬", kind = "praise", shared = true }))["name"]!.GetValue<string>();

        var agent = await OfferedAsync("agent", caseId);
        var clerk = await OfferedAsync("clerk", caseId);
        var ranger = (await (await app.Api("ranger").GetAsync("/api/v1/canned-replies")).JsonAsync()).AsArray().Select(r => r!["name"]!.GetValue<string>()).ToList();

        Assert.Contains(personal, agent);
        Assert.Contains(shared, agent);
        Assert.DoesNotContain(praise, agent);
        Assert.DoesNotContain(personal, clerk);
        Assert.Contains(shared, clerk);
        Assert.DoesNotContain(shared, ranger);
        Assert.Contains(praise, ranger);
    }

    [SkippableFact]
    public async Task Only_its_keepers_change_a_reply_and_every_change_is_audited()
    {
        app.Require();
        var reply = await CreateAsync("head", new { name = "共享 " + Guid.NewGuid().ToString("N")[..6], body = "您好", shared = true });
        var id = reply["id"]!.GetValue<Guid>();
        var changed = new { name = "改名 " + Guid.NewGuid().ToString("N")[..6], body = "您好 {{guest.name}}", shared = true };

        var byAgent = await app.Api("agent").PutAsJsonAsync($"/api/v1/canned-replies/{id}", changed);
        var deleteByClerk = await app.Api("clerk").DeleteAsync($"/api/v1/canned-replies/{id}");
        var byManager = await app.Api("manager").PutAsJsonAsync($"/api/v1/canned-replies/{id}", changed);
        var sharedByAgent = await app.Api("agent").PostJsonAsync("/api/v1/canned-replies", new { name = "x", body = "y", shared = true });
        var deleteByHead = await app.Api("head").DeleteAsync($"/api/v1/canned-replies/{id}");

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.NoContent],
            new[] { byAgent.StatusCode, deleteByClerk.StatusCode, byManager.StatusCode, sharedByAgent.StatusCode, deleteByHead.StatusCode });
        Assert.NotNull((await sharedByAgent.JsonAsync())["errors"]!["shared"]);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Api("head").GetAsync($"/api/v1/canned-replies/{id}")).StatusCode);
        var audit = await (await app.Api().GetAsync($"/api/v1/audit?entity=cannedReply&q={id}&pageSize=10")).JsonAsync();
        Assert.Equal(["cannedReply.delete", "cannedReply.update", "cannedReply.create"],
            audit["items"]!.AsArray().Select(e => e!["action"]!.GetValue<string>()).ToList());
    }

    [SkippableFact]
    public async Task Bad_input_gives_field_errors_and_saves_nothing()
    {
        app.Require();
        var name = "坏模板 " + Guid.NewGuid().ToString("N")[..6];
        var response = await app.Api("agent").PostJsonAsync("/api/v1/canned-replies",
            new { name, body = "您好 {{guest.nickname}}", language = "fr", kind = "rant", category = "weather" });
        var list = await app.Api("agent").GetAsync("/api/v1/canned-replies?kind=rant");
        var combined = await app.Api("agent").PostJsonAsync("/api/v1/canned-replies", new { name, body = "您好", kind = "praise,inquiry" });
        var hotelCase = (await app.CaseForAsync(GuestFlow.NewPhone()))["id"]!.GetValue<Guid>();
        var rangers = await CreateAsync("ranger", new { name = "景区 " + Guid.NewGuid().ToString("N")[..6], body = "您好" });
        var unseenCase = await app.Api("ranger").GetAsync($"/api/v1/cases/{hotelCase}/canned-replies/{rangers["id"]}");
        var othersReply = await app.Api("agent").GetAsync($"/api/v1/cases/{hotelCase}/canned-replies/{rangers["id"]}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        Assert.Equal(["body", "category", "kind", "language"], errors.Select(e => e.Key).Order());
        Assert.Contains("{{guest.nickname}}", errors["body"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, list.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, combined.StatusCode);
        Assert.Equal(["kind"], (await combined.JsonAsync())["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(HttpStatusCode.NotFound, unseenCase.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, othersReply.StatusCode);
        var names = (await (await app.Api("agent").GetAsync("/api/v1/canned-replies")).JsonAsync()).AsArray().Select(r => r!["name"]!.GetValue<string>());
        Assert.DoesNotContain(name, names);
    }
}

public sealed class CannedRepliesApiSqliteTests(SqliteApp app) : CannedRepliesApiTests(app), IClassFixture<SqliteApp>;

public sealed class CannedRepliesApiPostgresTests(PostgresApp app) : CannedRepliesApiTests(app), IClassFixture<PostgresApp>;
