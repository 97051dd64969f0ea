using GuestLoop.Domain.Sla;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static GuestLoop.Web.Tests.Features.Notifications.EscalationScenario;

namespace GuestLoop.Web.Tests.Features.Notifications;

/// <summary>
/// Two app instances on one database run the escalation job at the same moments: every notice is stored once
/// and every email goes out once, whichever instance gets there first.
/// </summary>
public abstract class TwoInstanceEscalationTests
{
    protected abstract GuestLoopApp NewApp(FakeTimeProvider clock, RecordingEmailSender emails);

    protected abstract GuestLoopApp OnSameDatabase(GuestLoopApp first, RecordingEmailSender emails);

    [SkippableFact]
    public async Task Each_escalation_is_stored_and_emailed_once_across_two_instances()
    {
        var clock = NewClock();
        var emailsA = new RecordingEmailSender();
        var emailsB = new RecordingEmailSender();
        using var a = NewApp(clock, emailsA);
        _ = a.Services;
        using var b = OnSameDatabase(a, emailsB);
        _ = b.Services;

        var cases = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            cases.Add((await AssignedComplaintAsync(i % 2 == 0 ? a : b, $"两实例升级测试 {i}")).Id);
        }

        var stored = 0;
        var emailed = 0;
        foreach (var now in new[] { Bj(3, 5, 30), Bj(3, 9, 31), Bj(4, 10), Bj(5, 9, 1), Bj(5, 9, 31) })
        {
            clock.SetUtcNow(now);
            // Several concurrent rounds on each instance, as overlapping timers on a busy cluster would run them.
            var rounds = await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => new[] { RunJobAsync(a), RunJobAsync(b) }));
            stored += rounds.Sum(r => r.Stored);
            emailed += rounds.Sum(r => r.Emailed);
        }

        var all = await StoredAsync(a);
        Assert.Equal(all.Count, stored);
        Assert.Equal(all.Count, all.DistinctBy(n => (n.CaseId, n.Stage, n.StageStartedAt.UtcTicks, n.Event, n.RecipientId)).Count());

        // Each of our cases: the clerk warned and told of the breach, the head told, level 1 (manager and admin) escalated — once each.
        var clerk = await a.StaffIdAsync("clerk");
        var head = await a.StaffIdAsync("head");
        var levelOne = new[] { await a.StaffIdAsync("manager"), await a.StaffIdAsync("admin") }.Order().ToList();
        foreach (var id in cases)
        {
            var response = all.Where(n => n.CaseId == id && n.Stage == SlaStage.Response).ToList();
            Assert.Equal([clerk], response.Where(n => n.Event == EscalationEvent.Approaching).Select(n => n.RecipientId));
            Assert.Equal(new[] { clerk, head }.Order(), response.Where(n => n.Event == EscalationEvent.Breached).Select(n => n.RecipientId).Order());
            Assert.Equal(levelOne, response.Where(n => n.Event == EscalationEvent.BreachedEscalated).Select(n => n.RecipientId).Order());
        }

        // Together the two instances sent every delivered notification's email exactly once.
        var sent = emailsA.Sent.Concat(emailsB.Sent).ToList();
        Assert.Equal(sent.Count, emailed);
        Assert.Equal(await EmailedCountAsync(a), sent.Count);
        Assert.Equal(sent.Count, sent.DistinctBy(m => (m.To, m.Subject)).Count());
        Assert.All(all.Where(n => n.DeliverAfter <= clock.GetUtcNow()), n => Assert.NotNull(n.EmailedAt));
        Assert.Contains(sent, m => m.To == "manager@demo.guestloop.local");
    }
}

public sealed class TwoInstanceEscalationSqliteTests : TwoInstanceEscalationTests
{
    protected override GuestLoopApp NewApp(FakeTimeProvider clock, RecordingEmailSender emails) => new SqliteApp { Clock = clock, Emails = emails };

    protected override GuestLoopApp OnSameDatabase(GuestLoopApp first, RecordingEmailSender emails) => SqliteApp.SharingWith((SqliteApp)first, emails);
}

public sealed class TwoInstanceEscalationPostgresTests : TwoInstanceEscalationTests
{
    protected override GuestLoopApp NewApp(FakeTimeProvider clock, RecordingEmailSender emails)
    {
        TestDatabases.RequirePostgres();
        return new PostgresApp { Clock = clock, Emails = emails };
    }

    protected override GuestLoopApp OnSameDatabase(GuestLoopApp first, RecordingEmailSender emails) => PostgresApp.SharingWith((PostgresApp)first, emails);
}
