using GuestLoop.Domain.Analytics;
using GuestLoop.Domain.Cases;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Analytics;

/// <summary>
/// The dashboard figures, each one grouped in the database over the caller's properties: only counts per
/// bucket and key come back, never the cases themselves.
/// </summary>
public sealed partial class CaseStatistics(GuestLoopDbContext db, CaseWorkflow workflow, TimeProvider clock)
{
    /// <summary>The property of a filter, or null for all visible ones; unknown or out of scope is not found.</summary>
    public async Task<(Guid? Id, TimeZoneInfo Zone)> PropertyAsync(AccessScope scope, string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return (null, TimeZoneInfo.FindSystemTimeZoneById(StatsFilter.DefaultZone));
        }

        var property = await db.Properties.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, ct);
        if (property is null || !scope.CanSee(property.Id))
        {
            throw new CaseNotFoundException();
        }

        return (property.Id, TimeZoneInfo.FindSystemTimeZoneById(property.TimeZoneId));
    }

    /// <summary>Cases received in the period, inside the caller's scope and the filter's property and department.</summary>
    public IQueryable<Case> Received(AccessScope scope, StatsFilter filter, Guid? propertyId)
    {
        var (start, end) = (filter.Period.Start, filter.Period.End);
        var query = workflow.Visible(scope).AsNoTracking().Where(c => c.ReceivedAt >= start && c.ReceivedAt < end);
        if (propertyId is { } p)
        {
            query = query.Where(c => c.PropertyId == p);
        }

        if (filter.DepartmentId is { } d)
        {
            query = query.Where(c => c.DepartmentId == d);
        }

        return query;
    }

    public async Task<VolumesJson> VolumesAsync(AccessScope scope, StatsFilter filter, Guid? propertyId, CancellationToken ct)
    {
        var buckets = filter.Period.Buckets(filter.Granularity);
        var index = BucketIndex.Of<Case>(c => c.ReceivedAt, buckets.Select(b => b.Start).ToList());
        var cells = await Received(scope, filter, propertyId)
            .Select(BucketIndex.Into<Case, VolumeCell>((c, bucket) => new VolumeCell
            {
                Bucket = bucket, Kind = c.Kind, Category = c.Category, Channel = c.Channel, PropertyId = c.PropertyId, DepartmentId = c.DepartmentId,
            }, index))
            .GroupBy(x => new { x.Bucket, x.Kind, x.Category, x.Channel, x.PropertyId, x.DepartmentId })
            .Select(g => new VolumeCount(g.Key.Bucket, g.Key.Kind, g.Key.Category, g.Key.Channel, g.Key.PropertyId, g.Key.DepartmentId, g.Count()))
            .ToListAsync(ct);
        var properties = await db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => (p.Code, p.Name), ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);

        List<SeriesJson> By<TKey>(Func<VolumeCount, TKey> key, Func<TKey, (string Key, string? Label)> name, Func<TKey, (string, string?)> drill)
            where TKey : notnull =>
            cells.GroupBy(key).Select(g =>
            {
                var (k, label) = name(g.Key);
                return new SeriesJson(k, label, g.Sum(x => (long)x.Count), Counts(buckets.Count, g), DrillDown.Cases(filter, null, drill(g.Key)));
            }).OrderByDescending(s => s.Total).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();

        return new VolumesJson(Period(filter, buckets), cells.Sum(x => (long)x.Count), Counts(buckets.Count, cells),
            By(x => x.Kind, k => (DrillDown.Key(k), null), k => ("kind", DrillDown.Key(k))),
            By(x => x.Category, k => (DrillDown.Key(k), null), k => ("category", DrillDown.Key(k))),
            By(x => x.Channel, k => (DrillDown.Key(k), null), k => ("channel", DrillDown.Key(k))),
            By(x => x.PropertyId, id => properties.TryGetValue(id, out var p) ? (p.Code, p.Name) : (id.ToString(), null),
                id => ("property", properties.TryGetValue(id, out var p) ? p.Code : null)),
            By(x => x.DepartmentId ?? Guid.Empty, id => id == Guid.Empty ? ("none", null) : (id.ToString(), departments.GetValueOrDefault(id)),
                id => ("department", id == Guid.Empty ? null : id.ToString())));
    }

    internal static StatsPeriodJson Period(StatsFilter filter, IReadOnlyList<TimeBucket> buckets) =>
        new(filter.Period.From, filter.Period.To, filter.Period.Zone.Id, DrillDown.Key(filter.Granularity), buckets.Select(b => b.Label).ToList());

    private static List<long> Counts(int size, IEnumerable<VolumeCount> cells)
    {
        var counts = new long[size];
        foreach (var c in cells.Where(c => c.Bucket >= 0 && c.Bucket < size))
        {
            counts[c.Bucket] += c.Count;
        }

        return [.. counts];
    }

    private sealed class VolumeCell
    {
        public int Bucket { get; init; }
        public CaseKind Kind { get; init; }
        public Category Category { get; init; }
        public Channel Channel { get; init; }
        public Guid PropertyId { get; init; }
        public Guid? DepartmentId { get; init; }
    }

    private sealed record VolumeCount(int Bucket, CaseKind Kind, Category Category, Channel Channel, Guid PropertyId, Guid? DepartmentId, int Count);
}
