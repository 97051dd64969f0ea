using GuestLoop.Web.Features.Cases;
using GuestLoop.Domain.Analytics;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Analytics;

public sealed partial class CaseStatistics
{
    public async Task<DeadlinesJson> DeadlinesAsync(AccessScope scope, StatsFilter filter, Guid? propertyId, CancellationToken ct) =>
        (await DeadlinesAndHandlingTimesAsync(scope, filter, propertyId, ct)).Deadlines;

    public async Task<HandlingTimesJson> HandlingTimesAsync(AccessScope scope, StatsFilter filter, Guid? propertyId, CancellationToken ct) =>
        (await DeadlinesAndHandlingTimesAsync(scope, filter, propertyId, ct)).HandlingTimes;

    /// <summary>Both deadline figures from one pass over the deadlines of the cases received in the period.</summary>
    public async Task<(DeadlinesJson Deadlines, HandlingTimesJson HandlingTimes)> DeadlinesAndHandlingTimesAsync(AccessScope scope,
        StatsFilter filter, Guid? propertyId, CancellationToken ct)
    {
        var postgres = db.Database.IsNpgsql();
        var times = db.Database.SqlQueryRaw<StageTime>(StageTime.Sql(postgres), StageTime.Instant(postgres, clock.GetUtcNow()),
            StageTime.Instant(postgres, filter.Period.Start), StageTime.Instant(postgres, filter.Period.End));
        if (!scope.AllProperties)
        {
            var ids = scope.PropertyIds.ToList();
            times = times.Where(t => ids.Contains(t.PropertyId));
        }

        if (propertyId is { } p)
        {
            times = times.Where(t => t.PropertyId == p);
        }

        if (filter.DepartmentId is not null)
        {
            // A case's department changes as it is handled: only the case knows it.
            var cases = Received(scope, filter, propertyId);
            times = times.Where(t => cases.Any(c => c.Id == t.CaseId));
        }

        var rows = await AnalyticalQuery.RunAsync(db, () => times
            .GroupBy(t => new { t.Stage, t.Minutes, t.Outcome })
            .Select(g => new { g.Key.Stage, g.Key.Minutes, g.Key.Outcome, Count = g.LongCount() })
            .ToListAsync(ct), ct);
        var period = Period(filter, filter.Period.Buckets(filter.Granularity));

        var compliance = rows.Where(r => r.Outcome != StageTime.NoDueTime).GroupBy(r => Enum.Parse<SlaStage>(r.Stage)).OrderBy(g => g.Key).Select(g =>
        {
            long Count(int outcome) => g.Where(r => r.Outcome == outcome).Sum(r => r.Count);
            var (onTime, late, overdue) = (Count(StageTime.OnTime), Count(StageTime.Late), Count(StageTime.Overdue));
            var decided = onTime + late + overdue;
            return new StageComplianceJson(DrillDown.Key(g.Key), onTime, late, overdue, Count(StageTime.Pending),
                Ratios.Of(onTime, decided), DrillDown.Cases(filter, null, ("view", "overdue")));
        }).ToList();

        var handling = rows.Where(r => r.Minutes is not null).GroupBy(r => r.Stage)
            .OrderBy(g => Enum.TryParse<SlaStage>(g.Key, out var s) ? (int)s : int.MaxValue)
            .Select(g =>
            {
                var points = g.GroupBy(h => h.Minutes!.Value).Select(m => (m.Key, m.Sum(h => h.Count))).ToList();
                return new StageHandlingJson(char.ToLowerInvariant(g.Key[0]) + g.Key[1..], g.Sum(h => h.Count),
                    Percentiles.FromHistogram(points, 50), Percentiles.FromHistogram(points, 90));
            }).ToList();
        return (new DeadlinesJson(period, compliance), new HandlingTimesJson(period, handling));
    }

    public async Task<SatisfactionJson> SatisfactionAsync(AccessScope scope, StatsFilter filter, Guid? propertyId, CancellationToken ct)
    {
        // Answers given in the period, about cases of the scope (whenever received).
        var buckets = filter.Period.Buckets(filter.Granularity);
        var (start, end) = (filter.Period.Start, filter.Period.End);
        var index = BucketIndex.Of<AnswerCell>(a => a.At, buckets.Select(b => b.Start).ToList());
        var answered = db.Surveys.AsNoTracking().Where(s => s.AnsweredAt != null && s.AnsweredAt >= start && s.AnsweredAt < end);
        if (ScopeOnly(scope, filter, propertyId) is { } cases)
        {
            answered = answered.Where(s => cases.Any(c => c.Id == s.CaseId));
        }

        var rows = await AnalyticalQuery.RunAsync(db, () => answered
            .Select(s => new AnswerCell { At = s.AnsweredAt!.Value, Csat = s.Csat, Nps = s.Nps })
            .Select(BucketIndex.Into<AnswerCell, AnswerCell>((a, bucket) => new AnswerCell { Bucket = bucket, At = a.At, Csat = a.Csat, Nps = a.Nps }, index))
            .GroupBy(a => a.Bucket)
            .Select(g => new
            {
                Bucket = g.Key,
                Answers = g.Count(a => a.Csat != null),
                CsatSum = g.Sum(a => a.Csat ?? 0),
                Unsatisfied = g.Count(a => a.Csat != null && a.Csat <= 2),
                NpsAnswers = g.Count(a => a.Nps != null),
                Promoters = g.Count(a => a.Nps >= 9),
                Detractors = g.Count(a => a.Nps != null && a.Nps <= 6),
            })
            .ToListAsync(ct), ct);
        var trend = buckets.Select((b, i) =>
        {
            var r = rows.FirstOrDefault(x => x.Bucket == i);
            return r is null
                ? new SatisfactionPointJson(b.Label, 0, null, 0, 0, 0, null)
                : new SatisfactionPointJson(b.Label, r.Answers, Average(r.CsatSum, r.Answers), r.NpsAnswers, r.Promoters, r.Detractors,
                    NetPromoter.Score(r.Promoters, r.Detractors, r.NpsAnswers));
        }).ToList();
        long answers = rows.Sum(r => r.Answers), sum = rows.Sum(r => (long)r.CsatSum);
        return new SatisfactionJson(Period(filter, buckets), answers, Average(sum, answers), rows.Sum(r => (long)r.Unsatisfied),
            NetPromoter.Score(rows.Sum(r => (long)r.Promoters), rows.Sum(r => (long)r.Detractors), rows.Sum(r => (long)r.NpsAnswers)), trend);
    }

