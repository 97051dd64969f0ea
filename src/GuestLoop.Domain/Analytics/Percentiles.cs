namespace GuestLoop.Domain.Analytics;

/// <summary>
/// Percentiles from a histogram of whole values (minutes) and their counts, as the database returns them
/// grouped: nearest rank, so the answer is always a value that occurred.
/// </summary>
public static class Percentiles
{
    public static long? FromHistogram(IEnumerable<(long Value, long Count)> histogram, double percentile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(percentile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
        var sorted = histogram.Where(h => h.Count > 0).OrderBy(h => h.Value).ToList();
        var total = sorted.Sum(h => h.Count);
        if (total == 0)
        {
            return null;
        }

        var rank = (long)Math.Ceiling(percentile / 100 * total);
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
}
