using GuestLoop.Web.Data;
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
    private readonly Lock _gate = new();
    private Snapshot? _current;
    private int _version;

    public void Invalidate()
    {
        lock (_gate)
        {
            _version++;
            _current = null;
        }
    }

    /// <summary>A copy of the property with this code, or null; the copy is the caller's, never tracked.</summary>
    public async Task<Property?> FindByCodeAsync(string code, CancellationToken ct)
    {
        var found = (await CurrentAsync(ct)).ByCode.GetValueOrDefault(code)
            ?? (await ReloadAsync(ct)).ByCode.GetValueOrDefault(code);
        return found is null ? null : Copy(found);
    }

    /// <summary>Codes by property id.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> CodesAsync(CancellationToken ct) => (await CurrentAsync(ct)).Codes;

    /// <summary>The code of one property, reloading once when the id is not known yet.</summary>
    public async Task<string> CodeOfAsync(Guid id, CancellationToken ct) =>
        (await CurrentAsync(ct)).Codes.GetValueOrDefault(id) ?? (await ReloadAsync(ct)).Codes.GetValueOrDefault(id, "?");

    private async Task<Snapshot> CurrentAsync(CancellationToken ct) => Volatile.Read(ref _current) ?? await ReloadAsync(ct);

    private async Task<Snapshot> ReloadAsync(CancellationToken ct)
    {
        int version;
        lock (_gate)
        {
            version = _version;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var properties = await db.Properties.AsNoTracking().ToListAsync(ct);
        var snapshot = new Snapshot(properties.ToDictionary(p => p.Code, StringComparer.Ordinal), properties.ToDictionary(p => p.Id, p => p.Code));

        // A change announced while this was loading wins: the next caller loads again.
        lock (_gate)
        {
            if (_version == version)
            {
                _current = snapshot;
            }
        }

        return snapshot;
    }

    private static Property Copy(Property p) => new()
    {
        Id = p.Id, EnterpriseId = p.EnterpriseId, Code = p.Code, Name = p.Name, Type = p.Type, TimeZoneId = p.TimeZoneId,
        CalendarCode = p.CalendarCode, PolicyCode = p.PolicyCode,
    };

    private sealed record Snapshot(IReadOnlyDictionary<string, Property> ByCode, IReadOnlyDictionary<Guid, string> Codes);
}
