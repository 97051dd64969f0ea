namespace GuestLoop.Domain.Rooms;

/// <summary>A room's status from an instant on, as its history records it.</summary>
public sealed record RoomStatusSince(Guid RoomId, DateTimeOffset At, RoomStatus Status);

/// <summary>One night of a period: the date it begins on and how many rooms were occupied at its night audit.</summary>
public sealed record OccupiedNight(DateOnly Night, int OccupiedRooms);

/// <summary>
/// Occupied room-nights from the rooms' status histories. The night that begins on a date is counted at the night audit,
/// 02:00 local time on the next morning (late arrivals are in, early departures not yet out): a room counts for the night
/// when it was occupied at that instant. A night whose audit is still to come is not counted.
/// </summary>
public static class Occupancy
{
    public static readonly TimeOnly NightAudit = new(2, 0);

    /// <summary>The instant of the audit of the night that begins on <paramref name="night"/>.</summary>
    public static DateTimeOffset AuditOf(DateOnly night, TimeZoneInfo zone)
    {
        var local = night.AddDays(1).ToDateTime(NightAudit);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>Every night from <paramref name="from"/> to <paramref name="to"/> (both included) whose audit has passed by <paramref name="now"/>.</summary>
    public static IReadOnlyList<OccupiedNight> Nights(IEnumerable<RoomStatusSince> changes, DateOnly from, DateOnly to, TimeZoneInfo zone,
        DateTimeOffset now)
    {
        var byRoom = changes.GroupBy(c => c.RoomId).Select(g => g.OrderBy(c => c.At).ToList()).ToList();
        var nights = new List<OccupiedNight>();
        for (var night = from; night <= to; night = night.AddDays(1))
        {
            var audit = AuditOf(night, zone);
            if (audit > now)
            {
                break;
            }

            nights.Add(new OccupiedNight(night, byRoom.Count(h => StatusAt(h, audit) == RoomStatus.Occupied)));
        }

        return nights;
    }

    public static int RoomNights(IEnumerable<RoomStatusSince> changes, DateOnly from, DateOnly to, TimeZoneInfo zone, DateTimeOffset now) =>
        Nights(changes, from, to, zone, now).Sum(n => n.OccupiedRooms);

    /// <summary>Work orders per occupied room-night; null when no room was occupied (nothing to divide by).</summary>
    public static double? WorkOrdersPerOccupiedRoomNight(int workOrders, int roomNights) => roomNights == 0 ? null : (double)workOrders / roomNights;

    /// <summary>The status of one room at an instant: its last change at or before it; null before the room existed.</summary>
    private static RoomStatus? StatusAt(List<RoomStatusSince> history, DateTimeOffset at)
    {
        RoomStatus? status = null;
        foreach (var change in history)
        {
            if (change.At > at)
            {
                break;
            }

            status = change.Status;
        }

        return status;
    }
}
