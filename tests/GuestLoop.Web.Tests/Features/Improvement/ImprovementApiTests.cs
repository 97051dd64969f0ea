using System.Net;
using GuestLoop.Web.Tests.Features.Supervision;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Improvement;

public abstract class ImprovementApiTests(GuestLoopApp app)
{
    private static async Task<System.Text.Json.Nodes.JsonNode> Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    [SkippableFact]
    public async Task An_action_from_a_case_goes_open_done_not_effective_open_done_effective()
    {
        app.Require();
        var caseId = await ClosedCases.SuggestionAsync(app, "DEMO-HOTEL", "自助入住机");
        var agent = app.Api("agent");
        var owner = await app.StaffIdAsync("agent");
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14);

        var raised = await Ok(app.Api("head").PostJsonAsync("/api/v1/improvement-actions", new
        {
            title = "高峰期增设自助入住机", description = "减少排队", source = "case", caseIds = new[] { caseId }, ownerId = owner, dueOn = due,
        }));
        var id = raised["id"]!.GetValue<Guid>();
        Assert.Equal("open", raised["state"]!.GetValue<string>());
        Assert.Equal(30, raised["checkAfterDays"]!.GetValue<int>());
        Assert.False(raised["overdue"]!.GetValue<bool>());

        await Ok(agent.PostJsonAsync($"/api/v1/improvement-actions/{id}/progress", new { note = "已询价", evidence = "https://intranet/quote/1" }));
        var done = await Ok(agent.PostJsonAsync($"/api/v1/improvement-actions/{id}/done", new { note = "两台已上线" }));
        Assert.Equal("done", done["state"]!.GetValue<string>());
        var doneAt = done["doneAt"]!.GetValue<DateTimeOffset>();
        Assert.Equal(doneAt.AddDays(30), done["checkDueAt"]!.GetValue<DateTimeOffset>());

        var conflict = await app.Api("head").PostJsonAsync($"/api/v1/improvement-actions/{id}/done", new { });
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);

        var reopened = await Ok(app.Api("head").PostJsonAsync($"/api/v1/improvement-actions/{id}/effectiveness",
            new { effective = false, note = "排队时间未下降", newDueOn = due.AddDays(30) }));
        Assert.Equal("open", reopened["state"]!.GetValue<string>());
        Assert.Equal(1, reopened["reopenCount"]!.GetValue<int>());
        await Ok(agent.PostJsonAsync($"/api/v1/improvement-actions/{id}/done", new { note = "增加引导员" }));
        var effective = await Ok(app.Api("head").PostJsonAsync($"/api/v1/improvement-actions/{id}/effectiveness", new { effective = true, note = "排队投诉下降" }));

        Assert.Equal("effective", effective["state"]!.GetValue<string>());
        Assert.Equal(["progress", "done", "not-effective", "done", "effective"],
            effective["progress"]!.AsArray().Select(p => p!["kind"]!.GetValue<string>()));
        var listed = (await Ok(app.Api("head").GetAsync("/api/v1/improvement-actions?state=effective"))).AsArray();
        Assert.Contains(listed, a => a!["id"]!.GetValue<Guid>() == id);
    }

    [SkippableFact]
    public async Task An_open_action_past_its_due_date_is_flagged_and_filtered_as_overdue()
    {
        app.Require();
        var owner = await app.StaffIdAsync("clerk");
        var late = await Ok(app.Api("head").PostJsonAsync("/api/v1/improvement-actions", new
        {
            title = "修订投诉接待话术", source = "analysis", analysis = "季度分析：态度类投诉占比上升", ownerId = owner,
            dueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2), property = "DEMO-HOTEL",
        }));
        Assert.True(late["overdue"]!.GetValue<bool>());

        var overdue = (await Ok(app.Api("head").GetAsync("/api/v1/improvement-actions?overdue=true"))).AsArray();
        Assert.Contains(overdue, a => a!["id"]!.GetValue<Guid>() == late["id"]!.GetValue<Guid>());
        Assert.All(overdue, a => Assert.True(a!["overdue"]!.GetValue<bool>()));
        var hidden = (await Ok(app.Api("ranger").GetAsync("/api/v1/improvement-actions"))).AsArray();
        Assert.DoesNotContain(hidden, a => a!["id"]!.GetValue<Guid>() == late["id"]!.GetValue<Guid>());
    }

    [SkippableFact]
    public async Task Raising_checks_the_source_and_the_owner()
    {
        app.Require();
        var bad = await app.Api("head").PostJsonAsync("/api/v1/improvement-actions", new
        {
            title = "x", source = "cases", caseIds = Array.Empty<Guid>(), ownerId = Guid.NewGuid(), dueOn = "2026-12-01",
        });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.JsonAsync();
        Assert.NotNull(problem["errors"]!["owner"]);
    }
}

public sealed class ImprovementApiSqliteTests(SqliteApp app) : ImprovementApiTests(app), IClassFixture<SqliteApp>;

public sealed class ImprovementApiPostgresTests(PostgresApp app) : ImprovementApiTests(app), IClassFixture<PostgresApp>;
