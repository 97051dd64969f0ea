using GuestLoop.Domain;
using GuestLoop.Domain.Rooms;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Rooms;

/// <summary>
/// Per property: occupied room-nights of a period from the rooms' status histories (<see cref="Occupancy"/>: counted at the
/// 02:00 night audit) and the work orders opened in it per occupied room-night. The cleaning tasks the room board opens
/// are left out: they measure turnover, not what guests asked for.
/// </summary>
public sealed class RoomOccupancy(GuestLoopDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<OccupancyJson>> FiguresAsync(AccessScope scope, string? propertyCode, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var properties = (await db.Properties.AsNoTracking().OrderBy(p => p.Code).ToListAsync(ct))
            .Where(p => scope.CanSee(p.Id) && (string.IsNullOrWhiteSpace(propertyCode) || p.Code == propertyCode)).ToList();
        var figures = new List<OccupancyJson>();
        foreach (var property in properties)
        {
            var zone = property.Zone();
            var yesterday = property.LocalDate(now).AddDays(-1);
            var (start, end) = (from ?? (to ?? yesterday).AddDays(-6), to ?? yesterday);
            if (end < start || end.DayNumber - start.DayNumber >= RoomConsumptionLog.MaxDays)
            {
                FieldErrors.For("to", "On or after from, at most 366 days later.").ThrowIfAny();
            }

            var rooms = await db.Rooms.AsNoTracking().Where(r => r.PropertyId == property.Id).Select(r => new { r.Id, r.Active }).ToListAsync(ct);
            if (rooms.Count == 0)
            {
                continue;
            }

            var lastAudit = Occupancy.AuditOf(end, zone);
            var changes = await (from r in db.Rooms.AsNoTracking()
                from h in r.History
                where r.PropertyId == property.Id && h.At <= lastAudit
                select new { RoomId = r.Id, h.At, h.To }).ToListAsync(ct);
            var nights = Occupancy.Nights(changes.Select(c => new RoomStatusSince(c.RoomId, c.At, c.To)), start, end, zone, now);
            var roomNights = nights.Sum(n => n.OccupiedRooms);
            var (periodStart, periodEnd) = (LocalMidnight(start, zone), LocalMidnight(end.AddDays(1), zone));
            var cleaning = db.RoomCleaningTasks.Where(t => t.PropertyId == property.Id).Select(t => t.WorkOrderId);
            var orders = await db.WorkOrders.AsNoTracking().CountAsync(o => o.PropertyId == property.Id && o.CreatedAt >= periodStart && o.CreatedAt < periodEnd
                && !cleaning.Contains(o.Id), ct);
            var active = rooms.Count(r => r.Active);
            figures.Add(new OccupancyJson(property.Id, property.Code, start, end, active, nights.Count, roomNights,
                nights.Count == 0 || active == 0 ? null : (double)roomNights / (active * nights.Count), orders,
                Occupancy.WorkOrdersPerOccupiedRoomNight(orders, roomNights), nights));
        }

        return figures;
    }

    private static DateTimeOffset LocalMidnight(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
