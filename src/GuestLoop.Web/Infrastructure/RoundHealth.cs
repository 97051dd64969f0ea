using System.Collections.Concurrent;
using System.Diagnostics;

namespace GuestLoop.Web.Infrastructure;

/// <summary>One item of a round that failed on its own: which, when, why.</summary>
public sealed record RoundItemFailure(DateTimeOffset At, string Item, string Error);

/// <summary>
/// How a periodic round last went on this instance, for the administrator's health page: its last and longest duration
/// since start, and the longest of the write transactions it held (each batch of its writes is one).
/// </summary>
public sealed record RoundStatus(
    string Job, DateTimeOffset? LastStartedAt, TimeSpan? LastDuration, int LastItems, int LastItemFailures, string? LastError,
    long Rounds, long FailedRounds, long ItemFailures, IReadOnlyList<RoundItemFailure> RecentFailures,
    TimeSpan? LongestDuration, double? LongestWriteTransactionMs, long WriteTransactions, DateTimeOffset? LastSucceededAt = null);

/// <summary>
/// What every periodic round did on this instance: each round's start, duration, items handled and items that failed.
/// A round handles each item on its own (<see cref="TryItemAsync"/>): one bad row is logged with its id, shown here,
/// and the round goes on with the others. Durations and the rounds' write transactions also go to the
/// <see cref="GuestLoopMetrics"/> instruments.
/// </summary>
public sealed class RoundHealth(TimeProvider clock, ILogger<RoundHealth> log, GuestLoopMetrics metrics)
{
    private const int RecentMax = 20;
    private readonly ConcurrentDictionary<string, Tally> _jobs = new();

    public IReadOnlyList<RoundStatus> Snapshot() => _jobs.Values.Select(t => t.Status()).OrderBy(s => s.Job, StringComparer.Ordinal).ToList();

    public RoundStatus? Of(string job) => _jobs.TryGetValue(job, out var t) ? t.Status() : null;

    /// <summary>Runs one round, timing it and keeping its outcome; the round's own exception is rethrown to the caller.</summary>
    public async Task RunAsync(string job, Func<CancellationToken, Task> round, CancellationToken ct)
    {
        var tally = _jobs.GetOrAdd(job, j => new Tally(j));
        tally.Start(clock.GetUtcNow());
        var watch = Stopwatch.StartNew();
        Exception? error = null;
        try
        {
            await round(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error = e;
            throw;
        }
        finally
        {
            tally.Finish(watch.Elapsed, error, clock.GetUtcNow());
            metrics.Round(job, watch.Elapsed, error is not null);
        }
    }

    /// <summary>One write transaction of the job, from BEGIN to COMMIT.</summary>
    public void WriteTransaction(string job, TimeSpan held)
    {
        _jobs.GetOrAdd(job, j => new Tally(j)).Wrote(held);
        metrics.WriteTransaction(job, held);
    }

    /// <summary>Counts items handled by the current round of the job.</summary>
    public void Handled(string job, int items) => _jobs.GetOrAdd(job, j => new Tally(j)).Add(items);

    /// <summary>
    /// Does the work for one item; a failure is logged with the item's id and kept, and false is returned so the
    /// round carries on with the next item.
    /// </summary>
    /// <param name="counts">False for a part of a round rather than one of its items (not counted as an item handled).</param>
    public async Task<bool> TryItemAsync(string job, object item, Func<Task> work, CancellationToken ct, bool counts = true)
    {
        try
        {
            await work();
            if (counts)
            {
                Handled(job, 1);
            }

            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            log.LogError(e, "{Job}: item {Item} failed; the round goes on with the others", job, item);
            _jobs.GetOrAdd(job, j => new Tally(j)).Fail(new RoundItemFailure(clock.GetUtcNow(), item.ToString() ?? "?", e.GetType().Name + ": " + e.Message));
            return false;
        }
    }

    private sealed class Tally(string job)
    {
        private readonly Lock _gate = new();
        private readonly Queue<RoundItemFailure> _recent = new();
        private DateTimeOffset? _startedAt, _succeededAt;
        private TimeSpan? _duration, _longest, _longestWrite;
        private long _writes;
        private int _items, _failures, _lastItems, _lastFailures;
        private string? _lastError;
        private long _rounds, _failedRounds, _itemFailures;

        public void Start(DateTimeOffset at)
        {
            lock (_gate)
            {
                _startedAt = at;
                _items = _failures = 0;
            }
        }

        public void Add(int items)
        {
            lock (_gate)
            {
                _items += items;
            }
        }

        public void Fail(RoundItemFailure failure)
        {
            lock (_gate)
            {
                _failures++;
                _itemFailures++;
                _recent.Enqueue(failure);
                while (_recent.Count > RecentMax)
                {
                    _recent.Dequeue();
                }
            }
        }

        public void Wrote(TimeSpan held)
        {
            lock (_gate)
            {
                _writes++;
                _longestWrite = _longestWrite is { } w && w >= held ? w : held;
            }
        }

        public void Finish(TimeSpan duration, Exception? error, DateTimeOffset at)
        {
            lock (_gate)
            {
                _succeededAt = error is null ? at : _succeededAt;
                _duration = duration;
                _longest = _longest is { } l && l >= duration ? l : duration;
                _rounds++;
                (_lastItems, _lastFailures) = (_items, _failures);
                _lastError = error is null ? null : error.GetType().Name + ": " + error.Message;
                if (error is not null)
                {
                    _failedRounds++;
                }
            }
        }

        public RoundStatus Status()
        {
            lock (_gate)
            {
                return new RoundStatus(job, _startedAt, _duration, _lastItems, _lastFailures, _lastError, _rounds, _failedRounds, _itemFailures,
                    _recent.Reverse().ToList(), _longest, _longestWrite?.TotalMilliseconds, _writes, _succeededAt);
            }
        }
    }
}
