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
public sealed partial class CaseStatistics(GuestLoopDbContext db, TimeProvider clock)
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
        var query = db.Cases.VisibleTo(scope).AsNoTracking().Where(c => c.ReceivedAt >= start && c.ReceivedAt < end);
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
        var starts = buckets.Select(b => b.Start).ToList();
        var cells = VolumeRollup.Answers(db, scope, filter, propertyId) ? await VolumeRollup.CountAsync(db, filter, buckets, ct)
            : db.Database.IsNpgsql() ? await VolumesOnPostgres.CountAsync(db, scope, filter, propertyId, starts, ct)
            : await VolumeCellsAsync(scope, filter, propertyId, starts, ct);
        var properties = await db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => (p.Code, p.Name), ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);

        List<SeriesJson> By<TKey>(IReadOnlyList<VolumeCell<TKey>> breakdown, Func<TKey, (string Key, string? Label)> name,
            Func<TKey, (string, string?)> drill) where TKey : notnull =>
            breakdown.GroupBy(c => c.Key).Select(g =>
            {
                var (k, label) = name(g.Key);
                return new SeriesJson(k, label, g.Sum(x => x.Count), Counts(buckets.Count, g), DrillDown.Cases(filter, null, drill(g.Key)));
            }).OrderByDescending(s => s.Total).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();

        // Every case has one kind, so the kinds add up to the whole.
        return new VolumesJson(Period(filter, buckets), cells.Kinds.Sum(x => x.Count), Counts(buckets.Count, cells.Kinds),
            By(cells.Kinds, k => (DrillDown.Key(k), null), k => ("kind", DrillDown.Key(k))),
            By(cells.Categories, k => (DrillDown.Key(k), null), k => ("category", DrillDown.Key(k))),
            By(cells.Channels, k => (DrillDown.Key(k), null), k => ("channel", DrillDown.Key(k))),
            By(cells.Properties, id => properties.TryGetValue(id, out var p) ? (p.Code, p.Name) : (id.ToString(), null),
                id => ("property", properties.TryGetValue(id, out var p) ? p.Code : null)),
            By(cells.Departments, id => id == Guid.Empty ? ("none", null) : (id.ToString(), departments.GetValueOrDefault(id)),
                id => ("department", id == Guid.Empty ? null : id.ToString())));
    }

    /// <summary>The breakdowns from one GROUP BY over every key at once: fine for SQLite's sizes, and the same LINQ everywhere.</summary>
    private async Task<VolumeCells> VolumeCellsAsync(AccessScope scope, StatsFilter filter, Guid? propertyId, IReadOnlyList<DateTimeOffset> starts,
        CancellationToken ct)
    {
        var index = BucketIndex.Of<Case>(c => c.ReceivedAt, starts);
        var rows = await Received(scope, filter, propertyId)
            .Select(BucketIndex.Into<Case, VolumeRow>((c, bucket) => new VolumeRow
            {
                Bucket = bucket, Kind = c.Kind, Category = c.Category, Channel = c.Channel, PropertyId = c.PropertyId, DepartmentId = c.DepartmentId,
            }, index))
            .GroupBy(x => new { x.Bucket, x.Kind, x.Category, x.Channel, x.PropertyId, x.DepartmentId })
            .Select(g => new VolumeRow
            {
                Bucket = g.Key.Bucket, Kind = g.Key.Kind, Category = g.Key.Category, Channel = g.Key.Channel, PropertyId = g.Key.PropertyId,
                DepartmentId = g.Key.DepartmentId, Count = g.Count(),
            })
            .ToListAsync(ct);

        static List<VolumeCell<TKey>> Sum<TKey>(List<VolumeRow> rows, Func<VolumeRow, TKey> key) =>
            [.. rows.GroupBy(r => (r.Bucket, Key: key(r))).Select(g => new VolumeCell<TKey>(g.Key.Bucket, g.Key.Key, g.Sum(r => (long)r.Count)))];

        return new VolumeCells(Sum(rows, r => r.Kind), Sum(rows, r => r.Category), Sum(rows, r => r.Channel), Sum(rows, r => r.PropertyId),
            Sum(rows, r => r.DepartmentId ?? Guid.Empty));
    }

    internal static StatsPeriodJson Period(StatsFilter filter, IReadOnlyList<TimeBucket> buckets) =>
        new(filter.Period.From, filter.Period.To, filter.Period.Zone.Id, DrillDown.Key(filter.Granularity), buckets.Select(b => b.Label).ToList());

    private static List<long> Counts<TKey>(int size, IEnumerable<VolumeCell<TKey>> cells)
    {
        var counts = new long[size];
        foreach (var c in cells.Where(c => c.Bucket >= 0 && c.Bucket < size))
        {
            counts[c.Bucket] += c.Count;
        }

        return [.. counts];
    }

    private sealed class VolumeRow
    {
        public int Bucket { get; init; }
        public CaseKind Kind { get; init; }
        public Category Category { get; init; }
        public Channel Channel { get; init; }
        public Guid PropertyId { get; init; }
        public Guid? DepartmentId { get; init; }
        public int Count { get; init; }
    }
}
