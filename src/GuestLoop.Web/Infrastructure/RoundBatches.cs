using System.Diagnostics;
using GuestLoop.Web.Data;
using Microsoft.Data.Sqlite;

namespace GuestLoop.Web.Infrastructure;

/// <summary>
/// How a periodic round writes: after the reads that decide what to write, in short transactions of at most
/// <see cref="Size"/> items, each committed on its own and timed (<see cref="RoundHealth.WriteTransaction"/>). Every
/// write goes through an explicit transaction, so on SQLite it takes the write gate in turn like intake; between two
/// batches the round steps aside for as long as the batch held the database, so requests are served first and a
/// round never keeps a core busy on its own. A batch that fails is written again item by item, each in a transaction of
/// its own: one bad row is reported with its id and the others are written.
/// </summary>
public static class RoundBatches
{
    /// <summary>The most items one write transaction of a round holds.</summary>
    public const int Size = 200;

    private static readonly TimeSpan MinimumPause = TimeSpan.FromMilliseconds(5), MaximumPause = TimeSpan.FromMilliseconds(250);

    /// <summary>Writes the items a batch at a time; <paramref name="write"/> returns true for an item it wrote. Returns how many were written.</summary>
    public static async Task<int> WriteAsync<T>(GuestLoopDbContext db, RoundHealth health, string job, IReadOnlyList<T> items,
        Func<T, Task<bool>> write, Func<T, object> name, CancellationToken ct, int size = Size)
    {
        var written = 0;
        var batches = items.Chunk(size).ToList();
        for (var i = 0; i < batches.Count; i++)
        {
            var batch = batches[i];
            var held = TimeSpan.Zero;
            try
            {
                (var count, held) = await TimedAsync(db, health, job, async () =>
                {
                    var n = 0;
                    foreach (var item in batch)
                    {
                        n += await write(item) ? 1 : 0;
                    }

                    return n;
                }, ct);
                written += count;
            }
            catch (Exception e) when ((e is not OperationCanceledException || !ct.IsCancellationRequested) && !IsBusy(e))
            {
                db.ChangeTracker.Clear();
                foreach (var item in batch)
                {
                    await health.TryItemAsync(job, name(item), async () =>
                    {
                        try
                        {
                            written += await InTransactionAsync(db, health, job, async () => await write(item) ? 1 : 0, ct);
                        }
                        finally
                        {
                            db.ChangeTracker.Clear();
                        }
                    }, ct, counts: false);
                }
            }

            if (i < batches.Count - 1)
            {
                await StepAsideAsync(held, ct);
            }
        }

        return written;
    }

    /// <summary>One write transaction of the round: begins, does the work, saves what it tracked, commits; the time it held the database is recorded.</summary>
    public static async Task<TResult> InTransactionAsync<TResult>(GuestLoopDbContext db, RoundHealth health, string job, Func<Task<TResult>> work,
        CancellationToken ct) => (await TimedAsync(db, health, job, work, ct)).Result;

    /// <summary>The same for a write with no result.</summary>
    public static Task InTransactionAsync(GuestLoopDbContext db, RoundHealth health, string job, Func<Task> work, CancellationToken ct) =>
        InTransactionAsync(db, health, job, async () =>
        {
            await work();
            return true;
        }, ct);

    /// <summary>
    /// No turn to write came in time (the write gate's wait, or SQLite's own busy timeout): no row of the batch is at
    /// fault, and trying each alone would only wait again — the round fails and its next tick tries the batch again.
    /// </summary>
    private static bool IsBusy(Exception e) =>
        e is TimeoutException || e.InnerException is TimeoutException
        || (e as SqliteException ?? e.InnerException as SqliteException) is { SqliteErrorCode: 5 or 6 };

    /// <summary>Real time, not the app's clock: the pause shares the machine, it is no business time (a test's fake clock never runs it out).</summary>
    public static Task StepAsideAsync(TimeSpan held, CancellationToken ct) =>
        Task.Delay(held < MinimumPause ? MinimumPause : held > MaximumPause ? MaximumPause : held, ct);

    /// <summary>
    /// The transaction runs on the thread pool at normal priority even when the round runs on its low-priority thread: a
    /// thread that holds the database's write lock (SQLite's gate, PostgreSQL's row locks) must not wait for idle cores
    /// while requests wait for it.
    /// </summary>
    private static Task<(TResult Result, TimeSpan Held)> TimedAsync<TResult>(GuestLoopDbContext db, RoundHealth health, string job,
        Func<Task<TResult>> work, CancellationToken ct) => Task.Run(async () =>
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var started = Stopwatch.GetTimestamp();
        var result = await work();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        var held = Stopwatch.GetElapsedTime(started);
        health.WriteTransaction(job, held);
        return (result, held);
    }, ct);
}
