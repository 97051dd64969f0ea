using GuestLoop.Domain;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Maintenance;

/// <summary>The checks every maintenance service shares: a list's property filter and a department of the property.</summary>
internal static class MaintenanceScope
{
    /// <summary>A list's property by code: its id, <see cref="Guid.Empty"/> (nothing) when the caller does not see it, null for every property.</summary>
    public static async Task<Guid?> PropertyFilterAsync(GuestLoopDbContext db, string? code, AccessScope scope, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var property = await db.Properties.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, ct);
        return property is not null && scope.CanSee(property.Id) ? property.Id : Guid.Empty;
    }

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
