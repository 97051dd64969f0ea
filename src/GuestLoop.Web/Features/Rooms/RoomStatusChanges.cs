using GuestLoop.Domain;
using GuestLoop.Domain.Rooms;
using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Cluster;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Rooms;

/// <summary>
/// A room's status changed by any staff member of its property (housekeeping, the front desk), and its inspection: a room
/// that becomes dirty gets its cleaning task in the same transaction, so the change and the order are kept together.
/// </summary>
public sealed class RoomStatusChanges(GuestLoopDbContext db, TimeProvider clock, AuditLog audit, RoomCatalogue rooms, RoomCleaningOrders cleaning,
    ClusterEvents events)
{
    public async Task<Room> ChangeAsync(Guid id, RoomStatusBody body, AccessScope scope, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var to = CreateCaseRequest.ParseEnum<RoomStatus>("status", body.Status, errors);
        var room = await rooms.LoadAsync(id, scope, ct);
        errors.ThrowIfAny();
        RequireStaff(scope);
        var (saved, _) = await SaveAsync(room, scope, "room.status", (r, now) =>
        {
            var dirty = r.ChangeStatus(to!.Value, scope.Actor, now, body.Reason, body.ExpectedReturnAt);
            return (dirty ? r.History[^1].Reason ?? string.Empty : null, WorkOrderChannel.Staff);
        }, ct);
        return saved;
    }

    public async Task<(RoomInspection Inspection, Guid? CleaningOrderId)> InspectAsync(Guid id, RoomInspectionBody body, AccessScope scope, CancellationToken ct)
    {
        var room = await rooms.LoadAsync(id, scope, ct);
        var type = await db.RoomTypes.AsNoTracking().SingleAsync(t => t.Id == room.TypeId, ct);
        if (body.Items is { } items && items.Any(i => i?.Item is { Length: > RoomType.ItemMax } || i?.Note is { Length: > RoomInspection.NoteMax }))
        {
            FieldErrors.For("items", "An item has at most 100 characters and a note at most 200.").ThrowIfAny();
        }

        var answers = body.Items?.Select(a => a is { Item: not null, Passed: { } passed } ? new InspectionItem(a.Item, passed, a.Note) : null).ToList();
        WorkOrderAuthority.RequireSupervisor(scope.Authority, scope.IsAdministrator, "inspect rooms");
        RoomInspection? inspection = null;
        var (_, order) = await SaveAsync(room, scope, "room.inspect", (r, now) =>
        {
            (inspection, var dirty) = RoomInspection.Of(r, type, answers, scope.Actor, now);
            db.RoomInspections.Add(inspection);
            return (dirty ? string.Join("、", inspection.FailedItems) : null, WorkOrderChannel.Inspection);
        }, ct);
        return (inspection!, order?.Id);
    }

    public async Task<IReadOnlyList<RoomInspection>> InspectionsAsync(Guid id, AccessScope scope, CancellationToken ct)
    {
        var room = await rooms.LoadAsync(id, scope, ct);
        return await db.RoomInspections.AsNoTracking().Where(i => i.RoomId == room.Id).OrderByDescending(i => i.At).Take(50).ToListAsync(ct);
    }

    /// <summary>
    /// Applies the change (which answers the cleaning task's description when the room became dirty), opens that task, audits
    /// and saves in one transaction; two changes to one room at once: the second is told the room changed.
    /// </summary>
    private async Task<(Room Room, WorkOrder? Cleaning)> SaveAsync(Room room, AccessScope scope, string action,
        Func<Room, DateTimeOffset, (string? Cleaning, WorkOrderChannel Channel)> apply, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var before = room.Status;
        var (cleaningWhy, channel) = apply(room, now);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        WorkOrder? order = null;
        try
        {
            if (cleaningWhy is not null)
            {
                order = await cleaning.OpenAsync(room, cleaningWhy, channel, scope, now, ct);
            }

            audit.Append(scope, action, "room", room.Id.ToString(), new { Status = before },
                new { room.Status, room.OutReason, room.ExpectedReturnAt, WorkOrder = order?.Number });
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new RoomChangedException();
        }

        await tx.CommitAsync(ct);
        await ClusterPublisher.PublishAsync(db, events, ClusterMessage.RoomsChanged, CancellationToken.None);
        // A cleaning task saved inside this transaction was announced before the commit; again now that it is there.
        if (order is not null)
        {
            await ClusterPublisher.PublishAsync(db, events, ClusterMessage.WorkOrdersChanged, CancellationToken.None);
        }

        return (room, order);
    }

    private static void RequireStaff(AccessScope scope)
    {
        if (scope.StaffId is null && !scope.IsAdministrator)
        {
            throw new WorkOrderDeniedException("Only staff of the property change a room's status.");
        }
    }
}

/// <summary>Someone else changed the room at the same moment (HTTP 409): reload it and decide again.</summary>
public sealed class RoomChangedException() : DomainException(DomainErrorKind.Conflict, "Someone else changed the room at the same moment; reload it.");
