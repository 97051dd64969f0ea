using System.Net;
using System.Net.Http.Json;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Analytics;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GuestLoop.Web.Tests.Features.Analytics;

/// <summary>
/// Early warning on each database, on 5 October 2026 (Golden Week) at noon in Beijing: a synthetic spike is
/// raised once, the same peak seen in earlier Golden Weeks is not, and a risk word makes a new case urgent.
/// </summary>
public abstract class EarlyWarningTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 5, 4, 0, 0, TimeSpan.Zero);

    protected abstract GuestLoopApp NewApp(FakeTimeProvider clock, RecordingEmailSender emails);

    private static DateTimeOffset Bj(DateOnly day, int hour) => new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8)).ToUniversalTime();

    private static async Task<string> PropertyWithCasesAsync(GuestLoopApp app, IEnumerable<(DateTimeOffset At, Category Category)> cases)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var enterprise = await db.Properties.Where(p => p.Code == "DEMO-HOTEL").Select(p => p.EnterpriseId).SingleAsync();
        var property = new Property { Code = "EW-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), Name = "预警测试", EnterpriseId = enterprise };
        db.Properties.Add(property);
        foreach (var (at, category) in cases)
        {
            db.Cases.Add(Case.Receive(new NewCase(property.Id, CaseKind.Complaint, Channel.Phone, "普通投诉", "内容", ReceivedAt: at, Category: category),
                "EW-" + Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"), Actor.System, at));
        }

        await db.SaveChangesAsync();
        return property.Code;
    }

    private static async Task<List<Alert>> AlertsAsync(GuestLoopApp app, string code)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var id = await db.Properties.Where(p => p.Code == code).Select(p => p.Id).SingleAsync();
        return await db.Alerts.AsNoTracking().Where(a => a.PropertyId == id).ToListAsync();
    }

    private static async Task<int> ScanAsync(GuestLoopApp app) => await app.Services.GetRequiredService<EarlyWarningJob>().RunOnceAsync(CancellationToken.None);

    // One or two complaints a week for the eight weeks before, on weekdays that vary.
    private static IEnumerable<(DateTimeOffset, Category)> QuietWeeks(DateOnly today, Category category) =>
        Enumerable.Range(1, 8).SelectMany(w => Enumerable.Range(0, 1 + w % 2).Select(i => (Bj(today.AddDays(-7 * w + i * 2 - 1), 10), category)));

    [SkippableFact]
    public async Task A_repeat_complainant_is_raised_by_the_enterprise_s_rule_the_one_that_flags_the_guest()
    {
        using var app = NewApp(new FakeTimeProvider(Now), new RecordingEmailSender());
        var today = new DateOnly(2026, 10, 5);
        var (twice, thrice, old) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        string code;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
            var enterprise = await db.Properties.Where(p => p.Code == "DEMO-HOTEL").Select(p => p.EnterpriseId).SingleAsync();
            var property = new Property { Code = "EW-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), Name = "重复投诉测试", EnterpriseId = enterprise };
            db.Properties.Add(property);
            // Default rule: three complaints in 90 days. The third of "old" is 100 days ago, outside it.
            foreach (var (guest, daysAgo) in new[] { (twice, 3), (twice, 10), (thrice, 1), (thrice, 20), (thrice, 80), (old, 2), (old, 30), (old, 100) })
            {
                var at = Bj(today.AddDays(-daysAgo), 10);
                var c = Case.Receive(new NewCase(property.Id, CaseKind.Complaint, Channel.Phone, "又来投诉", "内容", ReceivedAt: at, Category: Category.Facility),
                    "EW-" + Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"), Actor.System, at);
                c.LinkGuest(guest, priority: false);
                db.Cases.Add(c);
            }

            await db.SaveChangesAsync();
            code = property.Code;
        }

        await ScanAsync(app);

        var repeats = (await AlertsAsync(app, code)).Where(a => a.Kind == AlertKind.RepeatComplainant).ToList();
        var alert = Assert.Single(repeats);
        Assert.EndsWith(":3", alert.Key);
        Assert.Contains("rule: 3 in 90 days", alert.Evidence);

        // Two in 90 days is a repeat once the administrator says so; the alert for "twice" follows at the next round.
        var saved = await app.Api("admin").PutAsJsonAsync("/api/v1/guests/settings", new { repeatCount = 2 });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        await ScanAsync(app);

        Assert.Equal(3, (await AlertsAsync(app, code)).Count(a => a.Kind == AlertKind.RepeatComplainant));
    }

    [SkippableFact]
    public async Task A_synthetic_spike_is_raised_once_with_its_evidence_and_the_duty_managers_hear_of_it()
    {
        using var app = NewApp(new FakeTimeProvider(Now), new RecordingEmailSender());
        var today = new DateOnly(2026, 10, 5);
        var code = await PropertyWithCasesAsync(app, QuietWeeks(today, Category.Hygiene)
            .Concat(Enumerable.Range(0, 12).Select(i => (Bj(today, 8) + TimeSpan.FromMinutes(i * 10), Category.Hygiene))));

        await ScanAsync(app);
        await ScanAsync(app);

        var alerts = await AlertsAsync(app, code);
        var day = Assert.Single(alerts, a => a.Key == $"rise:{code}:hygiene:day:20261005");
        Assert.Equal(AlertKind.Rise, day.Kind);
        Assert.StartsWith("count 12; baseline", day.Evidence);
        Assert.Contains("category=hygiene", day.CasesLink);
        Assert.Single(alerts, a => a.Key == $"rise:{code}:hygiene:week:20261005");
        var list = await app.Api("manager").GetAsync(day.CasesLink.Replace("/cases?", "/api/v1/cases?") + "&pageSize=100");
        Assert.Equal(12, (await list.JsonAsync())["total"]!.GetValue<int>());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var manager = await app.StaffIdAsync("manager");
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.CaseId == day.Id && n.Subject == NotificationSubject.Alert && n.RecipientId == manager));
    }

    [SkippableFact]
    public async Task The_golden_week_peak_seen_in_earlier_years_is_not_an_alarm_but_the_same_peak_without_that_history_is()
    {
        using var app = NewApp(new FakeTimeProvider(Now), new RecordingEmailSender());
        var today = new DateOnly(2026, 10, 5);
        IEnumerable<(DateTimeOffset, Category)> Peak(DateOnly last) =>
            Enumerable.Range(0, 5).SelectMany(d => Enumerable.Range(0, 6).Select(i => (Bj(last.AddDays(-d), 9 + (d == 0 ? 0 : i)) + TimeSpan.FromMinutes(i), Category.Facility)));
        var thisYear = Peak(today).Concat(QuietWeeks(today, Category.Facility)).ToList();
        var seasonal = await PropertyWithCasesAsync(app, thisYear.Concat(Peak(today.AddYears(-1))).Concat(Peak(today.AddYears(-2))).Concat(Peak(today.AddYears(-3))));
        var newcomer = await PropertyWithCasesAsync(app, thisYear);

        await ScanAsync(app);

        Assert.DoesNotContain(await AlertsAsync(app, seasonal), a => a.Kind == AlertKind.Rise);
        Assert.Contains(await AlertsAsync(app, newcomer), a => a.Key == $"rise:{newcomer}:facility:week:20261005");
    }

    [SkippableFact]
    public async Task A_risk_word_makes_a_new_case_urgent_and_alerts_the_duty_managers_at_once()
    {
        var emails = new RecordingEmailSender();
        using var app = NewApp(new FakeTimeProvider(Now), emails);

        var created = await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint("孩子在泳池边滑倒受伤，要找媒体曝光"));
        var plain = await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint("房间空调不制冷"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await created.JsonAsync();
        Assert.Equal("urgent", json["severity"]!.GetValue<string>());
        Assert.Equal("general", (await plain.JsonAsync())["severity"]!.GetValue<string>());
        var id = json["id"]!.GetValue<Guid>();
        var history = (await (await app.Api().GetAsync($"/api/v1/cases/{id}")).JsonAsync())["history"]!.AsArray();
        Assert.Contains(history, h => h!["action"]!.GetValue<string>() == "flagRisk" && h["detail"]!.GetValue<string>().Contains("受伤"));
        var alerts = (await (await app.Api("manager").GetAsync("/api/v1/alerts")).JsonAsync()).AsArray();
        var alert = Assert.Single(alerts, a => a!["caseId"]?.GetValue<Guid>() == id)!;
        Assert.Equal(("riskWord", $"/cases/{id}"), (alert["kind"]!.GetValue<string>(), alert["cases"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, (await app.Api("ranger").GetAsync("/api/v1/alerts")).StatusCode);
        Assert.DoesNotContain((await (await app.Api("ranger").GetAsync("/api/v1/alerts")).JsonAsync()).AsArray(), a => a!["caseId"]?.GetValue<Guid>() == id);

        await app.Services.GetRequiredService<EscalationJob>().RunOnceAsync(CancellationToken.None);
        Assert.Contains(emails.Sent, m => m.To == "manager@demo.guestloop.local" && m.Subject.Contains("预警"));
    }

    [SkippableFact]
    public async Task An_administrator_edits_the_risk_words_and_the_new_list_applies_to_the_next_case()
    {
        using var app = NewApp(new FakeTimeProvider(Now), new RecordingEmailSender());

        var saved = await app.Api("admin").PutAsync("/api/v1/risk-words", System.Net.Http.Json.JsonContent.Create(new { words = new[] { "蟑螂" } }));
        var refused = await app.Api("head").PutAsync("/api/v1/risk-words", System.Net.Http.Json.JsonContent.Create(new { words = new[] { "x" } }));
        var created = await (await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint("房间里有蟑螂"))).JsonAsync();
        var injured = await (await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint("客人受伤"))).JsonAsync();

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("urgent", created["severity"]!.GetValue<string>());
        Assert.Equal("general", injured["severity"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task A_room_number_does_not_make_a_case_urgent_and_an_administrator_sees_which_rule_fires()
    {
        using var app = NewApp(new FakeTimeProvider(Now), new RecordingEmailSender());

        var noise = await (await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint("1105和1107房间深夜太吵"))).JsonAsync();
        var hazard = await (await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint("山道护栏松动存在安全隐患"))).JsonAsync();
        var tested = await (await app.Api("admin").PostJsonAsync("/api/v1/risk-words/test", new { text = "隔壁打架，我已报警110" })).JsonAsync();
        var empty = await app.Api("admin").PostJsonAsync("/api/v1/risk-words/test", new { text = "" });
        var refused = await app.Api("head").PostJsonAsync("/api/v1/risk-words/test", new { text = "报警110" });

        Assert.Equal("general", noise["severity"]!.GetValue<string>());
        Assert.Equal("urgent", hazard["severity"]!.GetValue<string>());
        var rules = tested.AsArray().Select(m => (m!["word"]!.GetValue<string>(), m["rule"]!.GetValue<string>())).ToList();
        Assert.Contains(("110", "emergencyNumber"), rules);
        Assert.Contains(("报警", "word"), rules);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}

public sealed class EarlyWarningSqliteTests : EarlyWarningTests
{
    protected override GuestLoopApp NewApp(FakeTimeProvider clock, RecordingEmailSender emails) => new SqliteApp { Clock = clock, Emails = emails };
}

public sealed class EarlyWarningPostgresTests : EarlyWarningTests
{
    protected override GuestLoopApp NewApp(FakeTimeProvider clock, RecordingEmailSender emails)
    {
        TestDatabases.RequirePostgres();
        return new PostgresApp { Clock = clock, Emails = emails };
    }
}
