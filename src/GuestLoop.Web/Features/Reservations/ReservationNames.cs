using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Reservations;

/// <summary>The codes and names a reservation's ids stand for, read once for a page of reservations.</summary>
public sealed class ReservationNames
{
    private readonly Dictionary<Guid, string> _properties;
    private readonly Dictionary<Guid, (string Code, string Name)> _types;
    private readonly Dictionary<Guid, string> _plans;

    private ReservationNames(Dictionary<Guid, string> properties, Dictionary<Guid, (string, string)> types, Dictionary<Guid, string> plans) =>
        (_properties, _types, _plans) = (properties, types, plans);

    public static async Task<ReservationNames> LoadAsync(GuestLoopDbContext db, IReadOnlyCollection<Guid> propertyIds, CancellationToken ct)
    {
        var ids = propertyIds.Distinct().ToList();
        var properties = await db.Properties.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Code, ct);
        var types = await db.RoomTypes.AsNoTracking().Where(t => ids.Contains(t.PropertyId)).ToDictionaryAsync(t => t.Id, t => (t.Code, t.Name), ct);
        var plans = await db.RatePlans.AsNoTracking().Where(p => ids.Contains(p.PropertyId)).ToDictionaryAsync(p => p.Id, p => p.Code, ct);
        return new ReservationNames(properties, types, plans);
    }

    public string Property(Guid id) => _properties.GetValueOrDefault(id, string.Empty);

    public string TypeCode(Guid id) => _types.TryGetValue(id, out var t) ? t.Code : string.Empty;

    public string TypeName(Guid id) => _types.TryGetValue(id, out var t) ? t.Name : string.Empty;

    public string PlanCode(Guid id) => _plans.GetValueOrDefault(id, string.Empty);
}
