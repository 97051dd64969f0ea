using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GuestLoop.Web.Data;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static GuestLoop.Web.Tests.Features.Notifications.EscalationScenario;

namespace GuestLoop.Web.Tests.Features.Notifications;

/// <summary>The escalation job on one instance: who hears what, when, in the workspace API and by email.</summary>
public abstract class EscalationJobTests
{
    protected abstract GuestLoopApp NewApp(FakeTimeProvider clock, RecordingEmailSender emails);

    private static async Task<JsonArray> UnreadAsync(GuestLoopApp app, string userName, Guid caseId)
    {
        var response = await app.Api(userName).GetAsync("/api/v1/notifications?unread=true");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var all = (await response.JsonAsync()).AsArray();
        return [.. all.Where(n => n!["caseId"]!.GetValue<Guid>() == caseId).Select(n => n!.DeepClone())];
    }

    private static string Events(JsonArray notifications) =>
        string.Join(",", notifications.Select(n => $"{n!["stage"]!.GetValue<string>()}:{n["event"]!.GetValue<string>()}").Order());

    [SkippableFact]
    public async Task A_deadline_warns_the_assignee_then_tells_the_head_then_escalates_to_level_1_each_once()
    {
        var clock = NewClock();
        var emails = new RecordingEmailSender();
        using var app = NewApp(clock, emails);
        var (id, number) = await AssignedComplaintAsync(app, "淋浴无热水");
        await RunJobAsync(app);
        Assert.Empty(await StoredAsync(app, id));

        // Tuesday 05:30: 20 of 24 hours used. The warning is stored but waits for opening at 09:00.
        clock.SetUtcNow(Bj(3, 5, 30));
        await RunJobAsync(app);
        var warning = Assert.Single(await StoredAsync(app, id));
        Assert.Equal((SlaStage.Response, EscalationEvent.Approaching, await app.StaffIdAsync("clerk")), (warning.Stage, warning.Event, warning.RecipientId));
        Assert.Equal(Bj(3, 9), warning.DeliverAfter);
        Assert.Empty(await UnreadAsync(app, "clerk", id));
        Assert.DoesNotContain(emails.Sent, m => m.Subject.Contains(number));

        // Tuesday 09:31: the warning is delivered, and the breach of 09:30 goes to the clerk and the head.
        clock.SetUtcNow(Bj(3, 9, 31));
        await RunJobAsync(app);
        Assert.Equal("response:approaching,response:breached", Events(await UnreadAsync(app, "clerk", id)));
        Assert.Equal("response:breached", Events(await UnreadAsync(app, "head", id)));
        Assert.Empty(await UnreadAsync(app, "manager", id));
        Assert.Equal(2, emails.Sent.Count(m => m.To == "clerk@demo.guestloop.local" && m.Subject.Contains(number)));
        Assert.Single(emails.Sent, m => m.To == "head@demo.guestloop.local" && m.Subject.Contains(number));

        // Thursday 09:01: still open a working day after the breach (close of Wednesday), so level 1 hears of it at opening.
        clock.SetUtcNow(Bj(5, 9, 1));
        await RunJobAsync(app);
        Assert.Contains("response:breachedEscalated", Events(await UnreadAsync(app, "manager", id)));
        Assert.Contains("response:breachedEscalated", Events(await UnreadAsync(app, "admin", id)));
        var escalated = (await StoredAsync(app, id)).Where(n => n.Stage == SlaStage.Response && n.Event == EscalationEvent.BreachedEscalated).ToList();
        Assert.Equal(2, escalated.Count);
        Assert.All(escalated, n => Assert.Equal(Bj(5, 9), n.DeliverAfter));

        // Another round changes nothing: no notice and no email twice.
        var stored = (await StoredAsync(app, id)).Count;
        var sent = emails.Sent.Count;
        var again = await RunJobAsync(app);
        Assert.Equal(new(0, 0), again);
        Assert.Equal(stored, (await StoredAsync(app, id)).Count);
        Assert.Equal(sent, emails.Sent.Count);
    }

