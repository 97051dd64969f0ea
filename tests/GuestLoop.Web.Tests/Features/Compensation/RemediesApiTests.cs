using System.Net;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Compensation;

/// <summary>Remedial measures of a case through HTTP: planned, done, verified, in the case history, inside the scope.</summary>
public abstract class RemediesApiTests(GuestLoopApp app)
{
    private static string Due => DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)).ToString("yyyy-MM-dd");

    [SkippableFact]
    public async Task A_remedy_is_planned_done_and_verified_and_each_step_is_in_the_history()
    {
        app.Require();
        var caseId = await app.NewCaseAsync();
        var owner = await app.StaffIdAsync("clerk");

        var planned = await app.Api("agent").PostJsonAsync($"/api/v1/cases/{caseId}/remedies",
            new { kind = "repairOrReplace", description = "更换破损行李箱拉杆", ownerId = owner, dueOn = Due });
        Assert.Equal(HttpStatusCode.Created, planned.StatusCode);
        var rid = (await planned.JsonAsync())["id"]!.GetValue<Guid>();
        var done = await app.Api("clerk").PostJsonAsync($"/api/v1/cases/{caseId}/remedies/{rid}/done", new { note = "已更换" });
        var clerkVerifies = await app.Api("clerk").PostJsonAsync($"/api/v1/cases/{caseId}/remedies/{rid}/verify", new { });
        var verified = await app.Api("agent").PostJsonAsync($"/api/v1/cases/{caseId}/remedies/{rid}/verify", new { note = "客人确认" });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.OK), (done.StatusCode, clerkVerifies.StatusCode, verified.StatusCode));
        var list = (await (await app.Api("head").GetAsync($"/api/v1/cases/{caseId}/remedies")).JsonAsync()).AsArray();
        var remedy = Assert.Single(list)!;
        Assert.Equal(("verified", "赵敏（前台接待）", "客人确认"), (remedy["state"]!.GetValue<string>(), remedy["ownerName"]!.GetValue<string>(),
            remedy["verifiedNote"]!.GetValue<string>()));
        Assert.Equal(["planRemedy", "completeRemedy", "verifyRemedy"], (await app.HistoryActionsAsync(caseId))[^3..]);
    }

    [SkippableFact]
    public async Task A_remedy_without_kind_owner_or_due_date_is_400_and_nothing_is_stored()
    {
        app.Require();
        var caseId = await app.NewCaseAsync();
        var history = await app.HistoryActionsAsync(caseId);

        var bad = await app.Api("agent").PostJsonAsync($"/api/v1/cases/{caseId}/remedies", new { kind = "prayer", description = "", ownerId = Guid.NewGuid() });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["dueOn", "kind", "ownerId"], (await bad.JsonAsync())["errors"]!.AsObject().Select(e => e.Key).Order().ToList());
        Assert.Empty((await (await app.Api("head").GetAsync($"/api/v1/cases/{caseId}/remedies")).JsonAsync()).AsArray());
        Assert.Equal(history, await app.HistoryActionsAsync(caseId));
    }

    [SkippableFact]
    public async Task Remedies_outside_the_callers_properties_are_404()
    {
        app.Require();
        var caseId = await app.NewCaseAsync();
        var owner = await app.StaffIdAsync("agent");
        var planned = await (await app.Api("agent").PostJsonAsync($"/api/v1/cases/{caseId}/remedies",
            new { kind = "apology", description = "当面致歉", ownerId = owner, dueOn = Due })).JsonAsync();

        var list = await app.Api("ranger").GetAsync($"/api/v1/cases/{caseId}/remedies");
        var done = await app.Api("ranger").PostJsonAsync($"/api/v1/cases/{caseId}/remedies/{planned["id"]}/done", new { });
        var wrongCase = await app.Api("agent").PostJsonAsync($"/api/v1/cases/{await app.NewCaseAsync()}/remedies/{planned["id"]}/done", new { });

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (list.StatusCode, done.StatusCode, wrongCase.StatusCode));
    }
}

public sealed class RemediesApiSqliteTests(SqliteApp app) : RemediesApiTests(app), IClassFixture<SqliteApp>;

public sealed class RemediesApiPostgresTests(PostgresApp app) : RemediesApiTests(app), IClassFixture<PostgresApp>;
