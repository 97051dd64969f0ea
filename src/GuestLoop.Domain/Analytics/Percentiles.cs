namespace GuestLoop.Domain.Analytics;

/// <summary>
/// Percentiles by nearest rank, so the answer is always a value that occurred: from a histogram of whole values
/// (minutes) and their counts, as the database returns them grouped, or from values already sorted.
/// </summary>
public static class Percentiles
{
    public static long? FromHistogram(IEnumerable<(long Value, long Count)> histogram, double percentile)
    {
        Check(percentile);
        var sorted = histogram.Where(h => h.Count > 0).OrderBy(h => h.Value).ToList();
        var total = sorted.Sum(h => h.Count);
        if (total == 0)
        {
            return null;
        }

        var rank = Rank(percentile, total);
        long seen = 0;
        foreach (var (value, count) in sorted)
        {
            seen += count;
            if (seen >= rank)
            {
                return value;
            }
        }

        return sorted[^1].Value;
    }

    /// <summary>The same rule over values already in ascending order (measured in memory rather than grouped).</summary>
    public static double? FromSorted(IReadOnlyList<double> sorted, double percentile)
    {
        Check(percentile);
        return sorted.Count == 0 ? null : sorted[(int)Math.Min(Rank(percentile, sorted.Count), sorted.Count) - 1];
    }

    private static void Check(double percentile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(percentile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
    }

    /// <summary>The nearest rank, 1 to <paramref name="total"/>, of a percentile above 0 and at most 100.</summary>
    private static long Rank(double percentile, long total) => (long)Math.Ceiling(percentile / 100 * total);
}
