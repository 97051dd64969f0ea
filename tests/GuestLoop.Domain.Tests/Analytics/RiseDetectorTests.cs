using GuestLoop.Domain.Analytics;

namespace GuestLoop.Domain.Tests.Analytics;

public sealed class RiseDetectorTests
{
    private static readonly RiseDetector Detector = new();

    [Fact]
    public void A_synthetic_spike_over_a_quiet_history_is_significant()
    {
        var assessment = Detector.Assess(count: 12, sameWindowPreviousYears: [1, 2, 1], recentWindows: [1, 0, 2, 1, 1, 0, 1, 2]);

        Assert.True(assessment.IsSignificant);
        Assert.Equal(1.33, assessment.Baseline, 2);
        Assert.True(assessment.PValue < 1e-6);
    }

    [Fact]
    public void The_golden_week_peak_seen_every_year_is_not_an_alarm()
    {
        // Quiet weeks before, but the same week of each earlier year was as busy as this one.
        var assessment = Detector.Assess(count: 30, sameWindowPreviousYears: [28, 26, 33], recentWindows: [6, 5, 7, 6, 4, 6, 5, 7]);

        Assert.False(assessment.IsSignificant);
        Assert.Equal(29, assessment.Baseline, 6);
    }

    [Fact]
    public void The_same_count_without_the_seasonal_history_would_be_an_alarm()
    {
        Assert.True(Detector.Assess(30, [], [6, 5, 7, 6, 4, 6, 5, 7]).IsSignificant);
    }

    [Theory]
    [InlineData(4, false)] // below the minimum count, however quiet the history
    [InlineData(5, true)]
    public void A_rise_needs_the_minimum_count(int count, bool significant) =>
        Assert.Equal(significant, Detector.Assess(count, [0, 0, 0], [0, 0, 0, 0]).IsSignificant);

    [Fact]
    public void A_rise_on_a_busy_property_is_judged_against_its_own_level()
    {
        Assert.False(Detector.Assess(110, [100, 95, 105], [98, 102, 100, 99]).IsSignificant);
        Assert.True(Detector.Assess(260, [100, 95, 105], [98, 102, 100, 99]).IsSignificant);
    }

    [Theory]
    [InlineData(0, 3.0, 1.0)]
    [InlineData(1, 2.0, 0.8646647167633873)] // 1 − e^−2
    [InlineData(3, 1.0, 0.08030139707139416)] // 1 − e^−1(1 + 1 + 1/2)
    public void The_poisson_tail_matches_its_closed_form(int k, double mean, double expected) =>
        Assert.Equal(expected, RiseDetector.PoissonUpperTail(k, mean), 12);

    [Fact]
    public void The_poisson_tail_does_not_underflow_for_a_large_mean()
    {
        var p = RiseDetector.PoissonUpperTail(800, 700);
        Assert.InRange(p, 1e-5, 1e-3);
    }

    [Fact]
    public void Windows_look_back_to_the_same_dates_and_the_same_weekdays()
    {
        var week = RiseWindow.Week(new DateOnly(2026, 10, 7));
        var day = RiseWindow.Day(new DateOnly(2026, 10, 7));

        Assert.Equal((new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 7)), (week.SameWindowInPreviousYears()[0].First, week.SameWindowInPreviousYears()[0].Last));
        Assert.Equal(new DateOnly(2026, 9, 24), week.Recent()[0].First);
        Assert.Equal(new DateOnly(2026, 9, 30), day.Recent()[0].First);
        Assert.Equal(RiseWindow.RecentWindows, day.Recent().Count);
    }
}
