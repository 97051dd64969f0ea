using GuestLoop.Domain;
using GuestLoop.Domain.Cases;
using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Cases;

/// <summary>
/// A case is handled inside its own property: it may be assigned only to a department of that property (or of the whole
/// enterprise) and to active staff who see that property. Checked after any step that changed the assignment, before saving.
/// </summary>
public static class CaseAssignmentCheck
{
    public static async Task RequireValidAsync(GuestLoopDbContext db, Case @case, Guid? departmentBefore, Guid? assigneeBefore, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (@case.DepartmentId is { } departmentId && departmentId != departmentBefore
            && !await db.Departments.AsNoTracking().AnyAsync(d => d.Id == departmentId && (d.PropertyId == null || d.PropertyId == @case.PropertyId), ct))
        {
            errors.Add("departmentId", "No such department at the case's property.");
        }

        if (@case.AssigneeId is { } assigneeId && assigneeId != assigneeBefore)
        {
            var staff = await db.Staff.AsNoTracking().Where(s => s.Id == assigneeId && s.Active)
                .Select(s => new { s.AllProperties, s.PropertyIds }).SingleOrDefaultAsync(ct);
            if (staff is null || !staff.AllProperties && !staff.PropertyIds.Contains(@case.PropertyId))
            {
                errors.Add("assigneeId", "No such active staff member at the case's property.");
            }
        }

        errors.ThrowIfAny();
    }
}
