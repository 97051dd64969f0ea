using GuestLoop.Domain.Cases;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Supervision;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Analytics;

/// <summary>A count of cases as they stand now, and the case list that shows exactly those cases.</summary>
public sealed record WorkloadTileJson(int Count, string Cases);

/// <summary>A category received more often in the period than in the one before it.</summary>
public sealed record RisingJson(string Category, int Count, int Previous, string Cases);

/// <summary>The department that did worst on one measure in the period, with what the measure rests on.</summary>
public sealed record WorstDepartmentJson(Guid Id, string Name, double Value, int Basis, string Cases);

/// <summary>The dashboard's first screen: open, overdue, at risk and unassigned now; what rose; which department did worst.</summary>
public sealed record WorkloadJson(WorkloadTileJson Open, WorkloadTileJson Overdue, WorkloadTileJson AtRisk, WorkloadTileJson Unassigned,
    IReadOnlyList<RisingJson> Rising, WorstDepartmentJson? WorstOnTime, WorstDepartmentJson? WorstSatisfaction);

/// <summary>
/// What a general manager asks first. Each tile counts the case list its link opens — the same filter through
/// <see cref="CaseReader.Query"/> — so the figure and the list never disagree. "Rising" compares the period's categories
/// with the period of the same length just before it; the worst departments come from the handling scores of the
/// period (on time: the share of their cases' deadlines met, at least <see cref="MinimumBasis"/> deadlines; satisfaction:
/// the follow-up average), shown only to those who may see the scores.
/// </summary>
public sealed class Workload(GuestLoopDbContext db, CaseReader cases, CaseStatistics stats, HandlingScores scores, SupervisionOffice office)
{
    public const int MinimumBasis = 3;

    public async Task<WorkloadJson> NowAsync(AccessScope scope, StatsFilter filter, Guid? propertyId, CancellationToken ct)
    {
        async Task<WorkloadTileJson> TileAsync(CaseView view)
        {
            var count = await cases.Query(scope, new CaseFilter(View: view, PropertyId: propertyId) { DepartmentId = filter.DepartmentId }).CountAsync(ct);
            return new WorkloadTileJson(count, Link(view, filter));
        }

        var open = await TileAsync(CaseView.Open);
        var overdue = await TileAsync(CaseView.Overdue);
        var atRisk = await TileAsync(CaseView.AtRisk);
        var unassigned = await TileAsync(CaseView.Unassigned);
        var (worstOnTime, worstSatisfaction) = await WorstAsync(scope, filter, propertyId, ct);
        return new WorkloadJson(open, overdue, atRisk, unassigned, await RisingAsync(scope, filter, propertyId, ct), worstOnTime, worstSatisfaction);
    }

    private static string Link(CaseView view, StatsFilter filter)
    {
        var parts = new List<string> { "view=" + DrillDown.Key(view) };
        if (filter.PropertyCode is { } code)
        {
            parts.Add("property=" + Uri.EscapeDataString(code));
        }

        if (filter.DepartmentId is { } department)
        {
            parts.Add("department=" + department);
        }

        return "/cases?" + string.Join('&', parts);
    }

    private async Task<IReadOnlyList<RisingJson>> RisingAsync(AccessScope scope, StatsFilter filter, Guid? propertyId, CancellationToken ct)
    {
        var days = filter.Period.To.DayNumber - filter.Period.From.DayNumber + 1;
        var before = filter with { Period = filter.Period with { From = filter.Period.From.AddDays(-days), To = filter.Period.From.AddDays(-1) } };
        async Task<Dictionary<Category, int>> CountAsync(StatsFilter f) =>
            await stats.Received(scope, f, propertyId).Where(c => c.Category != Category.Unclassified)
                .GroupBy(c => c.Category).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

        var now = await CountAsync(filter);
        var previous = await CountAsync(before);
        return [.. now.Select(x => (Category: x.Key, Count: x.Value, Previous: previous.GetValueOrDefault(x.Key)))
            .Where(x => x.Count > x.Previous)
            .OrderByDescending(x => x.Count - x.Previous).ThenBy(x => x.Category)
            .Take(3)
            .Select(x => new RisingJson(DrillDown.Key(x.Category), x.Count, x.Previous,
                DrillDown.Cases(filter, null, ("category", DrillDown.Key(x.Category)))))];
    }

    private async Task<(WorstDepartmentJson? OnTime, WorstDepartmentJson? Satisfaction)> WorstAsync(AccessScope scope, StatsFilter filter, Guid? propertyId,
        CancellationToken ct)
    {
        if (!await office.MaySeeScoresAsync(scope, ct))
        {
            return (null, null);
        }

        var ofProperty = propertyId is { } p
            ? (await db.Departments.AsNoTracking().Where(d => d.PropertyId == p).Select(d => d.Id).ToListAsync(ct)).ToHashSet()
            : null;
        var departments = (await scores.ForPeriodAsync(scope, filter.Period.From, filter.Period.To, ct)).Departments
            .Where(d => d.Id is { } id && (ofProperty is null || ofProperty.Contains(id)) && (filter.DepartmentId is null || filter.DepartmentId == id))
            .ToList();
        var onTime = departments.Where(d => d.OnTimeRate is not null && d.Deadlines >= MinimumBasis)
            .OrderBy(d => d.OnTimeRate).ThenBy(d => d.Name, StringComparer.Ordinal).FirstOrDefault();
        var satisfaction = departments.Where(d => d.Satisfaction is not null)
            .OrderBy(d => d.Satisfaction).ThenBy(d => d.Name, StringComparer.Ordinal).FirstOrDefault();
        string Cases(Guid id) => DrillDown.Cases(filter, null, ("department", id.ToString()));
        return (onTime is null ? null : new WorstDepartmentJson(onTime.Id!.Value, onTime.Name, onTime.OnTimeRate!.Value, onTime.Deadlines, Cases(onTime.Id.Value)),
            satisfaction is null ? null
                : new WorstDepartmentJson(satisfaction.Id!.Value, satisfaction.Name, satisfaction.Satisfaction!.Value, satisfaction.Cases, Cases(satisfaction.Id.Value)));
    }
}
