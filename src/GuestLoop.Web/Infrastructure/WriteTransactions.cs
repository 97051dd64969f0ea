namespace GuestLoop.Web.Infrastructure;

/// <summary>The longest write transaction on this instance since start, who held it and when, and how many went over the limit.</summary>
public sealed record WriteTransactionStatus(double? LongestMs, string? LongestSource, DateTimeOffset? LongestAt, long Count, long OverLimit,
    double LimitMs);

/// <summary>
/// How long write transactions held the database on this instance. Whoever holds one reports it here with the time it
/// held the lock (after BEGIN, until COMMIT): each bounded batch of a periodic round (<see cref="RoundBatches"/>), and
/// the single-writer path of SQLite for every transaction that goes through it. Shown on the health page and in
/// GET /api/v1/health/write-transactions, and recorded in the <c>guestloop.db.write_transaction.duration</c> histogram.
/// </summary>
public sealed class WriteTransactions(GuestLoopMetrics metrics, TimeProvider clock)
{
    /// <summary>The bound: no write transaction holds the database longer than this.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(250);

    private readonly Lock _gate = new();
    private TimeSpan? _longest;
    private string? _longestSource;
    private DateTimeOffset? _longestAt;
    private long _count, _overLimit;

    public void Record(string source, TimeSpan held)
    {
        metrics.WriteTransaction(source, held);
        lock (_gate)
        {
            _count++;
            _overLimit += held > Limit ? 1 : 0;
            if (_longest is null || held > _longest)
            {
                (_longest, _longestSource, _longestAt) = (held, source, clock.GetUtcNow());
            }
        }
    }

    public WriteTransactionStatus Snapshot()
    {
        lock (_gate)
        {
            return new WriteTransactionStatus(_longest?.TotalMilliseconds, _longestSource, _longestAt, _count, _overLimit, Limit.TotalMilliseconds);
        }
    }
}
