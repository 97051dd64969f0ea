using GuestLoop.Domain.Rooms;
using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Rooms;

/// <summary>
/// Opens the cleaning task of a room that became dirty, through the work orders' own open path (numbered, dispatched,
/// escalated like any order): the property's request type "cleaning", or else its first active type whose skill is
/// cleaning. A property with neither gets no order; its board shows the room dirty without a task.
/// </summary>
public sealed class RoomCleaningOrders(GuestLoopDbContext db, WorkOrders.WorkOrders orders)
{
    public const string TypeCode = "cleaning";

    /// <summary>Opens the order inside the caller's transaction and links it to the room (saved by the caller); null when the property has no cleaning type.</summary>
    public async Task<WorkOrder?> OpenAsync(Room room, string why, WorkOrderChannel channel, AccessScope scope, DateTimeOffset at, CancellationToken ct)
    {
        var types = await db.RequestTypes.AsNoTracking().Where(t => t.PropertyId == room.PropertyId && t.Active && (t.Code == TypeCode || t.Skill == TypeCode))
            .OrderBy(t => t.Code == TypeCode ? 0 : 1).ThenBy(t => t.Code).ToListAsync(ct);
        if (types.FirstOrDefault() is not { } type)
        {
            return null;
        }

        var property = await db.Properties.AsNoTracking().SingleAsync(p => p.Id == room.PropertyId, ct);
        var order = await orders.OpenForRoomAsync(property, type, room.Number, why, channel, scope, ct);
        db.RoomCleaningTasks.Add(new RoomCleaningTask { PropertyId = room.PropertyId, RoomId = room.Id, WorkOrderId = order.Id, OpenedAt = at });
        return order;
    }

    /// <summary>Each room's open cleaning task (not yet verified or cancelled), with who has it.</summary>
    public async Task<Dictionary<Guid, RoomTaskJson>> OpenTasksAsync(IReadOnlyCollection<Guid> roomIds, CancellationToken ct)
    {
        var ids = roomIds.ToList();
        var rows = await (from t in db.RoomCleaningTasks.AsNoTracking()
                join o in db.WorkOrders.AsNoTracking() on t.WorkOrderId equals o.Id
                where ids.Contains(t.RoomId) && o.State != WorkOrderState.Verified && o.State != WorkOrderState.Cancelled
                select new { t.RoomId, t.OpenedAt, o.Id, o.Number, o.State, o.AssigneeId })
            .ToListAsync(ct);
        var staffIds = rows.Select(r => r.AssigneeId).OfType<Guid>().Distinct().ToList();
        var names = staffIds.Count == 0 ? [] : await db.Staff.AsNoTracking().Where(s => staffIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, ct);
        return rows.GroupBy(r => r.RoomId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.OpenedAt).Select(r =>
            new RoomTaskJson(r.Id, r.Number, r.State, r.AssigneeId is { } a ? names.GetValueOrDefault(a) : null)).First());
    }
}
