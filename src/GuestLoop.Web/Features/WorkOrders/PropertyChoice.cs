using GuestLoop.Domain;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.WorkOrders;

/// <summary>The property a work-order request names by its code, as the caller may see it: the same answer for an unknown and an unseen one.</summary>
internal static class PropertyChoice
{
    /// <summary>The property, or null with the error added under <c>property</c>.</summary>
    public static async Task<Property?> RequireAsync(GuestLoopDbContext db, string? code, AccessScope scope, FieldErrors errors, CancellationToken ct)
    {
        var property = string.IsNullOrWhiteSpace(code) ? null : await db.Properties.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, ct);
        if (property is not null && scope.CanSee(property.Id))
        {
            return property;
        }

        errors.Add("property", string.IsNullOrWhiteSpace(code) ? "Required." : $"Unknown property '{code}'.");
        return null;
    }

    /// <summary>
    /// A list's filter: the one property named (nothing when the caller does not see it), or without a code every property
    /// the caller sees.
    /// </summary>
    public static async Task<IQueryable<T>> FilterAsync<T>(GuestLoopDbContext db, IQueryable<T> rows, string? code, AccessScope scope,
        CancellationToken ct) where T : class, IPropertyRow =>
        await FilterIdAsync(db, code, scope, ct) is { } id ? rows.Where(r => r.PropertyId == id) : rows.InScope(scope, r => r.PropertyId);

    /// <summary>
    /// A list's property by code: its id, <see cref="Guid.Empty"/> (an empty list, saying nothing) when the caller does
    /// not see it or it does not exist, null without a code (every property the caller sees).
    /// </summary>
    public static async Task<Guid?> FilterIdAsync(GuestLoopDbContext db, string? code, AccessScope scope, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var property = await db.Properties.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, ct);
        return property is not null && scope.CanSee(property.Id) ? property.Id : Guid.Empty;
    }

    /// <summary>
    /// Today where the rooms are: the named property's date, else the date of the caller's properties when they share a
    /// time zone (a Chinese group's hotels all keep Beijing time), else the UTC date. At 01:00 in Beijing the UTC date is
    /// still yesterday, and a period ending on it would leave the night's first records out.
    /// </summary>
    public static async Task<DateOnly> TodayAsync(GuestLoopDbContext db, Guid? property, AccessScope scope, DateTimeOffset now, CancellationToken ct)
    {
        var seen = scope.PropertyIds.ToList();
        var zones = await db.Properties.AsNoTracking()
            .Where(p => property != null ? p.Id == property : scope.AllProperties || seen.Contains(p.Id))
            .Select(p => p.TimeZoneId).Distinct().Take(2).ToListAsync(ct);
        return zones.Count == 1 ? Property.LocalDate(zones[0], now) : DateOnly.FromDateTime(now.UtcDateTime);
    }
}

/// <summary>A row that belongs to one property.</summary>
public interface IPropertyRow
{
    Guid PropertyId { get; }
}
