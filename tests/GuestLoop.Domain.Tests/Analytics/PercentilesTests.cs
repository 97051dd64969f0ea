using GuestLoop.Domain.Analytics;

namespace GuestLoop.Domain.Tests.Analytics;

public sealed class PercentilesTests
{
    [Fact]
    public void Nearest_rank_over_a_histogram_equals_nearest_rank_over_the_raw_values()
    {
        var random = new Random(7);
        var raw = Enumerable.Range(0, 501).Select(_ => (long)random.Next(0, 40)).ToList();
        var histogram = raw.GroupBy(v => v).Select(g => (g.Key, (long)g.Count())).ToList();
        var sorted = raw.Order().ToList();

        foreach (var p in new[] { 1.0, 50, 90, 99, 100 })
        {
            Assert.Equal(sorted[(int)Math.Ceiling(p / 100 * sorted.Count) - 1], Percentiles.FromHistogram(histogram, p));
            Assert.Equal(Percentiles.FromHistogram(histogram, p), Percentiles.FromSorted(sorted.Select(v => (double)v).ToList(), p));
        }
    }

    [Fact]
    public void No_values_have_no_percentile()
    {
        Assert.Null(Percentiles.FromHistogram([], 50));
        Assert.Null(Percentiles.FromSorted([], 50));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.FromSorted([], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.FromHistogram([], 101));
    }

    [Fact]
    public void Net_promoter_score_is_promoters_less_detractors()
    {
        Assert.Equal(20.0, NetPromoter.Score(promoters: 5, detractors: 3, answers: 10));
        Assert.Null(NetPromoter.Score(0, 0, 0));
    }

    [Fact]
    public void Month_buckets_follow_the_local_calendar_and_clip_to_the_period()
    {
        var period = new ReportingPeriod(new DateOnly(2026, 1, 15), new DateOnly(2026, 3, 3), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));

        var buckets = period.Buckets(Granularity.Month);

        Assert.Equal(["2026-01", "2026-02", "2026-03"], buckets.Select(b => b.Label));
        Assert.Equal(new DateTimeOffset(2026, 1, 14, 16, 0, 0, TimeSpan.Zero), buckets[0].Start);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 16, 0, 0, TimeSpan.Zero), buckets[^1].End);
        Assert.Equal(buckets[0].End, buckets[1].Start);
    }
}
