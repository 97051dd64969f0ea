using GuestLoop.Domain.Facilities;
using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Facilities;

/// <summary>One time slot of a facility on a day: its capacity, what is booked and what is left.</summary>
public sealed record SlotAvailability(TimeOnly Start, int Slot, int Capacity, int Booked)
{
    public int Free => Math.Max(0, Capacity - Booked);
}

/// <summary>
/// The units each facility slot holds for bookings. Taking units is an increment the database checks (a check constraint
/// on the slot's row), never a count read first and written after: two instances taking the last table at once get one
/// success and one <see cref="NoSlotAvailableException"/>. Rows are touched in one order (date, then slot) so two
/// transactions never wait on each other in a circle. Call inside the transaction that saves the booking.
/// </summary>
public sealed class FacilitySlots(GuestLoopDbContext db)
{
    /// <summary>Releases what the booking held before and takes what it holds now.</summary>
    public async Task MoveAsync(Facility facility, (DateOnly Date, IReadOnlyList<int> Slots, int Units) before, FacilityBooking now, CancellationToken ct)
    {
        var delta = new SortedDictionary<(DateOnly Date, int Slot), int>();
        foreach (var slot in before.Slots)
        {
            delta[(before.Date, slot)] = delta.GetValueOrDefault((before.Date, slot)) - before.Units;
        }

        foreach (var slot in now.HeldSlots())
        {
            delta[(now.Date, slot)] = delta.GetValueOrDefault((now.Date, slot)) + now.Units;
        }

        foreach (var ((date, slot), by) in delta.Where(d => d.Value != 0))
        {
            var rows = db.FacilitySlots.Where(s => s.FacilityId == facility.Id && s.Date == date && s.Slot == slot);
            if (by < 0)
            {
                await rows.ExecuteUpdateAsync(s => s.SetProperty(x => x.Booked, x => x.Booked + by), ct);
                continue;
            }

            var capacity = facility.Capacity;
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""INSERT INTO facility_slots ("FacilityId", "Date", "Slot", "PropertyId", "Booked", "Capacity") VALUES ({facility.Id}, {date}, {slot}, {facility.PropertyId}, 0, {capacity}) ON CONFLICT DO NOTHING""",
                ct);
            try
            {
                await rows.ExecuteUpdateAsync(s => s.SetProperty(x => x.Booked, x => x.Booked + by).SetProperty(x => x.Capacity, capacity), ct);
            }
            catch (Exception e) when (CheckConstraints.Violated(e, FacilitySlotConfiguration.Limit))
            {
                throw new NoSlotAvailableException(date, facility.StartOf(slot));
            }
        }
    }

    /// <summary>Each slot of the facility's opening hours on a day with its bookings.</summary>
    public async Task<IReadOnlyList<SlotAvailability>> DayAsync(Facility facility, DateOnly date, CancellationToken ct)
    {
        var booked = await db.FacilitySlots.AsNoTracking().Where(s => s.FacilityId == facility.Id && s.Date == date)
            .ToDictionaryAsync(s => s.Slot, s => s.Booked, ct);
        return [.. facility.SlotStarts().Select(start => new SlotAvailability(start, facility.SlotOf(start), facility.Capacity,
            booked.GetValueOrDefault(facility.SlotOf(start))))];
    }
}
