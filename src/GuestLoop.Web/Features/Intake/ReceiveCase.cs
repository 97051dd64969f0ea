using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Threading.Channels;
using GuestLoop.Web.Data.Writing;
using GuestLoop.Web.Infrastructure;

namespace GuestLoop.Web.Features.Intake;

/// <summary>
/// The one way in for a new case. Every channel — the API, the guest's form, the workspace, mail, webhooks, imports —
/// turns its input into a <see cref="CaseIntake"/> and hands it here. One writer takes the waiting intakes together and
/// saves them in one transaction (group commit: one lock and one sync to disk for all of them); each caller is answered
/// only after that commit, so an acknowledged case is on disk. If the batch fails, each intake is saved on its own, so
/// one bad intake (a repeated key) fails alone.
/// </summary>
public sealed class ReceiveCase(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ReceiveCase> log, IntakeWriters writers,
    ProductMetrics metrics, IMeterFactory meters) : BackgroundService
{
    public const string MeterName = "GuestLoop.Intake";

    /// <summary>How many waiting intakes one transaction takes at most.</summary>
    public const int MaxBatch = 128;

    /// <summary>
    /// How long one batch should hold SQLite's write lock: a batch takes as many waiting intakes as fit in it at the cost
    /// per case of the recent batches, so a queue that built up (a slow start, a busy machine) is worked off in several
    /// short transactions instead of one that keeps every other writer waiting. On PostgreSQL a batch holds no lock the
    /// other writers need (its case numbers are reserved before it), so there is no budget: there a slow commit (a sync to
    /// disk, a busy server) is a reason to take more of the waiting intakes into one, not fewer.
    /// </summary>
    public static readonly TimeSpan BatchBudget = TimeSpan.FromMilliseconds(100);

    private long _batches, _saved, _largest, _longestTicks, _totalTicks;

    /// <summary>The recent cost of one case in the writer, in ticks (a moving average over the batches).</summary>
    private double _perCaseTicks;

    private readonly LongestByMinute _byMinute = new();

    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(10_000));

    /// <summary>What the writer has done on this instance, for the health page and the benchmarks.</summary>
    public IntakeWriterStats Stats() => new(Interlocked.Read(ref _batches), Interlocked.Read(ref _saved), Interlocked.Read(ref _largest),
        TimeSpan.FromTicks(Interlocked.Read(ref _longestTicks)), TimeSpan.FromTicks(Interlocked.Read(ref _totalTicks)), _queue.Reader.Count,
        _byMinute.Snapshot(DateTimeOffset.UtcNow));

    public async Task<ReceivedCase> ReceiveAsync(CaseIntake intake, CancellationToken ct)
    {
        var pending = new Pending(intake, clock.GetUtcNow());
        await _queue.Writer.WriteAsync(pending, ct);
        // Not cancelled with the request: once queued, the case is saved whether or not the caller still waits.
        return await pending.Done.Task;
    }

    /// <summary>
    /// Many cases at once (an import): saved in transactions of <paramref name="chunk"/> cases, each one short, so the
    /// single writer goes on taking the other channels' cases between them.
    /// </summary>
    public async Task ReceiveManyAsync(IReadOnlyList<CaseIntake> intakes, int chunk, Action<int> progress, CancellationToken ct)
    {
        var at = clock.GetUtcNow();
        for (var i = 0; i < intakes.Count; i += chunk)
        {
            var part = intakes.Skip(i).Take(chunk).Select(x => new Pending(x, at)).ToList();
            await _queue.Writer.WriteAsync(new Pending(part), ct);
            await Task.WhenAll(part.Select(p => p.Done.Task));
            progress(i + part.Count);
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Read when the metrics are collected; the factory's meter lives as long as the host.
        meters.Create(MeterName).CreateObservableGauge("guestloop.intake.queue.length", () => _queue.Reader.Count,
            description: "Intakes waiting for the case writer");
        return Task.WhenAll(Enumerable.Range(0, writers.Count).Select(_ => Task.Run(() => WriteLoopAsync(stoppingToken), CancellationToken.None)));
    }

    private async Task WriteLoopAsync(CancellationToken stoppingToken)
    {
        SqliteWriteGate.Writer.Value = "intake";
        var batch = new List<Pending>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                var limit = BatchLimit();
                while (batch.Count < limit && _queue.Reader.TryRead(out var next))
                {
                    if (next.Chunk is { } chunk)
                    {
                        await WriteAsync(chunk);
                        continue;
                    }

                    batch.Add(next);
                }

                await WriteAsync(batch);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
        // What was queued before the stop is still saved (or failed), never left unanswered.
        var rest = new List<Pending>();
        while (_queue.Reader.TryRead(out var next))
        {
            rest.AddRange(next.Chunk ?? [next]);
        }

        await WriteAsync(rest);
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        if (await TrySaveAsync(batch) || batch.Count == 1)
        {
            return;
        }

        foreach (var one in batch)
        {
            await TrySaveAsync([one]);
        }
    }

    private async Task<bool> TrySaveAsync(List<Pending> batch)
    {
        try
        {
            var start = Stopwatch.GetTimestamp();
            await using var scope = scopes.CreateAsyncScope();
            var saved = await scope.ServiceProvider.GetRequiredService<IntakeBatch>()
                .SaveAsync(batch.Select(p => (p.Intake, p.At)).ToList(), CancellationToken.None);
            Count(batch.Count, Stopwatch.GetElapsedTime(start));
            for (var i = 0; i < batch.Count; i++)
            {
                metrics.CaseReceived(batch[i].Intake.Case.Channel, batch[i].Intake.Case.Kind);
                batch[i].Done.TrySetResult(saved[i]);
            }

            return true;
        }
        catch (Exception e) when (batch.Count > 1)
        {
            log.LogDebug(e, "A batch of {Count} intakes failed; saving them one by one", batch.Count);
            return false;
        }
        catch (Exception e)
        {
            batch[0].Done.TrySetException(e);
            return false;
        }
    }

    /// <summary>
    /// How many intakes the next batch takes: on SQLite those that fit in <see cref="BatchBudget"/>, 1 to
    /// <see cref="MaxBatch"/>; on PostgreSQL all that wait, up to <see cref="MaxBatch"/>.
    /// </summary>
    private int BatchLimit() => BatchLimit(writers.Budgeted, Volatile.Read(ref _perCaseTicks));

    /// <summary>The rule of <see cref="BatchLimit()"/>: <paramref name="perCaseTicks"/> is the recent time per case (0: none yet).</summary>
    public static int BatchLimit(bool budgeted, double perCaseTicks) =>
        !budgeted || perCaseTicks <= 0 ? MaxBatch : (int)Math.Clamp(BatchBudget.Ticks / perCaseTicks, 1, MaxBatch);

    private void Count(int size, TimeSpan took)
    {
        var perCase = (double)took.Ticks / size;
        var previous = Volatile.Read(ref _perCaseTicks);
        Volatile.Write(ref _perCaseTicks, previous <= 0 ? perCase : (0.8 * previous) + (0.2 * perCase));
        _byMinute.Record(DateTimeOffset.UtcNow, took, size == 1 ? "1 case" : $"{size} cases");

        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _saved, size);
        Interlocked.Add(ref _totalTicks, took.Ticks);
        if (size > Interlocked.Read(ref _largest))
        {
            Interlocked.Exchange(ref _largest, size);
        }

        if (took.Ticks > Interlocked.Read(ref _longestTicks))
        {
            Interlocked.Exchange(ref _longestTicks, took.Ticks);
        }
    }

    private sealed class Pending
    {
        public Pending(CaseIntake intake, DateTimeOffset at) => (Intake, At) = (intake, at);

        public Pending(List<Pending> chunk) => (Intake, Chunk) = (chunk[0].Intake, chunk);

        public CaseIntake Intake { get; }

        public DateTimeOffset At { get; }

        /// <summary>An import's chunk: saved as one transaction of its own, never mixed with other intakes.</summary>
        public List<Pending>? Chunk { get; }

        public TaskCompletionSource<ReceivedCase> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>
/// Batches written, cases saved, the largest batch, the longest and total time in the writer, intakes waiting now, and
/// the longest batch in each minute of the last hour.
/// </summary>
public sealed record IntakeWriterStats(long Batches, long Saved, long LargestBatch, TimeSpan LongestBatch, TimeSpan TotalTime, int Waiting,
    IReadOnlyList<MinuteLongest> LongestBatchByMinute);

/// <summary>
/// How many batches are saved at once: one on SQLite (one writer at a time is all it allows); on PostgreSQL
/// <c>GuestLoop:Intake:Writers</c> (4 by default), so round trips to the server overlap. <paramref name="Budgeted"/>: a
/// batch is cut to <see cref="ReceiveCase.BatchBudget"/> (SQLite, where it holds the one write lock).
/// </summary>
public sealed record IntakeWriters(int Count, bool Budgeted)
{
    public static IntakeWriters For(bool postgres, int postgresWriters) =>
        postgres ? new(Math.Clamp(postgresWriters, 1, 32), Budgeted: false) : new(1, Budgeted: true);
}
