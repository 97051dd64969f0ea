using GuestLoop.Domain;
using GuestLoop.Domain.Rooms;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Features.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Rooms;

/// <summary>Linen and amenities put into rooms: recorded by any staff member of the room's property, summed per item and per room.</summary>
public sealed class RoomConsumptionLog(GuestLoopDbContext db, TimeProvider clock, AuditLog audit, RoomCatalogue rooms)
{
    /// <summary>The longest period a summary covers.</summary>
    public const int MaxDays = 366;

    public async Task<RoomConsumption> RecordAsync(Guid roomId, RoomConsumptionBody body, AccessScope scope, CancellationToken ct)
    {
        var room = await rooms.LoadAsync(roomId, scope, ct);
        var property = await db.Properties.AsNoTracking().SingleAsync(p => p.Id == room.PropertyId, ct);
        var now = clock.GetUtcNow();
        var today = property.LocalDate(now);
        if (body.Date is { } date && (date > today || date < today.AddDays(-31)))
        {
            FieldErrors.For("date", "Today or one of the last 31 days.").ThrowIfAny();
        }

        var used = RoomConsumption.Record(room, body.Date ?? today, body.ItemCode, body.Quantity ?? 0, scope.Actor, now);
        db.RoomConsumption.Add(used);
        audit.Append(scope, "room.consumption", "room", room.Id.ToString(), null, new { room.Number, used.Date, used.ItemCode, used.Quantity });
        await db.SaveChangesAsync(ct);
        return used;
    }

    public async Task<ConsumptionSummaryJson> SummaryAsync(AccessScope scope, string? propertyCode, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var property = await rooms.PropertyFilterAsync(scope, propertyCode, ct);
        var seen = scope.PropertyIds.ToList();
        var today = await PropertyChoice.TodayAsync(db, property, scope, clock.GetUtcNow(), ct);
        var (start, end) = (from ?? (to ?? today).AddDays(-6), to ?? today);
        if (end < start || end.DayNumber - start.DayNumber >= MaxDays)
        {
            FieldErrors.For("to", "On or after from, at most 366 days later.").ThrowIfAny();
        }

        var query = db.RoomConsumption.AsNoTracking().Where(c => c.Date >= start && c.Date <= end);
        query = property is { } id ? query.Where(c => c.PropertyId == id) : scope.AllProperties ? query : query.Where(c => seen.Contains(c.PropertyId));
        var rows = await (from c in query join r in db.Rooms.AsNoTracking() on c.RoomId equals r.Id select new { r.Number, c.ItemCode, c.Quantity }).ToListAsync(ct);
        return new ConsumptionSummaryJson(start, end, ConsumptionSummary.Totals(rows.Select(r => (r.ItemCode, r.Quantity))),
            ConsumptionSummary.Totals(rows.Select(r => (r.Number, r.Quantity))));
    }
}
