using GuestLoop.Domain;
using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cluster;
using GuestLoop.Web.Features.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Rooms;

/// <summary>
/// The attendant's daily sheet (服务员工作日报表): a supervisor gives each attendant their rooms for a date; an attendant reads
/// their own sheet with each room's status and open cleaning task, a supervisor everyone's. A room is on one sheet a day:
/// given to another attendant, it leaves the first one's.
/// </summary>
public sealed class AttendantSheets(GuestLoopDbContext db, TimeProvider clock, AuditLog audit, RoomCleaningOrders cleaning, ClusterEvents events)
{
    public const int MaxRooms = 60;

    public async Task<IReadOnlyList<SheetRowJson>> ReadAsync(AccessScope scope, string? propertyCode, DateOnly? date, Guid? attendant, CancellationToken ct)
    {
        var supervisor = WorkOrderAuthority.MaySupervise(scope.Authority, scope.IsAdministrator);
        var whose = attendant ?? (supervisor ? null : scope.StaffId ?? Guid.Empty);
        if (whose is { } someone && someone != scope.StaffId && !supervisor)
        {
            throw new WorkOrderDeniedException("Only a supervisor (level 3 or above) reads another attendant's sheet.");
        }

        var properties = await db.Properties.AsNoTracking().ToListAsync(ct);
        var now = clock.GetUtcNow();
        var wanted = properties.Where(p => scope.CanSee(p.Id) && (string.IsNullOrWhiteSpace(propertyCode) || p.Code == propertyCode))
            .ToDictionary(p => p.Id, p => date ?? p.LocalDate(now));
        var ids = wanted.Keys.ToList();
        var dates = wanted.Values.Distinct().ToList();
        var query = db.SheetAssignments.AsNoTracking().Where(a => ids.Contains(a.PropertyId) && dates.Contains(a.Date));
        if (whose is { } only)
        {
            query = query.Where(a => a.AttendantId == only);
        }

        var rows = (await (from a in query
                    join r in db.Rooms.AsNoTracking() on a.RoomId equals r.Id
                    join t in db.RoomTypes.AsNoTracking() on r.TypeId equals t.Id
                    join s in db.Staff.AsNoTracking() on a.AttendantId equals s.Id
                    select new { a.PropertyId, a.Date, a.AttendantId, s.DisplayName, a.RoomId, r.Number, r.Floor, TypeName = t.Name, r.Status })
                .ToListAsync(ct))
            .Where(a => wanted[a.PropertyId] == a.Date).ToList();
        var tasks = await cleaning.OpenTasksAsync(rows.Select(r => r.RoomId).ToList(), ct);
        return rows.OrderBy(r => r.DisplayName, StringComparer.Ordinal).ThenBy(r => r.Floor).ThenBy(r => r.Number, StringComparer.Ordinal)
            .Select(r => new SheetRowJson(r.PropertyId, r.Date, r.AttendantId, r.DisplayName, r.RoomId, r.Number, r.Floor, r.TypeName, r.Status,
                tasks.GetValueOrDefault(r.RoomId))).ToList();
    }

    /// <summary>Replaces the attendant's rooms at the property on the date (a supervisor's task); an empty list clears the sheet.</summary>
    public async Task<int> AssignAsync(SheetAssignmentBody body, AccessScope scope, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var property = await PropertyChoice.RequireAsync(db, body.Property, scope, errors, ct);
        var now = clock.GetUtcNow();
        var today = property?.LocalDate(now);
        if (body.Date is not { } date || (today is { } t && (date < t.AddDays(-7) || date > t.AddDays(31))))
        {
            errors.Add("date", "Required: from a week ago to a month ahead.");
        }

        if (body.AttendantId is not { } attendantId || property is null
            || await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == attendantId && s.Active, ct) is not { } member || !member.WorksAt(property.Id))
        {
            errors.Add("attendantId", "Unknown staff member at this property.");
        }

        var numbers = body.Rooms?.Select(n => n?.Trim() ?? string.Empty).ToList();
        if (numbers is null || numbers.Count > MaxRooms || numbers.Any(n => n.Length is 0 or > 10) || numbers.Distinct().Count() != numbers.Count)
        {
            errors.Add("rooms", "Required: up to 60 different room numbers (an empty list clears the sheet).");
        }

        var rooms = property is null || numbers is null ? [] : await db.Rooms.AsNoTracking()
            .Where(r => r.PropertyId == property.Id && numbers.Contains(r.Number)).Select(r => new { r.Id, r.Number }).ToListAsync(ct);
        if (numbers is not null && !errors.ContainsKey("rooms") && rooms.Count != numbers.Count)
        {
            errors.Add("rooms", $"Unknown rooms at this property: {string.Join(", ", numbers.Except(rooms.Select(r => r.Number)))}.");
        }

        errors.ThrowIfAny();
        WorkOrderAuthority.RequireSupervisor(scope.Authority, scope.IsAdministrator, "give attendants their rooms");
        var day = body.Date!.Value;
        var roomIds = rooms.Select(r => r.Id).ToList();
        var replaced = await db.SheetAssignments.Where(a => a.Date == day && (roomIds.Contains(a.RoomId)
            || (a.PropertyId == property!.Id && a.AttendantId == body.AttendantId))).ToListAsync(ct);
        db.SheetAssignments.RemoveRange(replaced);
        db.SheetAssignments.AddRange(rooms.Select(r => new SheetAssignment
        {
            PropertyId = property!.Id, Date = day, RoomId = r.Id, AttendantId = body.AttendantId!.Value, AssignedById = scope.StaffId, AssignedAt = now,
        }));
        audit.Append(scope, "room.sheet", "staff", body.AttendantId!.Value.ToString(), null, new { property!.Code, Date = day, Rooms = numbers });
        // One save: EF orders the removals before the new rows, so a room moved to another attendant keeps one row a day.
        await db.SaveChangesAsync(ct);
        await ClusterPublisher.PublishAsync(db, events, ClusterMessage.RoomsChanged, CancellationToken.None);
        return rooms.Count;
    }
}
