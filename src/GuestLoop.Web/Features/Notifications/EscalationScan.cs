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
/// one once. Safe to run at the same moment on several instances sharing one database.
/// </summary>
public sealed class EscalationScan(GuestLoopDbContext db, SlaCatalog sla, TimeProvider clock, IOptions<EscalationOptions> options,
    RoundHealth health)
{
    private sealed record OpenDeadline(Guid CaseId, Guid PropertyId, SlaStage Stage, DateTimeOffset StartedAt, DateTimeOffset? DueAt,
        DurationUnit Unit, string Number, string Title, Severity Severity, Guid? AssigneeId, Guid? DepartmentId);

    /// <summary>Stores the notices that fell due; returns how many this instance stored.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value.ToSettings();
        var open = await (
            from d in db.CaseDeadlines.AsNoTracking()
            where d.MetAt == null && d.DueAt != null
            join c in db.Cases.AsNoTracking() on d.CaseId equals c.Id
            where c.Status != CaseStatus.Closed && !c.Pauses.Any(p => p.End == null)
            select new OpenDeadline(d.CaseId, d.PropertyId, d.Stage, d.StartedAt, d.DueAt, d.Unit, c.Number, c.Title, c.Severity,
                c.AssigneeId, c.DepartmentId)).ToListAsync(ct);
        if (open.Count == 0)
        {
            return 0;
        }

        var recipients = await NotificationRecipients.LoadAsync(db, ct);
        var calendars = await db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.CalendarCode, ct);

        var due = new List<Notification>();
        foreach (var d in open)
        {
            // One deadline that cannot be worked out (a broken calendar, an absurd date) must not silence the others.
            await health.TryItemAsync(EscalationJob.Name, $"case {d.Number} ({d.CaseId}) {d.Stage}", async () =>
            {
                var calendar = await sla.CalendarAsync(calendars[d.PropertyId], ct);
                var watched = new WatchedDeadline(d.StartedAt, d.DueAt, d.Unit, d.Severity);
                due.AddRange(Escalation.Due(watched, Contacts(d, recipients), calendar, settings, now).Select(notice => new Notification
                {
                    RecipientId = notice.RecipientId, CaseId = d.CaseId, PropertyId = d.PropertyId, CaseNumber = d.Number, CaseTitle = d.Title,
                    Stage = d.Stage, StageStartedAt = d.StartedAt.ToUniversalTime(), Event = notice.Event, DueAt = d.DueAt!.Value.ToUniversalTime(),
                    CreatedAt = now, DeliverAfter = notice.DeliverAfter.ToUniversalTime(),
                }).ToList());
            }, ct);
        }

        return await NotificationStore.StoreOnceAsync(db, due, ct);
    }

    private static EscalationContacts Contacts(OpenDeadline d, NotificationRecipients recipients)
    {
        var assignee = recipients.IsActive(d.AssigneeId) ? d.AssigneeId : null;
        var head = recipients.HeadOf(d.DepartmentId ?? recipients.DepartmentOf(assignee));
        return new EscalationContacts(assignee, head, recipients.LevelOne(d.PropertyId));
    }
}
