using GuestLoop.Domain.Improvement;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Features.Sla;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Improvement;

/// <summary>
/// One pass over the open improvement actions past their due date, storing each overdue notice once (the same
/// unique index as case deadlines: the action stands in the case's place, its due date in the stage start's).
/// </summary>
public sealed class ImprovementScan(GuestLoopDbContext db, SlaCatalog sla, TimeProvider clock)
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

        var staff = await db.Staff.AsNoTracking().Where(s => s.Active)
            .Select(s => new { s.Id, s.Authority, s.AllProperties, s.PropertyIds, s.DepartmentId }).ToListAsync(ct);
        var heads = await db.Departments.AsNoTracking().Where(d => d.HeadStaffId != null).ToDictionaryAsync(d => d.Id, d => d.HeadStaffId, ct);
        var calendars = await db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.CalendarCode, ct);
        var stored = 0;
        foreach (var action in overdue)
        {
            var calendar = await sla.CalendarAsync(action.PropertyId is { } pid ? calendars[pid] : BuiltInCalendars.China, ct);
            var owner = staff.SingleOrDefault(s => s.Id == action.OwnerId);
            var head = owner?.DepartmentId is { } dept && heads.TryGetValue(dept, out var h) ? h : null;
            var levelOne = staff.Where(s => s.Authority == AuthorityLevel.Level1
                    && (s.AllProperties || action.PropertyId is { } p && s.PropertyIds.Contains(p)))
                .Select(s => s.Id).Order().ToList();
            var dueAt = ImprovementEscalation.OverdueAt(calendar, action.DueOn).ToUniversalTime();
            foreach (var notice in ImprovementEscalation.Due(action.State, action.DueOn, action.OwnerId, head, levelOne, calendar, now))
            {
                var row = new Notification
                {
                    Subject = NotificationSubject.ImprovementAction,
                    RecipientId = notice.RecipientId, CaseId = action.Id, PropertyId = action.PropertyId ?? Guid.Empty,
                    CaseNumber = "IA-" + action.Id.ToString("N")[..8].ToUpperInvariant(), CaseTitle = action.Title,
                    Stage = SlaStage.Execution, StageStartedAt = dueAt, Event = notice.Event, DueAt = dueAt,
                    CreatedAt = now, DeliverAfter = notice.DeliverAfter.ToUniversalTime(),
                };
                if (!await db.Notifications.AnyAsync(n => n.CaseId == row.CaseId && n.StageStartedAt == row.StageStartedAt
                        && n.Event == row.Event && n.RecipientId == row.RecipientId, ct)
                    && await InsertOnce.InsertAsync(db, row, ct))
                {
                    stored++;
                }
            }
        }

        return stored;
    }
}
