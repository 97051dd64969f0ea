using GuestLoop.Domain.Rooms;
using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Rooms;

/// <summary>
/// Called by the work-order steps when an order is done (completed, or verified where the type asks for a check): when
/// it is a room's cleaning task and the room is still dirty, the room becomes vacant and clean, saved with the step.
/// </summary>
public sealed class RoomsAfterCleaning(GuestLoopDbContext db, AuditLog audit)
{
    public async Task OrderDoneAsync(WorkOrder order, AccessScope scope, DateTimeOffset at, CancellationToken ct)
    {
        var roomId = await db.RoomCleaningTasks.Where(t => t.WorkOrderId == order.Id).Select(t => (Guid?)t.RoomId).SingleOrDefaultAsync(ct);
        if (roomId is null || await db.Rooms.SingleOrDefaultAsync(r => r.Id == roomId, ct) is not { Status: RoomStatus.VacantDirty } room)
        {
            return;
        }

        room.ChangeStatus(RoomStatus.VacantClean, scope.Actor, at, order.Number);
        audit.Append(scope, "room.status", "room", room.Id.ToString(), new { Status = RoomStatus.VacantDirty }, new { room.Status, WorkOrder = order.Number });
    }
}
