namespace GuestLoop.Web.Data.Writing;

/// <summary>The longest of something in one minute (UTC, the minute's start) and who or what it was.</summary>
public sealed record MinuteLongest(DateTimeOffset Minute, TimeSpan Longest, string? By);

/// <summary>
/// The longest duration seen in each of the last hour's minutes: a figure "since the start" keeps the cold start's first
/// transaction for ever, while the health page and a soak ask what the longest was in the minutes they look at.
/// </summary>
public sealed class LongestByMinute
{
    public const int Minutes = 60;

    private readonly MinuteLongest?[] _ring = new MinuteLongest?[Minutes];
    private readonly object _lock = new();

    public void Record(DateTimeOffset at, TimeSpan took, string? by)
    {
        var minute = new DateTimeOffset(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        var slot = (int)(minute.UtcTicks / TimeSpan.TicksPerMinute % Minutes);
        lock (_lock)
        {
            var current = _ring[slot];
            if (current is null || current.Minute != minute)
            {
                _ring[slot] = new MinuteLongest(minute, took, by);
            }
            else if (took > current.Longest)
            {
                _ring[slot] = current with { Longest = took, By = by };
            }
        }
    }

    /// <summary>The minutes of the last hour that saw anything, oldest first.</summary>
    public IReadOnlyList<MinuteLongest> Snapshot(DateTimeOffset now)
    {
        lock (_lock)
        {
            return _ring.OfType<MinuteLongest>().Where(m => m.Minute > now.AddMinutes(-Minutes)).OrderBy(m => m.Minute).ToList();
        }
    }
}
