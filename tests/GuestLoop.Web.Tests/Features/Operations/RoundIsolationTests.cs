using System.Net;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static GuestLoop.Web.Tests.Features.Notifications.EscalationScenario;

namespace GuestLoop.Web.Tests.Features.Operations;

/// <summary>A periodic round handles each item on its own: one poisoned row is reported and the rest goes on.</summary>
public abstract class RoundIsolationTests
{
    protected abstract GuestLoopApp NewApp(FakeTimeProvider clock, RecordingEmailSender emails);

    [SkippableFact]
    public async Task An_improvement_action_due_in_year_1_leaves_the_escalation_round_running_for_every_other_row()
    {
        var clock = NewClock();
        var emails = new RecordingEmailSender();
        using var app = NewApp(clock, emails);
        var (caseId, number) = await AssignedComplaintAsync(app, "淋浴无热水");
        var poisoned = await RaiseActionAsync(app, "布草入库前逐件检查", "2026-03-03");
        var healthy = await RaiseActionAsync(app, "早餐补货流程", "2026-03-02");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
            Assert.Equal(1, await db.ImprovementActions.Where(a => a.Id == poisoned).ExecuteUpdateAsync(s => s.SetProperty(a => a.DueOn, DateOnly.MinValue)));
        }

        // Tuesday 09:31: the complaint's response deadline of 09:30 is breached; the poisoned action must not hide it.
        clock.SetUtcNow(Bj(3, 9, 31));
        await RunJobAsync(app);
        await RunJobAsync(app);

        var notices = await StoredAsync(app, caseId);
        Assert.Contains(notices, n => n.Stage == SlaStage.Response && n.Event == EscalationEvent.Breached);
        Assert.Contains(await StoredAsync(app, healthy), n => n.Event == EscalationEvent.ActionOverdue);
        Assert.Empty(await StoredAsync(app, poisoned));
        Assert.Contains(emails.Sent, m => m.Subject.Contains(number));

        var health = (await (await app.Api().GetAsync("/api/v1/health/rounds")).JsonAsync()).AsArray();
        var escalation = Assert.Single(health, r => r!["job"]!.GetValue<string>() == "Escalation")!;
        Assert.True(escalation["itemFailures"]!.GetValue<long>() >= 2);
        var failure = escalation["recentFailures"]!.AsArray()[0]!;
        Assert.Contains(poisoned.ToString(), failure["item"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(failure["error"]!.GetValue<string>()));

        var clerk = await app.Api("clerk").GetAsync("/api/v1/health/rounds");
        Assert.Equal(HttpStatusCode.Forbidden, clerk.StatusCode);
    }

    private static async Task<Guid> RaiseActionAsync(GuestLoopApp app, string title, string dueOn)
    {
        var raised = await app.Api("head").PostJsonAsync("/api/v1/improvement-actions", new
        {
            title, description = "洗涤公司送回布草抽检", source = "analysis", analysis = "三月布草投诉上升",
            ownerId = await app.StaffIdAsync("agent"), dueOn, property = "DEMO-HOTEL",
        });
        Assert.Equal(HttpStatusCode.Created, raised.StatusCode);
        return (await raised.JsonAsync())["id"]!.GetValue<Guid>();
    }
}

public sealed class RoundIsolationSqliteTests : RoundIsolationTests
{
    protected override GuestLoopApp NewApp(FakeTimeProvider clock, RecordingEmailSender emails) => new SqliteApp { Clock = clock, Emails = emails };
}

public sealed class RoundIsolationPostgresTests : RoundIsolationTests
{
    protected override GuestLoopApp NewApp(FakeTimeProvider clock, RecordingEmailSender emails)
    {
        TestDatabases.RequirePostgres();
        return new PostgresApp { Clock = clock, Emails = emails };
    }
}
