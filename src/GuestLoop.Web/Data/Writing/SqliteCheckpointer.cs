using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Data.Writing;

/// <summary>
/// What the checkpointer has done on this instance: passes, the longest pass, the log's pages at the last pass and at
/// most, and the restarts of the log (done, and given up because a reader stayed longer than the restart waits).
/// </summary>
public sealed record CheckpointStats(long Passes, TimeSpan LongestPass, int LastLogPages, int LongestLogPages, long Restarts, long RestartsGivenUp);

/// <summary>
/// Copies the write-ahead log into the database file, off the write path. SQLite's own checkpoint runs inside the commit
/// of whichever transaction takes the log past 1,000 pages: that writer copies the pages into the database file and
/// waits for its sync while it still holds its turn at the <see cref="SqliteWriteGate"/>, so every writer queued behind
/// it waits as well — at 100 intakes a second, every two to four seconds, for tens to hundreds of milliseconds. Here
/// the app's connections leave the checkpoint to this service (their automatic one starts only at
/// <see cref="FallbackPages"/>, in case this one stops), which runs a passive checkpoint on a connection of its own every
/// <c>GuestLoop:Database:CheckpointMilliseconds</c> (1,000 by default; 0 turns it off and leaves SQLite's): readers and
/// writers go on while it copies. A log is written from its beginning again only when a writer starts with every page of
/// it copied and no reader still on it, which under steady reads and writes hardly ever happens, so the log kept growing
/// (10,000 pages in a soak) and every read looked further through it. Once it holds <see cref="RestartPages"/>, a pass
/// takes its turn at the <see cref="SqliteWriteGate"/> and restarts it, waiting at most <see cref="RestartWait"/> for the
/// readers still on it.
/// </summary>
public sealed class SqliteCheckpointer(IServiceScopeFactory scopes, SqliteWriteGate gate, TimeSpan interval, ILogger<SqliteCheckpointer> log)
    : BackgroundService
{
    /// <summary>The log's size (pages of 4 KiB) at which a pass restarts it.</summary>
    public const int RestartPages = 4_000;

    /// <summary>How long a restart waits for readers still on the log while writers wait for it.</summary>
    public static readonly TimeSpan RestartWait = TimeSpan.FromMilliseconds(20);

    /// <summary>Where the connections' own automatic checkpoint starts while this service runs (SQLite's default is 1,000).</summary>
    public const int FallbackPages = 10_000;

    public const int DefaultMilliseconds = 1_000;

    private static readonly Histogram<double> PassHistogram = SqliteWriteGate.Meter.CreateHistogram<double>("guestloop.db.checkpoint.duration", "ms",
        "How long a checkpoint of the write-ahead log took (off the write path).");

    private readonly object _statsLock = new();
    private long _passes, _restarts, _givenUp;
    private TimeSpan _longest;
    private int _lastLog, _longestLog;

    public CheckpointStats Stats()
    {
        lock (_statsLock)
        {
            return new CheckpointStats(_passes, _longest, _lastLog, _longestLog, _restarts, _givenUp);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string connectionString;
        await using (var scope = scopes.CreateAsyncScope())
        {
            connectionString = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>().Database.GetConnectionString()
                ?? throw new InvalidOperationException("No SQLite connection string.");
        }

        // A connection of its own, never pooled with the app's: it only reads the log's index and copies pages.
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = false };
        using var timer = new PeriodicTimer(interval);
        await using var connection = new SqliteConnection(builder.ToString());
        try
        {
            await connection.OpenAsync(stoppingToken);
            await using (var setup = connection.CreateCommand())
            {
                setup.CommandText = $"PRAGMA busy_timeout = {(int)RestartWait.TotalMilliseconds};";
                await setup.ExecuteNonQueryAsync(stoppingToken);
            }

            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await PassAsync(connection, stoppingToken);
                }
                catch (SqliteException e)
                {
                    // The next pass tries again; the connections' own checkpoint bounds the log meanwhile.
                    log.LogWarning(e, "Checkpoint of the write-ahead log failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task PassAsync(SqliteConnection connection, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        var (_, logPages) = await CheckpointAsync(connection, "PASSIVE", ct);
        var took = Stopwatch.GetElapsedTime(start);
        PassHistogram.Record(took.TotalMilliseconds);
        lock (_statsLock)
        {
            _passes++;
            _longest = took > _longest ? took : _longest;
            _lastLog = logPages;
            _longestLog = Math.Max(_longestLog, logPages);
        }

        if (logPages < RestartPages)
        {
            return;
        }

        bool blocked;
        using (await gate.EnterAsync("checkpoint", ct))
        {
            (blocked, _) = await CheckpointAsync(connection, "RESTART", ct);
        }

        lock (_statsLock)
        {
            if (blocked)
            {
                _givenUp++;
            }
            else
            {
                _restarts++;
            }
        }
    }

    /// <summary>One checkpoint: whether it was blocked from completing, and the pages in the log.</summary>
    private static async Task<(bool Blocked, int LogPages)> CheckpointAsync(SqliteConnection connection, string mode, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode});";
        await using var reader = await command.ExecuteReaderAsync(ct);
        // busy, pages in the log, pages of it copied into the database file so far
        return await reader.ReadAsync(ct) ? (reader.GetInt32(0) != 0, reader.GetInt32(1)) : (false, 0);
    }
}
