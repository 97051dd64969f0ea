using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GuestLoop.Bench.Soak;

/// <summary>
/// <c>lock-wait [--seconds 40] [--batch 1] [--step-aside]</c>: the SQLite fault of the soak issue in isolation, on a WAL database with the
/// app's settings (synchronous=FULL, a 30 s busy timeout). One connection plays a round storing notices — a tight loop of
/// transactions of <c>--batch</c> single-row INSERTs (1: the autocommit INSERT per notice the rounds used to do) — while
/// another plays intake, which needs BEGIN IMMEDIATE every 200 ms. Microsoft.Data.Sqlite answers a busy database by
/// sleeping 150 ms on the thread and trying again, and SQLite keeps no queue of writers, so the intake waits until it
/// happens to try in a gap. <c>--step-aside</c> makes the round pause after each transaction as long as it held the
/// database (at least 5 ms), as <c>RoundBatches</c> does. Prints each wait and the longest.
/// </summary>
public static class LockWaitCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? Get(string name) => Array.IndexOf(args, "--" + name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var seconds = int.Parse(Get("seconds") ?? "40", CultureInfo.InvariantCulture);
        var batch = int.Parse(Get("batch") ?? "1", CultureInfo.InvariantCulture);
        var stepAside = args.Contains("--step-aside");
        var path = Path.Combine(Path.GetTempPath(), $"guestloop-lock-wait-{Environment.ProcessId}.db");
        var connection = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        await using (var setup = new SqliteConnection(connection))
        {
            await setup.OpenAsync();
            await using var create = setup.CreateCommand();
            create.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE notices(id TEXT PRIMARY KEY, body TEXT); CREATE TABLE cases(id TEXT PRIMARY KEY);";
            await create.ExecuteNonQueryAsync();
        }

        var until = DateTime.UtcNow.AddSeconds(seconds);
        long stored = 0;
        var round = Task.Run(() =>
        {
            using var c = new SqliteConnection(connection);
            c.Open();
            while (DateTime.UtcNow < until)
            {
                using var tx = c.BeginTransaction();
                var held = Stopwatch.StartNew();
                using var insert = c.CreateCommand();
                insert.Transaction = tx;
                insert.CommandText = "INSERT INTO notices VALUES ($id, $body) ON CONFLICT DO NOTHING";
                var id = insert.Parameters.Add("$id", SqliteType.Text);
                insert.Parameters.AddWithValue("$body", new string('x', 300));
                for (var i = 0; i < batch; i++)
                {
                    id.Value = Guid.NewGuid().ToString();
                    insert.ExecuteNonQuery();
                }

                tx.Commit();
                stored += batch;
                if (stepAside)
                {
                    Thread.Sleep(TimeSpan.FromMilliseconds(Math.Max(5, held.Elapsed.TotalMilliseconds)));
                }
            }
        });

        var waits = new List<double>();
        var failures = 0;
        while (DateTime.UtcNow < until)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                await using var c = new SqliteConnection(connection);
                c.Open();
                using var tx = c.BeginTransaction();
                waits.Add(watch.Elapsed.TotalMilliseconds);
                await using var insert = c.CreateCommand();
                insert.Transaction = tx;
                insert.CommandText = "INSERT INTO cases VALUES ($id)";
                insert.Parameters.AddWithValue("$id", Guid.NewGuid().ToString());
                insert.ExecuteNonQuery();
                tx.Commit();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"intake waited {waits[^1],6:F0} ms for the write lock"));
            }
            catch (SqliteException e)
            {
                failures++;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"intake failed after {watch.Elapsed.TotalSeconds:F1} s: {e.Message}"));
            }

            await Task.Delay(200);
        }

        await round;
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"round: {stored:N0} notices in {seconds} s, {batch} per transaction{(stepAside ? ", stepping aside" : "")}; intake: {waits.Count} transactions, {failures} failed, wait p50 {P(waits, 50):F0} ms, longest {P(waits, 100):F0} ms"));
        return 0;
    }

    private static double P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
