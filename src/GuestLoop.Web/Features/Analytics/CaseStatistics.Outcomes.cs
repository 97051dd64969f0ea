using GuestLoop.Domain.Analytics;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Analytics;

public sealed partial class CaseStatistics
{
    public async Task<DeadlinesJson> DeadlinesAsync(AccessScope scope, StatsFilter filter, Guid? propertyId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var cases = Received(scope, filter, propertyId);
        var rows = await db.CaseDeadlines.AsNoTracking()
            .Where(d => d.DueAt != null && cases.Any(c => c.Id == d.CaseId))
            .GroupBy(d => d.Stage)
            .Select(g => new
            {
                Stage = g.Key,
                OnTime = g.Count(d => d.MetAt != null && d.MetAt <= d.DueAt),
                Late = g.Count(d => d.MetAt != null && d.MetAt > d.DueAt),
                Overdue = g.Count(d => d.MetAt == null && d.DueAt < now),
                Pending = g.Count(d => d.MetAt == null && d.DueAt >= now),
            })
            .ToListAsync(ct);
        var stages = rows.OrderBy(r => r.Stage).Select(r =>
        {
            var decided = r.OnTime + r.Late + r.Overdue;
            return new StageComplianceJson(DrillDown.Key(r.Stage), r.OnTime, r.Late, r.Overdue, r.Pending,
                decided == 0 ? null : Math.Round(100.0 * r.OnTime / decided, 1), DrillDown.Cases(filter, null, ("view", "overdue")));
        }).ToList();
        return new DeadlinesJson(Period(filter, filter.Period.Buckets(filter.Granularity)), stages);
    }

    public async Task<HandlingTimesJson> HandlingTimesAsync(AccessScope scope, StatsFilter filter, Guid? propertyId, CancellationToken ct)
    {
        var cases = Received(scope, filter, propertyId);
        var histogram = await db.Database.SqlQueryRaw<MetMinutes>(MetMinutes.Sql(db.Database.IsNpgsql()))
            .Where(m => cases.Any(c => c.Id == m.CaseId))
            .GroupBy(m => new { m.Stage, m.Minutes })
            .Select(g => new { g.Key.Stage, g.Key.Minutes, Count = g.LongCount() })
            .ToListAsync(ct);
        var stages = histogram.GroupBy(h => h.Stage)
            .OrderBy(g => Enum.TryParse<SlaStage>(g.Key, out var s) ? (int)s : int.MaxValue)
            .Select(g =>
            {
                var points = g.Select(h => (h.Minutes, h.Count)).ToList();
                return new StageHandlingJson(char.ToLowerInvariant(g.Key[0]) + g.Key[1..], g.Sum(h => h.Count),
                    Percentiles.FromHistogram(points, 50), Percentiles.FromHistogram(points, 90));
            }).ToList();
        return new HandlingTimesJson(Period(filter, filter.Period.Buckets(filter.Granularity)), stages);
    }

    public async Task<SatisfactionJson> SatisfactionAsync(AccessScope scope, StatsFilter filter, Guid? propertyId, CancellationToken ct)
    {
        // Answers given in the period, about cases of the scope (whenever received).
        var buckets = filter.Period.Buckets(filter.Granularity);
        var cases = ScopeOnly(scope, filter, propertyId);
        var (start, end) = (filter.Period.Start, filter.Period.End);
        var index = BucketIndex.Of<AnswerCell>(a => a.At, buckets.Select(b => b.Start).ToList());
        var rows = await db.Surveys.AsNoTracking()
            .Where(s => s.AnsweredAt != null && s.AnsweredAt >= start && s.AnsweredAt < end && cases.Any(c => c.Id == s.CaseId))
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
            .ToListAsync(ct);
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

    public async Task<ReopensJson> ReopensAsync(AccessScope scope, StatsFilter filter, Guid? propertyId, CancellationToken ct)
    {
        var buckets = filter.Period.Buckets(filter.Granularity);
        var index = BucketIndex.Of<Case>(c => c.ReceivedAt, buckets.Select(b => b.Start).ToList());
        var cases = Received(scope, filter, propertyId);
        var rows = await cases
            .Select(BucketIndex.Into<Case, ReopenCell>((c, bucket) => new ReopenCell { Bucket = bucket, ReopenCount = c.ReopenCount }, index))
            .GroupBy(x => x.Bucket)
            .Select(g => new { Bucket = g.Key, Cases = g.Count(), Reopened = g.Count(x => x.ReopenCount >= 1), Twice = g.Count(x => x.ReopenCount >= 2) })
            .ToListAsync(ct);
        var complaints = cases.Where(c => c.Kind == CaseKind.Complaint);
        var repeat = await complaints
            .Where(c => c.GuestId != null)
            .GroupBy(c => c.GuestId)
            .Where(g => g.Count() > 1)
            .Select(g => g.Count())
            .ToListAsync(ct);
        long total = rows.Sum(r => r.Cases), reopened = rows.Sum(r => r.Reopened);
        return new ReopensJson(Period(filter, buckets), total, reopened, rows.Sum(r => (long)r.Twice),
            total == 0 ? null : Math.Round(100.0 * reopened / total, 1), repeat.Count, repeat.Sum(x => (long)x),
            buckets.Select((_, i) => (long)(rows.FirstOrDefault(r => r.Bucket == i)?.Reopened ?? 0)).ToList(),
            DrillDown.Cases(filter, null, ("reopened", "1")), DrillDown.Cases(filter, null, ("reopened", "2")),
            DrillDown.Cases(filter, null, ("kind", "complaint"), ("repeat", "true")));
    }

    public async Task<CompensationStatsJson> CompensationAsync(AccessScope scope, StatsFilter filter, Guid? propertyId, CancellationToken ct)
    {
        // Compensations proposed in the period, for cases of the scope.
        var cases = ScopeOnly(scope, filter, propertyId);
        var (start, end) = (filter.Period.Start, filter.Period.End);
        var rows = await db.Compensations.AsNoTracking()
            .Where(x => x.ProposedAt >= start && x.ProposedAt < end && cases.Any(c => c.Id == x.CaseId))
            .GroupBy(x => new { x.Currency, x.State })
            .Select(g => new { g.Key.Currency, g.Key.State, Count = g.Count(), Amount = g.Sum(x => x.Amount) })
            .ToListAsync(ct);
        return new CompensationStatsJson(Period(filter, filter.Period.Buckets(filter.Granularity)),
            rows.OrderBy(r => r.Currency).ThenBy(r => r.State)
                .Select(r => new CompensationTotalJson(r.Currency, DrillDown.Key(r.State), r.Count, r.Amount)).ToList());
    }

    private IQueryable<Case> ScopeOnly(AccessScope scope, StatsFilter filter, Guid? propertyId)
    {
        var query = workflow.Visible(scope).AsNoTracking();
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
