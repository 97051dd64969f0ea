using GuestLoop.Domain;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Maintenance;

/// <summary>The check every maintenance service shares: a department of the property.</summary>
internal static class MaintenanceScope
{
    /// <summary>A department of the property, or one of the whole enterprise (security, quality).</summary>
    public static async Task CheckDepartmentAsync(GuestLoopDbContext db, Guid? departmentId, Guid? propertyId, FieldErrors errors, CancellationToken ct)
    {
        if (departmentId is not { } id || !await db.Departments.AnyAsync(d => d.Id == id && (d.PropertyId == null || d.PropertyId == propertyId), ct))
        {
            errors.Add("departmentId", "Unknown department at this property.");
        }
    }
}

/// <summary>No such asset, checklist, schedule or round in the caller's scope (HTTP 404, saying nothing of other properties).</summary>
public sealed class MaintenanceNotFoundException(string what) : DomainException(DomainErrorKind.NotFound, $"No such {what}.");
