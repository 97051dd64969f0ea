using GuestLoop.Domain.Sla;
using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.WorkOrders;

/// <summary>
/// A part of the escalation round: work orders near or past a target. The supervisor (the head of the type's department)
/// is told <see cref="WarnBefore"/> ahead of a target, the duty manager (level 1 of the property on shift now, or every
/// level 1 of the property when none is rostered) at the target. Each notice is stored once, however many instances scan.
/// </summary>
public sealed class WorkOrderScan(GuestLoopDbContext db, TimeProvider clock, RoundHealth health)
{
    public static readonly TimeSpan WarnBefore = TimeSpan.FromMinutes(5);

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var horizon = now + WarnBefore;
        var late = await db.WorkOrders.AsNoTracking()
            .Where(o => o.State != WorkOrderState.Verified && o.State != WorkOrderState.Cancelled)
            .Where(o => (o.AcceptedAt == null && o.ResponseDueAt <= horizon) || (o.CompletedAt == null && o.CompletionDueAt <= horizon))
            .OrderBy(o => o.CreatedAt).Take(5000).ToListAsync(ct);
        if (late.Count == 0)
        {
            return 0;
        }

        var recipients = await NotificationRecipients.LoadAsync(db, ct);
        var propertyIds = late.Select(o => o.PropertyId).Distinct().ToList();
        var onShift = (await db.StaffShifts.AsNoTracking().Where(s => propertyIds.Contains(s.PropertyId) && s.Start <= now && s.End > now)
            .Select(s => new { s.PropertyId, s.StaffId }).ToListAsync(ct)).ToLookup(s => s.PropertyId, s => s.StaffId);
        var due = new List<Notification>();
        foreach (var order in late)
        {
            foreach (var step in order.DueEscalations(now, WarnBefore))
            {
                var supervisorStep = step is WorkOrderEscalationStep.SupervisorResponse or WorkOrderEscalationStep.SupervisorCompletion;
                var response = step is WorkOrderEscalationStep.SupervisorResponse or WorkOrderEscalationStep.DutyManagerResponse;
                IEnumerable<Guid> to = supervisorStep
                    ? recipients.SupervisorsOf(order.Type.DepartmentId, order.PropertyId)
                    : DutyManagers(recipients.LevelOne(order.PropertyId), onShift[order.PropertyId]);
                var dueAt = response ? order.ResponseDueAt : order.CompletionDueAt;
                due.AddRange(to.Distinct().Select(id => new Notification
                {
                    Subject = NotificationSubject.WorkOrder, RecipientId = id, CaseId = order.Id, PropertyId = order.PropertyId,
                    CaseNumber = order.Number, CaseTitle = $"{order.Type.Name} · {order.Location}",
                    Stage = response ? SlaStage.Response : SlaStage.Execution, StageStartedAt = order.CreatedAt,
                    Event = supervisorStep ? EscalationEvent.Approaching : EscalationEvent.BreachedEscalated, DueAt = dueAt,
                    CreatedAt = now, DeliverAfter = now,
                }));
            }
        }

        return await NotificationStore.StoreOnceInBatchesAsync(db, health, EscalationJob.Name, due, ct);
    }

    /// <summary>The level-1 staff of the property on shift now; when none of them is rostered, all of them.</summary>
    public static IReadOnlyList<Guid> DutyManagers(IReadOnlyList<Guid> levelOne, IEnumerable<Guid> onShift)
    {
        var rostered = levelOne.Intersect(onShift).ToList();
        return rostered.Count > 0 ? rostered : levelOne;
    }
}
