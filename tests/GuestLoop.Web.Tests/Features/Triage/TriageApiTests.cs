using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Triage;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Triage;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Triage;

/// <summary>
/// Triage assist through the API on each database: the keyword rules answer until the enterprise has a trusted
/// model; retraining on its triaged cases (the demo's year of closed cases and its forty cases) makes the model
/// answer; the scheduled job trains each period once, and at start only an enterprise without a model; a user of
/// another property cannot ask about a case.
/// </summary>
public abstract class TriageApiTests
{
    protected abstract GuestLoopApp NewApp();

    private static async Task<Guid> NewCaseAsync(GuestLoopApp app, string title, string description)
    {
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(JsonBodies.Complaint(title)))!;
        body["description"] = description;
        var created = await app.Api().PostJsonAsync("/api/v1/cases", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.JsonAsync())["id"]!.GetValue<Guid>();
    }

    private static async Task<JsonNode> SuggestionAsync(GuestLoopApp app, Guid id, string user = "agent")
    {
        var response = await app.Api(user).GetAsync($"/api/v1/cases/{id}/triage-suggestion");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    [SkippableFact]
    public async Task Without_a_trusted_model_the_keyword_rules_suggest_and_a_user_of_another_property_is_not_told_the_case_exists()
    {
        using var app = NewApp();
        var id = await NewCaseAsync(app, "房间空调坏了", "入住后空调一直吹热风，报修两次都没人来维修。");

        var suggestion = await SuggestionAsync(app, id);
        var ranger = await app.Api("ranger").GetAsync($"/api/v1/cases/{id}/triage-suggestion");
        var model = await (await app.Api("admin").GetAsync("/api/v1/triage/model")).JsonAsync();

        Assert.Equal(("facility", "general", "rules"), (suggestion["category"]!.GetValue<string>(), suggestion["severity"]!.GetValue<string>(), suggestion["source"]!.GetValue<string>()));
        Assert.InRange(suggestion["confidence"]!.GetValue<double>(), 0.5, 1.0);
        Assert.Equal(HttpStatusCode.NotFound, ranger.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Api("agent").GetAsync($"/api/v1/cases/{Guid.NewGuid()}/triage-suggestion")).StatusCode);
        Assert.False(model["modelInUse"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("head").GetAsync("/api/v1/triage/model")).StatusCode);
    }

    [SkippableFact]
    public async Task Retrained_on_the_enterprises_triaged_cases_the_model_passes_the_floor_and_suggests_for_new_cases()
    {
        using var app = NewApp();
        var triaged = (await DemoTriagedCases.ListAsync(app)).Count;

        var retrained = await app.Api("admin").PostAsync("/api/v1/triage/model/retrain", null);
        var refused = await app.Api("head").PostAsync("/api/v1/triage/model/retrain", null);
        var id = await NewCaseAsync(app, "卫生间很脏", "房间里发现蟑螂在爬，床单上有明显污渍和头发，希望尽快处理。");
        var suggestion = await SuggestionAsync(app, id, "clerk");
        var status = await (await app.Api("admin").GetAsync("/api/v1/triage/model")).JsonAsync();

        Assert.Equal(HttpStatusCode.OK, retrained.StatusCode);
        var run = await retrained.JsonAsync();
        Assert.True(run["error"] is null, run.ToJsonString());
        Assert.InRange(run["trainingCases"]!.GetValue<int>(), TriagePolicy.MinTrainingCases, triaged);
        Assert.True(run["categoryAccuracy"]!.GetValue<double>() >= TriagePolicy.AccuracyFloor, run.ToJsonString());
        Assert.True(run["severityAccuracy"]!.GetValue<double>() >= TriagePolicy.AccuracyFloor, run.ToJsonString());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.True(status["modelInUse"]!.GetValue<bool>());
        Assert.Equal(("hygiene", "model"), (suggestion["category"]!.GetValue<string>(), suggestion["source"]!.GetValue<string>()));
        Assert.InRange(suggestion["confidence"]!.GetValue<double>(), 0.0, 1.0);
    }

    [SkippableFact]
    public async Task An_edited_keyword_list_drives_the_rules_until_the_job_trains_each_period_once_and_at_start_only_what_has_no_model()
    {
        using var app = NewApp();
        var job = app.Services.GetRequiredService<TriageJob>();

        var saved = await app.Api("admin").PutAsync("/api/v1/triage/keywords", JsonContent.Create(new { lists = new Dictionary<string, string[]> { ["price"] = ["空调"] } }));
        var refused = await app.Api("head").PutAsync("/api/v1/triage/keywords", JsonContent.Create(new { lists = new Dictionary<string, string[]>() }));
        var invalid = await app.Api("admin").PutAsync("/api/v1/triage/keywords", JsonContent.Create(new { lists = new Dictionary<string, string[]> { ["weather"] = ["雨"] } }));
        var rules = await SuggestionAsync(app, await NewCaseAsync(app, "房间空调坏了", "空调一直吹热风。"));
        var atStart = await job.RunAtStartAsync(CancellationToken.None);
        var again = await job.RunOnceAsync(CancellationToken.None);
        var atStartAgain = await job.RunAtStartAsync(CancellationToken.None);
        var model = await SuggestionAsync(app, await NewCaseAsync(app, "房间空调坏了", "空调一直吹热风。"));

        await using var scope = app.Services.CreateAsyncScope();
        var runs = await scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>().TriageModels.AsNoTracking().ToListAsync();
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(("price", "rules"), (rules["category"]!.GetValue<string>(), rules["source"]!.GetValue<string>()));
        // The demo enterprise has no model at first, so the round at start trains it; in the same period nothing trains again.
        Assert.Equal((1, 0, 0), (atStart, again, atStartAgain));
        Assert.Equal(runs.Select(r => r.EnterpriseId).Distinct().Count(), runs.Count);
        Assert.Single(runs, r => r.CategoryModel is not null);
        Assert.Equal("model", model["source"]!.GetValue<string>());
    }
}

public sealed class TriageApiSqliteTests : TriageApiTests
{
    protected override GuestLoopApp NewApp() => new SqliteApp();
}

public sealed class TriageApiPostgresTests : TriageApiTests
{
    protected override GuestLoopApp NewApp()
    {
        TestDatabases.RequirePostgres();
        return new PostgresApp();
    }
}
