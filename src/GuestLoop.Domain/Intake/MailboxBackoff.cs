namespace GuestLoop.Domain.Intake;

/// <summary>
/// When a mailbox that failed is tried again: the poll interval, doubled with each consecutive failure, at most
/// <see cref="Max"/>; a success resets it. A server that is down is not hammered, and one that comes back is
/// noticed within the hour.
/// </summary>
public static class MailboxBackoff
{
    public static readonly TimeSpan Max = TimeSpan.FromHours(1);

    public static TimeSpan Delay(int consecutiveFailures, TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        if (consecutiveFailures <= 0)
        {
            return interval;
        }

        var max = interval > Max ? interval : Max;
        // 2^(n-1), stopping before the multiplication could overflow.
        var factor = Math.Pow(2, Math.Min(consecutiveFailures - 1, 30));
        var ticks = interval.Ticks * factor;
        return ticks >= max.Ticks ? max : TimeSpan.FromTicks((long)ticks);
    }

    public static DateTimeOffset NextAttempt(DateTimeOffset now, int consecutiveFailures, TimeSpan interval) =>
        now + Delay(consecutiveFailures, interval);
}
