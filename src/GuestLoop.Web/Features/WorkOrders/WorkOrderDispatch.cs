using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.WorkOrders;

/// <summary>
/// Reads who could take a new order at a property — active staff who work there with the type's skill, their shifts at
/// that property now, whether they are available, their open orders and their last assignment — and lets
/// <see cref="Dispatch.Choose"/> decide.
/// </summary>
public sealed class WorkOrderDispatch(GuestLoopDbContext db)
{
    /// <summary>The states in which an order is on someone's hands.</summary>
    public static readonly WorkOrderState[] Held = [WorkOrderState.Assigned, WorkOrderState.Accepted, WorkOrderState.InProgress, WorkOrderState.Paused];

    public async Task<Guid?> ChooseAsync(Guid propertyId, RequestType type, DateTimeOffset now, CancellationToken ct)
    {
        var candidates = await CandidatesAsync(propertyId, now, ct);
        return Dispatch.Choose(type, candidates, now);
    }

    public async Task<IReadOnlyList<DispatchCandidate>> CandidatesAsync(Guid propertyId, DateTimeOffset now, CancellationToken ct)
    {
        var shifts = await db.StaffShifts.AsNoTracking().Where(s => s.PropertyId == propertyId && s.Start <= now && s.End > now).ToListAsync(ct);
        var onShift = shifts.Select(s => s.StaffId).Distinct().ToList();
        if (onShift.Count == 0)
        {
            return [];
        }

        var staff = (await db.Staff.AsNoTracking().Where(s => s.Active && onShift.Contains(s.Id)).ToListAsync(ct))
            .Where(s => s.WorksAt(propertyId)).ToList();
        var ids = staff.Select(s => s.Id).ToList();
        var away = await db.StaffWorkStatus.AsNoTracking().Where(s => ids.Contains(s.StaffId) && !s.Available).Select(s => s.StaffId).ToListAsync(ct);
        var load = await db.WorkOrders.AsNoTracking().Where(o => o.AssigneeId != null && ids.Contains(o.AssigneeId.Value) && Held.Contains(o.State))
            .GroupBy(o => o.AssigneeId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        // Round robin needs only who got one lately: a day back covers every shift.
        var since = now.AddDays(-1);
        var last = (await db.WorkOrders.AsNoTracking()
                .Where(o => o.AssigneeId != null && ids.Contains(o.AssigneeId.Value) && o.AssignedAt != null && o.AssignedAt >= since)
                .Select(o => new { Staff = o.AssigneeId!.Value, At = o.AssignedAt!.Value }).ToListAsync(ct))
            .GroupBy(o => o.Staff).ToDictionary(g => g.Key, g => g.Max(o => o.At));
        return staff.Select(s => new DispatchCandidate(s.Id, StaffSkills.Parse(s.Skills),
            shifts.Where(x => x.StaffId == s.Id).Select(x => new Shift(x.Start, x.End)).ToList(), !away.Contains(s.Id),
            load.GetValueOrDefault(s.Id), last.TryGetValue(s.Id, out var at) ? at : null)).ToList();
    }
}
