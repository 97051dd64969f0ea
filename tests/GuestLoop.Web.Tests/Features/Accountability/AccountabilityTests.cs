using System.Net;
using GuestLoop.Web.Tests.Features.Supervision;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Accountability;

/// <summary>
/// What is recorded about the front-desk clerk (赵敏) is read by her, the general manager and administrators;
/// not by the service-quality head or the housekeeping supervisor, who are not her managers.
/// </summary>
public abstract class AccountabilityTests(GuestLoopApp app)
{
    [SkippableFact]
    public async Task Accountability_is_visible_to_the_person_and_their_managers_but_not_to_peers()
    {
        app.Require();
        var caseId = await ClosedCases.SuggestionAsync(app, "DEMO-HOTEL", "前台服务态度");
        var clerk = await app.StaffIdAsync("clerk");

        var created = await app.Api("manager").PostJsonAsync($"/api/v1/cases/{caseId}/accountability", new
        {
            staffId = clerk, findings = "接待时未使用礼貌用语", measures = new[] { "education", "longTermTracking" }, measureNote = "参加服务礼仪培训",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync())["id"]!.GetValue<Guid>();

        foreach (var reader in new[] { "clerk", "manager" })
        {
            var own = await app.Api(reader).GetAsync($"/api/v1/accountability/{id}");
            Assert.True(HttpStatusCode.OK == own.StatusCode, reader);
            Assert.Single((await (await app.Api(reader).GetAsync($"/api/v1/cases/{caseId}/accountability")).JsonAsync()).AsArray());
        }

        Assert.Equal(HttpStatusCode.OK, (await app.Api().GetAsync($"/api/v1/accountability/{id}")).StatusCode);
        foreach (var peer in new[] { "head", "agent", "ranger" })
        {
            Assert.True(HttpStatusCode.NotFound == (await app.Api(peer).GetAsync($"/api/v1/accountability/{id}")).StatusCode, peer);
            var list = await app.Api(peer).GetAsync($"/api/v1/cases/{caseId}/accountability");
            if (list.StatusCode == HttpStatusCode.OK)
            {
                Assert.Empty((await list.JsonAsync()).AsArray());
            }
            else
            {
                Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
            }
        }
    }

    [SkippableFact]
    public async Task Only_managers_record_and_evaluate_and_the_evaluation_is_kept()
    {
        app.Require();
        var caseId = await ClosedCases.SuggestionAsync(app, "DEMO-HOTEL", "客房清洁不到位");
        var clerk = await app.StaffIdAsync("clerk");
        var body = new { staffId = clerk, findings = "交接不清", measures = new[] { "criticism" } };

        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("agent").PostJsonAsync($"/api/v1/cases/{caseId}/accountability", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("clerk").PostJsonAsync($"/api/v1/cases/{caseId}/accountability", body)).StatusCode);
        var id = (await (await app.Api("manager").PostJsonAsync($"/api/v1/cases/{caseId}/accountability", body)).JsonAsync())["id"]!.GetValue<Guid>();

        Assert.Equal(HttpStatusCode.Forbidden,
            (await app.Api("clerk").PostJsonAsync($"/api/v1/accountability/{id}/evaluation", new { evaluation = "我已改正" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await app.Api("agent").PostJsonAsync($"/api/v1/accountability/{id}/evaluation", new { evaluation = "x" })).StatusCode);
        var evaluated = await (await app.Api("manager").PostJsonAsync($"/api/v1/accountability/{id}/evaluation", new { evaluation = "三个月内无同类投诉" })).JsonAsync();
        Assert.Equal("三个月内无同类投诉", evaluated["evaluation"]!.GetValue<string>());
        Assert.Equal(["criticism"], evaluated["measures"]!.AsArray().Select(m => m!.GetValue<string>()));
    }
}

public sealed class AccountabilitySqliteTests(SqliteApp app) : AccountabilityTests(app), IClassFixture<SqliteApp>;

public sealed class AccountabilityPostgresTests(PostgresApp app) : AccountabilityTests(app), IClassFixture<PostgresApp>;
