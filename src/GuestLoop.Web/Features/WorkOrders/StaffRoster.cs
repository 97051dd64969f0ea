using GuestLoop.Domain;
using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.WorkOrders;

/// <summary>The shifts dispatch reads: listed for a property and a period, kept by supervisors.</summary>
public sealed class StaffRoster(GuestLoopDbContext db, AuditLog audit)
{
    /// <summary>The longest shift the roster takes; anything longer is a typing mistake.</summary>
    public static readonly TimeSpan LongestShift = TimeSpan.FromHours(16);

    public async Task<IReadOnlyList<ShiftJson>> ListAsync(AccessScope scope, string? propertyCode, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var query = (await PropertyChoice.FilterAsync(db, db.StaffShifts.AsNoTracking(), propertyCode, scope, ct)).Where(s => s.End > from && s.Start < to);
        var shifts = await query.OrderBy(s => s.Start).Take(2000).ToListAsync(ct);
        var staffIds = shifts.Select(s => s.StaffId).Distinct().ToList();
        var names = await db.Staff.AsNoTracking().Where(s => staffIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, ct);
        return shifts.Select(s => new ShiftJson(s.Id, s.StaffId, names.GetValueOrDefault(s.StaffId, "?"), s.PropertyId, s.Start, s.End)).ToList();
    }

    public async Task<StaffShift> AddAsync(ShiftRequest request, AccessScope scope, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var property = await PropertyChoice.RequireAsync(db, request.Property, scope, errors, ct);
        var member = request.StaffId is { } staffId
            ? await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == staffId && s.Active, ct)
            : null;
        if (member is null || (property is not null && !member.WorksAt(property.Id)))
        {
            errors.Add("staffId", "Unknown staff member at this property.");
        }

        if (request.Start is not { } start || request.End is not { } end)
        {
            errors.Add("start", "Start and end are required.");
        }
        else if (end <= start || end - start > LongestShift)
        {
            errors.Add("end", "A shift ends after it starts and lasts at most 16 hours.");
        }
        else if (member is not null && await db.StaffShifts.AnyAsync(s => s.StaffId == member.Id && s.Start < end && s.End > start, ct))
        {
            errors.Add("start", "The staff member already has a shift in that time.");
        }

        errors.ThrowIfAny();
        WorkOrderAuthority.RequireSupervisor(scope.Authority, scope.IsAdministrator, "keep the roster");
        var shift = new StaffShift { StaffId = member!.Id, PropertyId = property!.Id, Start = request.Start!.Value, End = request.End!.Value };
        db.StaffShifts.Add(shift);
        audit.Append(scope, "roster.add", "staff-shift", shift.Id.ToString(), null, new { shift.StaffId, property.Code, shift.Start, shift.End });
        await db.SaveChangesAsync(ct);
        return shift;
    }

    public async Task RemoveAsync(Guid id, AccessScope scope, CancellationToken ct)
    {
        var shift = await db.StaffShifts.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (shift is null || !scope.CanSee(shift.PropertyId))
        {
            throw new WorkOrderNotFoundException();
        }

        WorkOrderAuthority.RequireSupervisor(scope.Authority, scope.IsAdministrator, "keep the roster");
        db.StaffShifts.Remove(shift);
        audit.Append(scope, "roster.remove", "staff-shift", shift.Id.ToString(), new { shift.StaffId, shift.Start, shift.End }, null);
        await db.SaveChangesAsync(ct);
    }
}
