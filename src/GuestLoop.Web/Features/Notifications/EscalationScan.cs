using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Sla;
using GuestLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuestLoop.Web.Features.Notifications;

/// <summary>
/// One pass over the open stage deadlines: asks the escalation rule which notices are due and stores each
/// one once. Safe to run at the same moment on several instances sharing one database. The deadlines are read a page
/// at a time in due order, outside any transaction, and each page's notices are stored in bounded batches, so a
/// database with a hundred thousand overdue cases neither holds them all in memory nor the write lock for long.
/// A case in a department with a duty calendar of its own (a front desk on <c>24x7</c>) is announced in the hours
/// that department is on duty, so a check-in breached at dawn reaches the desk at once instead of after the weekend.
/// </summary>
public sealed class EscalationScan(GuestLoopDbContext db, SlaCatalog sla, TimeProvider clock, IOptions<EscalationOptions> options,
    RoundHealth health, ProductMetrics metrics)
{
    public const int PageSize = 5_000;

    private sealed record OpenDeadline(Guid Id, Guid CaseId, Guid PropertyId, SlaStage Stage, DateTimeOffset StartedAt, DateTimeOffset DueAt,
        DurationUnit Unit, string Number, string Title, Severity Severity, Guid? AssigneeId, Guid? DepartmentId);

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
            var page = await PageAsync(after, ct);
            if (page.Count == 0)
            {
                return stored;
            }

            recipients ??= await NotificationRecipients.LoadAsync(db, ct);
            calendars ??= await db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.CalendarCode, ct);
            dutyCalendars ??= await db.Departments.AsNoTracking().Where(x => x.CalendarCode != null)
                .ToDictionaryAsync(x => x.Id, x => x.CalendarCode!, ct);
            var due = new List<Notification>();
            foreach (var d in page)
            {
                // One deadline that cannot be worked out (a broken calendar, an absurd date) must not silence the others.
                await health.TryItemAsync(EscalationJob.Name, $"case {d.Number} ({d.CaseId}) {d.Stage}", async () =>
                {
                    var code = d.DepartmentId is { } department && dutyCalendars.TryGetValue(department, out var duty) ? duty : calendars[d.PropertyId];
                    var calendar = await sla.CalendarAsync(code, ct);
                    var watched = new WatchedDeadline(d.StartedAt, d.DueAt, d.Unit, d.Severity);
                    due.AddRange(Escalation.Due(watched, Contacts(d, recipients), calendar, settings, now).Select(notice => new Notification
                    {
                        RecipientId = notice.RecipientId, CaseId = d.CaseId, PropertyId = d.PropertyId, CaseNumber = d.Number, CaseTitle = d.Title,
                        Stage = d.Stage, StageStartedAt = d.StartedAt.ToUniversalTime(), Event = notice.Event, DueAt = d.DueAt.ToUniversalTime(),
                        CreatedAt = now, DeliverAfter = notice.DeliverAfter.ToUniversalTime(),
                    }).ToList());
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
            if (page.Count < PageSize)
            {
                return stored;
            }

            var last = page[^1].DueAt;
            after = (last, page.Where(d => d.DueAt == last).Select(d => d.Id).Concat(after is { } a && a.DueAt == last ? a.Ids : []).ToHashSet());
        }
    }

    /// <summary>The next open deadlines in due order: after the last page's due instant, or at it but not among the ones already read.</summary>
    private async Task<List<OpenDeadline>> PageAsync((DateTimeOffset DueAt, HashSet<Guid> Ids)? after, CancellationToken ct)
    {
        var deadlines = db.CaseDeadlines.AsNoTracking().Where(d => d.MetAt == null && d.DueAt != null);
        if (after is { } a)
        {
            var ids = a.Ids.ToList();
            deadlines = deadlines.Where(d => d.DueAt > a.DueAt || (d.DueAt == a.DueAt && !ids.Contains(d.Id)));
        }

        return await (
            from d in deadlines
            join c in db.Cases.AsNoTracking() on d.CaseId equals c.Id
            where c.Status != CaseStatus.Closed && !c.Pauses.Any(p => p.End == null)
            orderby d.DueAt
            select new OpenDeadline(d.Id, d.CaseId, d.PropertyId, d.Stage, d.StartedAt, d.DueAt!.Value, d.Unit, c.Number, c.Title, c.Severity,
                c.AssigneeId, c.DepartmentId)).Take(PageSize).ToListAsync(ct);
    }

    private static EscalationContacts Contacts(OpenDeadline d, NotificationRecipients recipients)
    {
        var assignee = recipients.IsActive(d.AssigneeId) ? d.AssigneeId : null;
        var head = recipients.HeadOf(d.DepartmentId ?? recipients.DepartmentOf(assignee));
        return new EscalationContacts(assignee, head, recipients.LevelOne(d.PropertyId));
    }
}
