using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GuestLoop.Web.Data.Writing;

/// <summary>
/// What the write path has done on this instance: how long writers held and waited for the database, since the start and
/// in each minute of the last hour.
/// </summary>
public sealed record WriteTransactionStats(long Transactions, TimeSpan LongestHeld, string? LongestHeldBy, TimeSpan LastHeld, TimeSpan LongestWait,
    IReadOnlyList<MinuteLongest> LongestHeldByMinute);

/// <summary>
/// SQLite lets one writer in at a time and makes the others sleep and retry (150 ms a time in Microsoft.Data.Sqlite) until
/// the lock is free, so under load requests wait in a lottery and the unlucky ones time out. Every write transaction and
/// every write outside one takes this gate first, in arrival order, and only then sends <c>BEGIN IMMEDIATE</c>: a writer
/// waits its turn in a queue instead of a busy loop. One gate per database, so per application instance.
/// </summary>
public sealed class SqliteWriteGate
{
    public static readonly Meter Meter = new("GuestLoop.Database");
    private static readonly Histogram<double> HeldHistogram = Meter.CreateHistogram<double>("guestloop.db.write_transaction.duration", "ms",
        "How long a writer held the database's write lock.");
    private static readonly Histogram<double> WaitHistogram = Meter.CreateHistogram<double>("guestloop.db.write_transaction.wait", "ms",
        "How long a writer waited for its turn.");

    /// <summary>Who is writing, for the record of the longest write (a round's name; a request otherwise).</summary>
    public static readonly AsyncLocal<string?> Writer = new();

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TimeSpan _patience;
    private readonly object _statsLock = new();
    private long _transactions;
    private TimeSpan _longestHeld, _lastHeld, _longestWait;
    private string? _longestHeldBy;
    private readonly LongestByMinute _byMinute = new();

    public SqliteWriteGate(TimeSpan patience) => _patience = patience;

    public WriteTransactionStats Stats()
    {
        lock (_statsLock)
        {
            return new WriteTransactionStats(_transactions, _longestHeld, _longestHeldBy, _lastHeld, _longestWait, _byMinute.Snapshot(DateTimeOffset.UtcNow));
        }
    }

    public async ValueTask<Turn> EnterAsync(string who, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        if (!await _gate.WaitAsync(_patience, ct))
        {
            throw new TimeoutException($"No turn to write within {_patience.TotalSeconds:N0} s.");
        }

        return Entered(who, start);
    }

    public Turn Enter(string who)
    {
        var start = Stopwatch.GetTimestamp();
        if (!_gate.Wait(_patience))
        {
            throw new TimeoutException($"No turn to write within {_patience.TotalSeconds:N0} s.");
        }

        return Entered(who, start);
    }

    private Turn Entered(string who, long waitStart)
    {
        var waited = Stopwatch.GetElapsedTime(waitStart);
        WaitHistogram.Record(waited.TotalMilliseconds);
        lock (_statsLock)
        {
            if (waited > _longestWait)
            {
                _longestWait = waited;
            }
        }

        return new Turn(this, who);
    }

    private void Leave(string who, TimeSpan held)
    {
        HeldHistogram.Record(held.TotalMilliseconds);
        lock (_statsLock)
        {
            _transactions++;
            _lastHeld = held;
            if (held > _longestHeld)
            {
                (_longestHeld, _longestHeldBy) = (held, who);
            }
        }

        _byMinute.Record(DateTimeOffset.UtcNow, held, who);

        _gate.Release();
    }

    /// <summary>One writer's turn; ending it (once, whatever the outcome) lets the next writer in.</summary>
    public sealed class Turn : IDisposable
    {
        private readonly SqliteWriteGate _gate;
        private readonly string _who;
        private readonly long _start = Stopwatch.GetTimestamp();
        private int _ended;

        internal Turn(SqliteWriteGate gate, string who) => (_gate, _who) = (gate, who);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                _gate.Leave(_who, Stopwatch.GetElapsedTime(_start));
            }
        }
    }
}