    [SkippableFact]
    public async Task An_overdue_improvement_action_tells_its_owner_then_level_1_each_once()
    {
        var clock = NewClock();
        using var app = NewApp(clock, new RecordingEmailSender());
        var owner = await app.StaffIdAsync("agent");
        var raised = await app.Api("head").PostJsonAsync("/api/v1/improvement-actions", new
        {
            title = "布草入库前逐件检查", description = "洗涤公司送回布草抽检", source = "analysis", analysis = "三月布草投诉上升",
            ownerId = owner, dueOn = "2026-03-03", property = "DEMO-HOTEL",
        });
        Assert.Equal(HttpStatusCode.Created, raised.StatusCode);
        var id = (await raised.JsonAsync())["id"]!.GetValue<Guid>();

        // Tuesday 17:00, the due date: not overdue until its close of business.
        clock.SetUtcNow(Bj(3, 17));
        await RunJobAsync(app);
        Assert.Empty(await StoredAsync(app, id));

        // Tuesday 19:00: overdue; the owner's notice waits for Wednesday's opening.
        clock.SetUtcNow(Bj(3, 19));
        await RunJobAsync(app);
        var overdue = Assert.Single(await StoredAsync(app, id));
        Assert.Equal((EscalationEvent.ActionOverdue, owner, Bj(4, 9)), (overdue.Event, overdue.RecipientId, overdue.DeliverAfter));

        // Wednesday 19:00: a working day later level 1 hears of it (the owner heads their own department).
        clock.SetUtcNow(Bj(4, 19));
        await RunJobAsync(app);
        var escalated = (await StoredAsync(app, id)).Where(n => n.Event == EscalationEvent.ActionEscalated).Select(n => n.RecipientId).Order().ToList();
        Assert.Equal(new[] { await app.StaffIdAsync("admin"), await app.StaffIdAsync("manager") }.Order(), escalated);
        clock.SetUtcNow(Bj(5, 9, 1));
        var managerUnread = (await (await app.Api("manager").GetAsync("/api/v1/notifications?unread=true")).JsonAsync()).AsArray();
        Assert.Contains(managerUnread, n => n!["caseId"]!.GetValue<Guid>() == id && n["event"]!.GetValue<string>() == "actionEscalated");

        await RunJobAsync(app);
        await RunJobAsync(app);
        Assert.Equal(3, (await StoredAsync(app, id)).Count);
    }

