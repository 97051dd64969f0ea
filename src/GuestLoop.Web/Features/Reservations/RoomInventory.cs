using GuestLoop.Domain.Reservations;
using GuestLoop.Domain.Rooms;
using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Reservations;

/// <summary>One room type's sellable rooms and bookings on one night.</summary>
public sealed record NightAvailability(DateOnly Night, int Rooms, int Booked, int Overbooking)
{
    /// <summary>Rooms still to sell, counting the overbooking allowance; never below zero.</summary>
    public int Free => Math.Max(0, Rooms + Overbooking - Booked);
}

/// <summary>
/// The rooms each night holds for reservations. Taking a night is an increment the database checks (a check constraint
/// on the room type's night and on the property's night), never a count read first and written after: two instances
/// taking the last room at once get one success and one <see cref="NoRoomAvailableException"/>. Rows are touched in one
/// order (room type, then night; then the property's nights) so two transactions never wait on each other in a circle.
/// Call inside the transaction that saves the reservation.
/// </summary>
public sealed class RoomInventory(GuestLoopDbContext db)
{
    /// <summary>Releases <paramref name="release"/> and takes <paramref name="take"/> (room type, night) in one pass.</summary>
    public async Task MoveAsync(Guid propertyId, IEnumerable<(Guid Type, DateOnly Night)> release, IEnumerable<(Guid Type, DateOnly Night)> take,
        CancellationToken ct)
    {
        var delta = new SortedDictionary<(Guid Type, DateOnly Night), int>();
        foreach (var key in release)
        {
            delta[key] = delta.GetValueOrDefault(key) - 1;
        }

        foreach (var key in take)
        {
            delta[key] = delta.GetValueOrDefault(key) + 1;
        }

        var changes = delta.Where(d => d.Value != 0).ToList();
        if (changes.Count == 0)
        {
            return;
        }

        var nights = changes.Select(c => c.Key.Night).Distinct().ToList();
        var capacity = await CapacityAsync(propertyId, nights.Min(), nights.Max().AddDays(1), ct);
        var overbooking = await OverbookingAsync(propertyId, nights, ct);
        foreach (var ((type, night), by) in changes)
        {
            if (by > 0)
            {
                var rooms = capacity.GetValueOrDefault((type, night));
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""INSERT INTO room_type_nights ("RoomTypeId", "Night", "PropertyId", "Booked", "Capacity", "Overbooking") VALUES ({type}, {night}, {propertyId}, 0, {rooms}, {overbooking[night]}) ON CONFLICT DO NOTHING""",
                    ct);
                await Guarded(night, () => db.RoomTypeNights.Where(n => n.RoomTypeId == type && n.Night == night)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.Booked, n => n.Booked + by).SetProperty(n => n.Capacity, rooms)
                        .SetProperty(n => n.Overbooking, overbooking[night]), ct));
            }
            else
            {
                await db.RoomTypeNights.Where(n => n.RoomTypeId == type && n.Night == night)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.Booked, n => n.Booked + by), ct);
            }
        }

        foreach (var (night, by) in changes.GroupBy(c => c.Key.Night).Select(g => (g.Key, g.Sum(c => c.Value))).Where(x => x.Item2 != 0).OrderBy(x => x.Key))
        {
            if (by > 0)
            {
                var rooms = capacity.Where(c => c.Key.Night == night).Sum(c => c.Value);
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""INSERT INTO property_nights ("PropertyId", "Night", "Booked", "Capacity", "Overbooking") VALUES ({propertyId}, {night}, 0, {rooms}, {overbooking[night]}) ON CONFLICT DO NOTHING""",
                    ct);
                await Guarded(night, () => db.PropertyNights.Where(n => n.PropertyId == propertyId && n.Night == night)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.Booked, n => n.Booked + by).SetProperty(n => n.Capacity, rooms)
                        .SetProperty(n => n.Overbooking, overbooking[night]), ct));
            }
            else
            {
                await db.PropertyNights.Where(n => n.PropertyId == propertyId && n.Night == night)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.Booked, n => n.Booked + by), ct);
            }
        }
    }

    /// <summary>Each room type's rooms, bookings and allowance for each night from <paramref name="from"/> up to <paramref name="to"/>.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<NightAvailability>>> AvailabilityAsync(Guid propertyId, DateOnly from, DateOnly to,
        CancellationToken ct)
    {
        var nights = Enumerable.Range(0, to.DayNumber - from.DayNumber).Select(from.AddDays).ToList();
        var capacity = await CapacityAsync(propertyId, from, to, ct);
        var overbooking = await OverbookingAsync(propertyId, nights, ct);
        var booked = await db.RoomTypeNights.AsNoTracking().Where(n => n.PropertyId == propertyId && n.Night >= from && n.Night < to)
            .Select(n => new { n.RoomTypeId, n.Night, n.Booked }).ToListAsync(ct);
        var bookedBy = booked.ToDictionary(b => (b.RoomTypeId, b.Night), b => b.Booked);
        var types = await db.RoomTypes.AsNoTracking().Where(t => t.PropertyId == propertyId && t.Active).Select(t => t.Id).ToListAsync(ct);
        return types.ToDictionary(t => t, IReadOnlyList<NightAvailability> (t) =>
            [.. nights.Select(n => new NightAvailability(n, capacity.GetValueOrDefault((t, n)), bookedBy.GetValueOrDefault((t, n)), overbooking[n]))]);
    }

    /// <summary>
    /// Sellable rooms per (type, night): the active rooms of the type, less those out of order or service and not expected
    /// back before that night.
    /// </summary>
    private async Task<Dictionary<(Guid Type, DateOnly Night), int>> CapacityAsync(Guid propertyId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var rooms = await db.Rooms.AsNoTracking().Where(r => r.PropertyId == propertyId && r.Active)
            .Select(r => new { r.TypeId, r.Status, r.ExpectedReturnAt }).ToListAsync(ct);
        var capacity = new Dictionary<(Guid, DateOnly), int>();
        for (var night = from; night < to; night = night.AddDays(1))
        {
            var start = new DateTimeOffset(night.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            foreach (var room in rooms)
            {
                var out_ = room.Status is RoomStatus.OutOfOrder or RoomStatus.OutOfService && (room.ExpectedReturnAt is null || room.ExpectedReturnAt > start);
                if (!out_)
                {
                    capacity[(room.TypeId, night)] = capacity.GetValueOrDefault((room.TypeId, night)) + 1;
                }
            }
        }

        return capacity;
    }

    private async Task<Dictionary<DateOnly, int>> OverbookingAsync(Guid propertyId, IReadOnlyCollection<DateOnly> nights, CancellationToken ct)
    {
        var standing = await db.FrontOfficeSettings.AsNoTracking().Where(s => s.PropertyId == propertyId).Select(s => (int?)s.OverbookingRooms)
            .SingleOrDefaultAsync(ct) ?? 0;
        var from = nights.Min();
        var to = nights.Max();
        var nightly = await db.OverbookingNights.AsNoTracking().Where(n => n.PropertyId == propertyId && n.Night >= from && n.Night <= to)
            .ToDictionaryAsync(n => n.Night, n => n.Rooms, ct);
        return nights.Distinct().ToDictionary(n => n, n => nightly.GetValueOrDefault(n, standing));
    }

    /// <summary>Runs the increment; the database's refusal of a row over its limit becomes "no room free that night".</summary>
    private static async Task Guarded(DateOnly night, Func<Task<int>> increment)
    {
        try
        {
            await increment();
        }
        catch (Exception e) when (CheckConstraints.Violated(e, RoomTypeNightConfiguration.Limit, PropertyNightConfiguration.Limit))
        {
            throw new NoRoomAvailableException(night);
        }
    }
}
