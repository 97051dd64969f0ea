using GuestLoop.Web.Features.Analytics;

namespace GuestLoop.Web.Tests.Features.Analytics;

/// <summary>The dashboard's satisfaction lines: a week nobody answered is a gap, not a score of zero.</summary>
public sealed class SatisfactionSeriesTests
{
    [Fact]
    public void A_week_without_answers_is_a_gap_in_both_lines()
    {
        var period = new StatsPeriodJson(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 22), "Asia/Shanghai", "week", ["2026-03-02", "2026-03-09", "2026-03-16"]);
        var trend = new List<SatisfactionPointJson>
        {
            new("2026-03-02", 4, 4.5, 4, 2, 1, 25),
            new("2026-03-09", 0, null, 0, 0, 0, null),
            new("2026-03-16", 2, 3.0, 2, 0, 2, -100),
        };

        var series = DashboardPage.SatisfactionSeries(new SatisfactionJson(period, 6, 4.0, 2, -16.7, trend));

        Assert.Equal([4.5, null, 3.0], series[0].Data.Points.Select(p => p.HasValue ? p.Y : (double?)null));
        Assert.Equal([1.25, null, -5.0], series[1].Data.Points.Select(p => p.HasValue ? p.Y : (double?)null));
    }
}
