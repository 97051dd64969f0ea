namespace GuestLoop.Domain.Rooms;

/// <summary>The housekeeping status of a room, as the room status board shows it.</summary>
public enum RoomStatus
{
    VacantDirty,
    VacantClean,
    Inspected,
    Occupied,
    OutOfOrder,
    OutOfService,
}

/// <summary>
/// Which status may follow which. A guest leaves a dirty room; it is cleaned, then inspected (a failed inspection makes
/// it dirty again); a guest checks in to a clean or inspected room. A vacant room may be taken out of order (not
/// sellable: a repair) or out of service (sellable later, a minor job); it comes back dirty, since work was done in it.
/// An occupied room is never taken out: the guest is moved first.
/// </summary>
public static class RoomStatusTransitions
{
    private static readonly Dictionary<RoomStatus, RoomStatus[]> Next = new()
    {
        [RoomStatus.Occupied] = [RoomStatus.VacantDirty],
        [RoomStatus.VacantDirty] = [RoomStatus.VacantClean, RoomStatus.OutOfOrder, RoomStatus.OutOfService],
        [RoomStatus.VacantClean] = [RoomStatus.Inspected, RoomStatus.VacantDirty, RoomStatus.Occupied, RoomStatus.OutOfOrder, RoomStatus.OutOfService],
        [RoomStatus.Inspected] = [RoomStatus.Occupied, RoomStatus.VacantDirty, RoomStatus.OutOfOrder, RoomStatus.OutOfService],
        [RoomStatus.OutOfOrder] = [RoomStatus.VacantDirty],
        [RoomStatus.OutOfService] = [RoomStatus.VacantDirty],
    };

    public static bool Allowed(RoomStatus from, RoomStatus to) => Next[from].Contains(to);

    /// <summary>The new status, or a refusal (HTTP 409) naming both.</summary>
    public static RoomStatus Change(RoomStatus from, RoomStatus to) =>
        Allowed(from, to) ? to : throw new RoomStatusException(from, to);

    /// <summary>A room that became dirty needs a cleaning task.</summary>
    public static bool NeedsCleaning(RoomStatus from, RoomStatus to) => to == RoomStatus.VacantDirty && from != RoomStatus.VacantDirty;
}

/// <summary>A room status change the rules do not allow (HTTP 409).</summary>
public sealed class RoomStatusException(RoomStatus from, RoomStatus to)
    : DomainException(DomainErrorKind.Conflict, $"A room cannot go from {from} to {to}.");
