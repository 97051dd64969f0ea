using GuestLoop.Domain.Improvement;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Features.Sla;
using GuestLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Improvement;

/// <summary>
/// One pass over the open improvement actions past their due date, storing each overdue notice once (the same
/// unique index as case deadlines: the action stands in the case's place, its due date in the stage start's).
/// </summary>
public sealed class ImprovementScan(GuestLoopDbContext db, SlaCatalog sla, TimeProvider clock, RoundHealth health)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var latestDue = DateOnly.FromDateTime(now.UtcDateTime.AddDays(1));
        var overdue = await db.ImprovementActions.AsNoTracking()
            .Where(a => a.State == ImprovementState.Open && a.DueOn <= latestDue).ToListAsync(ct);
        if (overdue.Count == 0)
        {
            return 0;
        }

        var recipients = await NotificationRecipients.LoadAsync(db, ct);
        var calendars = await db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.CalendarCode, ct);
        var due = new List<Notification>();
        foreach (var action in overdue)
        {
            // One action with a due date no calendar can count from must not silence the others.
            await health.TryItemAsync(EscalationJob.Name, $"improvement action {action.Id}", async () =>
            {
                var calendar = await sla.CalendarAsync(action.PropertyId is { } pid ? calendars[pid] : BuiltInCalendars.China, ct);
                var head = recipients.HeadOf(recipients.DepartmentOf(action.OwnerId));
                var dueAt = ImprovementEscalation.OverdueAt(calendar, action.DueOn).ToUniversalTime();
                due.AddRange(ImprovementEscalation.Due(action.State, action.DueOn, action.OwnerId, head, recipients.LevelOne(action.PropertyId),
                    calendar, now).Select(notice => new Notification
                {
                    Subject = NotificationSubject.ImprovementAction,
                    RecipientId = notice.RecipientId, CaseId = action.Id, PropertyId = action.PropertyId ?? Guid.Empty,
                    CaseNumber = "IA-" + action.Id.ToString("N")[..8].ToUpperInvariant(), CaseTitle = action.Title,
                    Stage = SlaStage.Execution, StageStartedAt = dueAt, Event = notice.Event, DueAt = dueAt,
                    CreatedAt = now, DeliverAfter = notice.DeliverAfter.ToUniversalTime(),
                }).ToList());
            }, ct);
        }

        return await NotificationStore.StoreOnceInBatchesAsync(db, health, EscalationJob.Name, due, ct);
    }
}
