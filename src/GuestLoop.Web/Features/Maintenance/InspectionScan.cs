using GuestLoop.Domain.Sla;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Maintenance;

/// <summary>
/// A part of the escalation round: scheduled inspections past their due instant and grace. The head of the schedule's
/// department (level 2 of the property when it has none) is told once per occurrence — the notice is keyed by the
/// schedule and the occurrence's due instant, so the notifications' unique index keeps it single across instances, and a
/// completed round moves the schedule to a new occurrence.
/// </summary>
public sealed class InspectionScan(GuestLoopDbContext db, TimeProvider clock, RoundHealth health)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var overdue = await db.InspectionSchedules.AsNoTracking().Where(s => s.Active && s.OverdueAt < now)
            .OrderBy(s => s.OverdueAt).Take(5000).ToListAsync(ct);
        if (overdue.Count == 0)
        {
            return 0;
        }

        var checklistIds = overdue.Select(s => s.ChecklistId).Distinct().ToList();
        var checklists = await db.InspectionChecklists.AsNoTracking().Where(c => checklistIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => new { c.Name, c.Location }, ct);
        var assetIds = overdue.Select(s => s.AssetId).OfType<Guid>().Distinct().ToList();
        var assets = await db.Assets.AsNoTracking().Where(a => assetIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => new { a.Code, a.Name }, ct);
        var recipients = await NotificationRecipients.LoadAsync(db, ct);
        var due = new List<Notification>();
        foreach (var schedule in overdue)
        {
            var checklist = checklists.GetValueOrDefault(schedule.ChecklistId);
            var asset = schedule.AssetId is { } a ? assets.GetValueOrDefault(a) : null;
            var to = recipients.SupervisorsOf(schedule.DepartmentId, schedule.PropertyId);
            var title = asset is null ? $"{checklist?.Name} · {checklist?.Location}" : $"{checklist?.Name} · {asset.Name}";
            due.AddRange(to.Distinct().Select(id => new Notification
            {
                Subject = NotificationSubject.Inspection, RecipientId = id, CaseId = schedule.Id, PropertyId = schedule.PropertyId,
                CaseNumber = Cut(asset?.Code ?? checklist?.Name ?? "—", 40), CaseTitle = Cut(title, 200),
                Stage = SlaStage.Execution, StageStartedAt = schedule.NextDueAt, Event = EscalationEvent.Breached, DueAt = schedule.NextDueAt,
                CreatedAt = now, DeliverAfter = now,
            }));
        }

        return await NotificationStore.StoreOnceInBatchesAsync(db, health, EscalationJob.Name, due, ct);
    }

    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;
}
