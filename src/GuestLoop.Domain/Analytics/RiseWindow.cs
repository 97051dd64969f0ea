namespace GuestLoop.Domain.Analytics;

/// <summary>
/// The local-date windows a rise is judged on: the current window (today, or the 7 days to today), the same
/// dates in each of the previous years, and the windows of the same length just before the current one.
/// </summary>
public sealed record RiseWindow(string Name, DateOnly First, DateOnly Last)
{
    public const int PreviousYears = 3;
    public const int RecentWindows = 8;

    public static RiseWindow Day(DateOnly today) => new("day", today, today);

    public static RiseWindow Week(DateOnly today) => new("week", today.AddDays(-6), today);

    public int Days => Last.DayNumber - First.DayNumber + 1;

    public IReadOnlyList<RiseWindow> SameWindowInPreviousYears() =>
        Enumerable.Range(1, PreviousYears).Select(y => this with { First = First.AddYears(-y), Last = Last.AddYears(-y) }).ToList();

    /// <summary>Same-length windows just before this one; for a day, the same weekday in earlier weeks (weekday patterns differ).</summary>
    public IReadOnlyList<RiseWindow> Recent()
    {
        var step = Days == 1 ? 7 : Days;
        return Enumerable.Range(1, RecentWindows).Select(i => this with { First = First.AddDays(-step * i), Last = Last.AddDays(-step * i) }).ToList();
    }
}
