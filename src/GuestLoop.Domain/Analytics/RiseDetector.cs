namespace GuestLoop.Domain.Analytics;

/// <summary>
/// Decides whether a property's count of one category in a window (today, this week) is an unusual rise
/// against its own history. The baseline is the larger of two expectations, so a peak that comes every year
/// (Golden Week) is expected rather than alarming:
/// - seasonal: the mean count of the same calendar window in previous years;
/// - recent: the median of the same-length windows just before this one.
/// A rise is significant when the count reaches the minimum, exceeds the baseline by the minimum factor, and
/// a Poisson count with the baseline as its mean would reach it with probability below the significance level.
/// </summary>
public sealed record RiseDetector(int MinimumCount = 5, double MinimumFactor = 2.0, double Significance = 0.001, double Floor = 0.5)
{
    public RiseAssessment Assess(int count, IReadOnlyList<int> sameWindowPreviousYears, IReadOnlyList<int> recentWindows)
    {
        double? seasonal = sameWindowPreviousYears.Count == 0 ? null : sameWindowPreviousYears.Average();
        double? recent = recentWindows.Count == 0 ? null : Median(recentWindows);
        var baseline = Math.Max(Floor, Math.Max(seasonal ?? 0, recent ?? 0));
        var p = PoissonUpperTail(count, baseline);
        var significant = count >= MinimumCount && count >= MinimumFactor * baseline && p < Significance;
        return new RiseAssessment(count, baseline, seasonal, recent, p, significant);
    }

    /// <summary>P(X ≥ k) for X ~ Poisson(mean), summed in log space so large counts do not overflow.</summary>
    public static double PoissonUpperTail(int k, double mean)
    {
        if (k <= 0)
        {
            return 1;
        }

        // 1 − P(X ≤ k−1), each term exp(−mean + i·ln mean − ln i!) so a mean of hundreds does not underflow to 0.
        double logTerm = -mean, logMean = Math.Log(mean), cumulative = Math.Exp(logTerm);
        for (var i = 1; i < k; i++)
        {
            logTerm += logMean - Math.Log(i);
            cumulative += Math.Exp(logTerm);
        }

        return Math.Max(0, 1 - cumulative);
    }

    private static double Median(IReadOnlyList<int> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}

/// <summary>The evidence of one assessment: what was counted, what was expected, and how unlikely the count was.</summary>
public sealed record RiseAssessment(int Count, double Baseline, double? Seasonal, double? Recent, double PValue, bool IsSignificant);