    [SkippableFact]
    public async Task A_recipient_marks_notifications_read_and_no_one_else_can()
    {
        var clock = NewClock();
        using var app = NewApp(clock, new RecordingEmailSender());
        var (id, _) = await AssignedComplaintAsync(app, "早餐排队过久");
        clock.SetUtcNow(Bj(3, 9, 31));
        await RunJobAsync(app);
        var unread = await UnreadAsync(app, "head", id);
        var first = Assert.Single(unread)!["id"]!.GetValue<Guid>();

        Assert.Equal(HttpStatusCode.NotFound, (await app.Api("clerk").PostAsync($"/api/v1/notifications/{first}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await app.Api("head").PostAsync($"/api/v1/notifications/{first}/read", null)).StatusCode);
        Assert.Empty(await UnreadAsync(app, "head", id));
        var all = await (await app.Api("head").GetAsync("/api/v1/notifications")).JsonAsync();
        Assert.Contains(all.AsArray(), n => n!["id"]!.GetValue<Guid>() == first && n["readAt"] is not null);

        Assert.NotEmpty(await UnreadAsync(app, "clerk", id));
        Assert.Equal(HttpStatusCode.OK, (await app.Api("clerk").PostAsync("/api/v1/notifications/read-all", null)).StatusCode);
        Assert.Empty(await UnreadAsync(app, "clerk", id));

        Assert.Equal(HttpStatusCode.BadRequest, (await app.Api().GetAsync("/api/v1/notifications")).StatusCode);
    }

    [SkippableFact]
    public async Task The_workspace_shows_the_bell_and_the_delivered_notifications_in_local_time()
    {
        var clock = NewClock();
        using var app = NewApp(clock, new RecordingEmailSender());
        var (_, number) = await AssignedComplaintAsync(app, "房间异味");
        clock.SetUtcNow(Bj(3, 9, 31));
        await RunJobAsync(app);
        var browser = app.Browser();
        var login = await browser.GetStringAsync("/account/login");
        var token = Regex.Match(login, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var signedIn = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "head", ["password"] = DemoOrganisation.Password, ["returnUrl"] = "/notifications", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var html = await browser.GetStringAsync("/notifications");

        Assert.Contains("data-testid=\"notification-bell\"", html);
        Assert.Contains(number, html);
        Assert.Contains("已超期", html);
        // Due Tuesday 09:30 in the hotel's zone (Beijing), not in UTC.
        Assert.Contains("2026-03-03 09:30", html);
    }

    [SkippableFact]
    public async Task A_paused_case_raises_nothing_while_it_waits_for_the_guest()
    {
        var clock = NewClock();
        using var app = NewApp(clock, new RecordingEmailSender());
        var (id, _) = await AssignedComplaintAsync(app, "投诉人出差暂无法联系");
        var paused = await app.Api("head").PostJsonAsync($"/api/v1/cases/{id}/pause", new { reason = "等待客人提供发票" });
        Assert.True(paused.IsSuccessStatusCode, await paused.Content.ReadAsStringAsync());

        clock.SetUtcNow(Bj(6, 10));
        await RunJobAsync(app);

        Assert.Empty(await StoredAsync(app, id));
    }

    [SkippableFact]
    public async Task The_scan_reads_a_deadline_again_only_when_its_next_notice_has_come_or_its_case_changed()
    {
        var clock = NewClock();
        using var app = NewApp(clock, new RecordingEmailSender());
        var (id, _) = await AssignedComplaintAsync(app, "房间隔音差");
        await RunJobAsync(app);
        // Seen once: each open deadline keeps the instant of its warning (Tuesday 04:42, 80 % of 24 hours used).
        var kept = await NextNoticesAsync(app, id);
        Assert.Contains(Bj(3, 4, 42), kept);
        Assert.All(kept, at => Assert.True(at > clock.GetUtcNow()));

        // A deadline whose instant lies ahead is not read: pushed past the breach, it raises nothing.
        await SetNextNoticesAsync(app, id, Bj(20, 9));
        clock.SetUtcNow(Bj(3, 10));
        await RunJobAsync(app);
        Assert.Empty(await StoredAsync(app, id));

        // A step replaces the case's deadline rows, so the next pass reads them at once and catches up.
        var head = await app.StaffIdAsync("head");
        Guid department;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            department = await scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>().Cases.Where(c => c.Id == id).Select(c => c.DepartmentId!.Value).SingleAsync();
        }

        var reassigned = await app.Api("head").PostJsonAsync($"/api/v1/cases/{id}/assign", new { departmentId = department, assigneeId = head });
        Assert.True(reassigned.IsSuccessStatusCode, await reassigned.Content.ReadAsStringAsync());
        await RunJobAsync(app);
        Assert.Contains(await StoredAsync(app, id), n => n.Event == EscalationEvent.Breached && n.RecipientId == head);
        Assert.All(await NextNoticesAsync(app, id), at => Assert.True(at > clock.GetUtcNow()));
    }

    private static async Task<List<DateTimeOffset>> NextNoticesAsync(GuestLoopApp app, Guid caseId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var rows = await db.CaseDeadlines.AsNoTracking().Where(d => d.CaseId == caseId && d.MetAt == null).Select(d => d.NextNoticeAt).ToListAsync();
        Assert.NotEmpty(rows);
        Assert.All(rows, at => Assert.NotNull(at));
        return [.. rows.Select(at => at!.Value)];
    }

    private static async Task SetNextNoticesAsync(GuestLoopApp app, Guid caseId, DateTimeOffset at)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        await db.CaseDeadlines.Where(d => d.CaseId == caseId && d.MetAt == null).ExecuteUpdateAsync(u => u.SetProperty(d => d.NextNoticeAt, at));
    }
}

public sealed class EscalationJobSqliteTests : EscalationJobTests
{
    protected override GuestLoopApp NewApp(FakeTimeProvider clock, RecordingEmailSender emails) => new SqliteApp { Clock = clock, Emails = emails };
}

public sealed class EscalationJobPostgresTests : EscalationJobTests
{
    protected override GuestLoopApp NewApp(FakeTimeProvider clock, RecordingEmailSender emails)
    {
        TestDatabases.RequirePostgres();
        return new PostgresApp { Clock = clock, Emails = emails };
    }
}