    /// <param name="received">The number of cases received in the period, when the caller counted them already (the
    /// dashboard takes it from the volumes).</param>
    public async Task<ReopensJson> ReopensAsync(AccessScope scope, StatsFilter filter, Guid? propertyId, CancellationToken ct, long? received = null)
    {
        var buckets = filter.Period.Buckets(filter.Granularity);
        var index = BucketIndex.Of<Case>(c => c.ReceivedAt, buckets.Select(b => b.Start).ToList());
        var cases = Received(scope, filter, propertyId);
        // Only the reopened cases are read, through their own small index; the period's total is a count.
        var rows = await AnalyticalQuery.RunAsync(db, () => cases
            .Where(c => c.ReopenCount >= 1)
            .Select(BucketIndex.Into<Case, ReopenCell>((c, bucket) => new ReopenCell { Bucket = bucket, ReopenCount = c.ReopenCount }, index))
            .GroupBy(x => x.Bucket)
            .Select(g => new { Bucket = g.Key, Reopened = g.Count(), Twice = g.Count(x => x.ReopenCount >= 2) })
            .ToListAsync(ct), ct);
        var total = received ?? await AnalyticalQuery.RunAsync(db, () => cases.LongCountAsync(ct), ct);
        var complaints = cases.Where(c => c.Kind == CaseKind.Complaint);
        var repeat = await complaints
            .Where(c => c.GuestId != null)
            .GroupBy(c => c.GuestId)
            .Where(g => g.Count() > 1)
            .Select(g => g.Count())
            .ToListAsync(ct);
        long reopened = rows.Sum(r => r.Reopened);
        return new ReopensJson(Period(filter, buckets), total, reopened, rows.Sum(r => (long)r.Twice),
            Ratios.Of(reopened, total), repeat.Count, repeat.Sum(x => (long)x),
            buckets.Select((_, i) => (long)(rows.FirstOrDefault(r => r.Bucket == i)?.Reopened ?? 0)).ToList(),
            DrillDown.Cases(filter, null, ("reopened", "1")), DrillDown.Cases(filter, null, ("reopened", "2")),
            DrillDown.Cases(filter, null, ("kind", "complaint"), ("repeat", "true")));
    }

    public async Task<CompensationStatsJson> CompensationAsync(AccessScope scope, StatsFilter filter, Guid? propertyId, CancellationToken ct)
    {
        // Compensations proposed in the period, for cases of the scope.
        var (start, end) = (filter.Period.Start, filter.Period.End);
        var proposed = db.Compensations.AsNoTracking().Where(x => x.ProposedAt >= start && x.ProposedAt < end);
        if (ScopeOnly(scope, filter, propertyId) is { } cases)
        {
            proposed = proposed.Where(x => cases.Any(c => c.Id == x.CaseId));
        }

        var rows = await proposed
            .GroupBy(x => new { x.Currency, x.State })
            .Select(g => new { g.Key.Currency, g.Key.State, Count = g.Count(), Amount = g.Sum(x => x.Amount) })
            .ToListAsync(ct);
        return new CompensationStatsJson(Period(filter, filter.Period.Buckets(filter.Granularity)),
            rows.OrderBy(r => r.Currency).ThenBy(r => r.State)
                .Select(r => new CompensationTotalJson(r.Currency, DrillDown.Key(r.State), r.Count, r.Amount)).ToList());
    }

    /// <summary>
    /// The cases of the scope, property and department whenever received; null when that is every case, since a
    /// foreign key already ties each survey and compensation to a case and the check would only cost a join.
    /// </summary>
    private IQueryable<Case>? ScopeOnly(AccessScope scope, StatsFilter filter, Guid? propertyId)
    {
        if (scope.AllProperties && propertyId is null && filter.DepartmentId is null)
        {
            return null;
        }

        var query = db.Cases.VisibleTo(scope).AsNoTracking();
        if (propertyId is { } p)
        {
            query = query.Where(c => c.PropertyId == p);
        }

        return filter.DepartmentId is { } d ? query.Where(c => c.DepartmentId == d) : query;
    }

    private static double? Average(long sum, long count) => count == 0 ? null : Math.Round((double)sum / count, 2);

    private sealed class AnswerCell
    {
        public int Bucket { get; init; }
        public DateTimeOffset At { get; init; }
        public int? Csat { get; init; }
        public int? Nps { get; init; }
    }

    private sealed class ReopenCell
    {
        public int Bucket { get; init; }
        public int ReopenCount { get; init; }
    }
}
