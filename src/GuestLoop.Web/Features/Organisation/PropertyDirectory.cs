using GuestLoop.Web.Data;
using GuestLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Organisation;

/// <summary>
/// Every property kept in memory: intake, lists and case pages need codes and time zones on every request, and
/// properties change only when an administrator edits the organisation. A save of a property drops the copy on every
/// instance (<see cref="Cluster.ClusterMessage.Organisation"/>); an unknown code or id reloads once, so a property
/// added around the app is still found.
/// </summary>
public sealed class PropertyDirectory(IServiceScopeFactory scopes)
{
    private readonly InvalidatedCache<bool, Snapshot> _snapshot = new();

    public void Invalidate() => _snapshot.Invalidate();

    /// <summary>A copy of the property with this code, or null; the copy is the caller's, never tracked.</summary>
    public async Task<Property?> FindByCodeAsync(string code, CancellationToken ct)
    {
        var found = (await CurrentAsync(ct)).ByCode.GetValueOrDefault(code)
            ?? (await ReloadAsync(ct)).ByCode.GetValueOrDefault(code);
        return found is null ? null : Copy(found);
    }

    /// <summary>Codes by property id.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> CodesAsync(CancellationToken ct) => (await CurrentAsync(ct)).Codes;

    /// <summary>IANA time zones by property id.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> ZonesAsync(CancellationToken ct) => (await CurrentAsync(ct)).Zones;

    /// <summary>The code and time zone of one property, reloading once when the id is not known yet.</summary>
    public async Task<(string Code, string TimeZoneId)> PlaceOfAsync(Guid id, CancellationToken ct)
    {
        var snapshot = (await CurrentAsync(ct)).Codes.ContainsKey(id) ? await CurrentAsync(ct) : await ReloadAsync(ct);
        return (snapshot.Codes.GetValueOrDefault(id, "?"), snapshot.Zones.GetValueOrDefault(id, "UTC"));
    }

    /// <summary>The code of one property, reloading once when the id is not known yet.</summary>
    public async Task<string> CodeOfAsync(Guid id, CancellationToken ct) =>
        (await CurrentAsync(ct)).Codes.GetValueOrDefault(id) ?? (await ReloadAsync(ct)).Codes.GetValueOrDefault(id, "?");

    private async Task<Snapshot> CurrentAsync(CancellationToken ct) => (await _snapshot.GetAsync(true, LoadAsync, ct))!;

    private async Task<Snapshot> ReloadAsync(CancellationToken ct) => (await _snapshot.LoadAsync(true, LoadAsync, ct))!;

    private async Task<Snapshot?> LoadAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var properties = await db.Properties.AsNoTracking().ToListAsync(ct);
        return new Snapshot(properties.ToDictionary(p => p.Code, StringComparer.Ordinal), properties.ToDictionary(p => p.Id, p => p.Code),
            properties.ToDictionary(p => p.Id, p => p.TimeZoneId));
    }

    private static Property Copy(Property p) => new()
    {
        Id = p.Id, EnterpriseId = p.EnterpriseId, Code = p.Code, Name = p.Name, Type = p.Type, TimeZoneId = p.TimeZoneId,
        CalendarCode = p.CalendarCode, PolicyCode = p.PolicyCode,
    };

    private sealed record Snapshot(IReadOnlyDictionary<string, Property> ByCode, IReadOnlyDictionary<Guid, string> Codes,
        IReadOnlyDictionary<Guid, string> Zones);
}
