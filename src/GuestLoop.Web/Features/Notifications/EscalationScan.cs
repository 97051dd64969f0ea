using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Sla;
using GuestLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuestLoop.Web.Features.Notifications;

/// <summary>
/// One pass over the open stage deadlines whose next notice has come: asks the escalation rule which notices are due,
/// stores each one once, and keeps beside each deadline the instant of its next notice
/// (<see cref="Escalation.NextAt"/>), so the next pass reads only what fell due since — its cost follows the notices,
/// not the open backlog. A deadline not seen yet (a new case, or one whose case changed: its rows are replaced) has no
/// such instant and is read at once. Safe to run at the same moment on several instances sharing one database. The
/// deadlines are read a page at a time in due order, outside any transaction, and each page's writes go in bounded
/// batches, so a database with a hundred thousand overdue cases neither holds them all in memory nor the write lock for long.
/// A case in a department with a duty calendar of its own (a front desk on <c>24x7</c>) is announced in the hours
/// that department is on duty, so a check-in breached at dawn reaches the desk at once instead of after the weekend.
/// </summary>
public sealed class EscalationScan(GuestLoopDbContext db, SlaCatalog sla, TimeProvider clock, IOptions<EscalationOptions> options,
    RoundHealth health, ProductMetrics metrics)
{
    public const int PageSize = 5_000;

    private sealed record OpenDeadline(Guid Id, Guid CaseId, Guid PropertyId, SlaStage Stage, DateTimeOffset StartedAt, DateTimeOffset DueAt,
        DurationUnit Unit, string Number, string Title, Severity Severity, Guid? AssigneeId, Guid? DepartmentId, bool Running);

    /// <summary>The instant kept for a deadline with no notice left to give, or whose case is closed or paused (a step replaces its rows).</summary>
    public static readonly DateTimeOffset NothingLeft = DateTimeOffset.MaxValue;

    /// <summary>Stores the notices that fell due; returns how many this instance stored.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value.ToSettings();
        NotificationRecipients? recipients = null;
        Dictionary<Guid, string>? calendars = null;
        Dictionary<Guid, string>? dutyCalendars = null;
        var stored = 0;
        (DateTimeOffset DueAt, HashSet<Guid> Ids)? after = null;
        while (true)
        {
            var page = await PageAsync(after, now, ct);
            if (page.Count == 0)
            {
                return stored;
            }

            recipients ??= await NotificationRecipients.LoadAsync(db, ct);
            calendars ??= await db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.CalendarCode, ct);
            dutyCalendars ??= await db.Departments.AsNoTracking().Where(x => x.CalendarCode != null)
                .ToDictionaryAsync(x => x.Id, x => x.CalendarCode!, ct);
            var due = new List<Notification>();
            var next = new List<(Guid Id, DateTimeOffset At, DateTimeOffset RiskFrom)>(page.Count);
            foreach (var d in page)
            {
                if (!d.Running)
                {
                    next.Add((d.Id, NothingLeft, TimeLeftStates.RiskFrom(d.StartedAt, d.DueAt)));
                    continue;
                }

                // One deadline that cannot be worked out (a broken calendar, an absurd date) must not silence the others;
                // it keeps no instant, so the next pass tries it again.
                await health.TryItemAsync(EscalationJob.Name, $"case {d.Number} ({d.CaseId}) {d.Stage}", async () =>
                {
                    var code = d.DepartmentId is { } department && dutyCalendars.TryGetValue(department, out var duty) ? duty : calendars[d.PropertyId];
                    var calendar = await sla.CalendarAsync(code, ct);
                    var watched = new WatchedDeadline(d.StartedAt, d.DueAt, d.Unit, d.Severity);
                    var at = Escalation.NextAt(watched, calendar, settings, now) ?? NothingLeft;
                    due.AddRange(Escalation.Due(watched, Contacts(d, recipients), calendar, settings, now).Select(notice => new Notification
                    {
                        RecipientId = notice.RecipientId, CaseId = d.CaseId, PropertyId = d.PropertyId, CaseNumber = d.Number, CaseTitle = d.Title,
                        Stage = d.Stage, StageStartedAt = d.StartedAt.ToUniversalTime(), Event = notice.Event, DueAt = d.DueAt.ToUniversalTime(),
                        CreatedAt = now, DeliverAfter = notice.DeliverAfter.ToUniversalTime(),
                    }).ToList());
                    next.Add((d.Id, at, TimeLeftStates.RiskFrom(d.StartedAt, d.DueAt)));
                }, ct);
            }

            // A breach is counted with its first notice stored; the others go to its other recipients.
            var breached = new HashSet<(Guid, SlaStage, DateTimeOffset)>();
            stored += await NotificationStore.StoreOnceInBatchesAsync(db, health, EscalationJob.Name, due, ct, n =>
            {
                if (n.Event == EscalationEvent.Breached && breached.Add((n.CaseId, n.Stage, n.StageStartedAt)))
                {
                    metrics.DeadlineBreached(n.Stage);
                }
            });
            // After the notices, so a pass cut short in between only looks at the deadline again. A row replaced meanwhile
            // (its case took a step) is not there to update, and its new row is read on the next pass. The risk instant
            // is written too: rows stored before it was kept get it on their first look.
            await RoundBatches.WriteAsync(db, health, EscalationJob.Name, next, async n =>
                    await db.CaseDeadlines.Where(x => x.Id == n.Id)
                        .ExecuteUpdateAsync(u => u.SetProperty(x => x.NextNoticeAt, n.At).SetProperty(x => x.RiskFrom, n.RiskFrom), ct) > 0,
                n => $"deadline {n.Id}", ct);
            if (page.Count < PageSize)
            {
                return stored;
            }

            var last = page[^1].DueAt;
            after = (last, page.Where(d => d.DueAt == last).Select(d => d.Id).Concat(after is { } a && a.DueAt == last ? a.Ids : []).ToHashSet());
        }
    }

    /// <summary>The next open deadlines in due order: after the last page's due instant, or at it but not among the ones already read.</summary>
    private async Task<List<OpenDeadline>> PageAsync((DateTimeOffset DueAt, HashSet<Guid> Ids)? after, DateTimeOffset now, CancellationToken ct)
    {
        var deadlines = db.CaseDeadlines.AsNoTracking()
            .Where(d => d.MetAt == null && d.DueAt != null && (d.NextNoticeAt == null || d.NextNoticeAt <= now));
        if (after is { } a)
        {
            var ids = a.Ids.ToList();
            deadlines = deadlines.Where(d => d.DueAt > a.DueAt || (d.DueAt == a.DueAt && !ids.Contains(d.Id)));
        }

        return await (
            from d in deadlines
            join c in db.Cases.AsNoTracking() on d.CaseId equals c.Id
            orderby d.DueAt
            select new OpenDeadline(d.Id, d.CaseId, d.PropertyId, d.Stage, d.StartedAt, d.DueAt!.Value, d.Unit, c.Number, c.Title, c.Severity,
                c.AssigneeId, c.DepartmentId, c.Status != CaseStatus.Closed && !c.Pauses.Any(p => p.End == null))).Take(PageSize).ToListAsync(ct);
    }

    private static EscalationContacts Contacts(OpenDeadline d, NotificationRecipients recipients)
    {
        var assignee = recipients.IsActive(d.AssigneeId) ? d.AssigneeId : null;
        var head = recipients.HeadOf(d.DepartmentId ?? recipients.DepartmentOf(assignee));
        return new EscalationContacts(assignee, head, recipients.LevelOne(d.PropertyId));
    }
}
