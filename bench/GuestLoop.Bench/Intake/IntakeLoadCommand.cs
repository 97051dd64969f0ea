using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using GuestLoop.Bench.Scale;
using Microsoft.Data.Sqlite;

namespace GuestLoop.Bench.Intake;

/// <summary>
/// <c>intake --provider sqlite|postgres [--connection "…"] --app path/GuestLoop.Web.dll [--seconds 20] [--concurrency 8]
/// [--from data-folder]</c>: starts the app on a new database (or, with <c>--from</c>, a copy of an existing SQLite one) with the demo organisation and measures <c>POST /api/v1/cases</c> from concurrent
/// clients (Chinese text, a different guest per case), beside the raw single-row INSERT rate of the same database.
/// </summary>
public static class IntakeLoadCommand
{
    private const string Url = "http://127.0.0.1:5198";
    private const int WarmUpSeconds = 40;

    public static async Task<int> RunAsync(Options options)
    {
        var postgres = options.Provider == "postgres";
        var dataPath = Path.Combine(Path.GetTempPath(), "guestloop-intake-bench", Guid.NewGuid().ToString("N"));
        if (options.From is { } from && !postgres)
        {
            CopyFolder(from, dataPath);
        }

        var connection = postgres ? options.Connection ?? throw new ArgumentException("--connection is required for postgres.") : null;
        using var app = Start(options, dataPath, connection);
        using var memory = new LoadCommand.WorkingSetSampler(app);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(Url) };
        http.DefaultRequestHeaders.Add("X-Api-Key", GenerateCommand.ApiKey);
        await LoadCommand.WaitUntilUpAsync(http);
        Console.WriteLine($"App up (pid {app.Id}) on {options.Provider}; {Environment.ProcessorCount} cores; {options.Concurrency} clients.");

        string[] codes = ["DEMO-HOTEL", "DEMO-SCENIC"];
        var random = new Random(options.Seed);
        Task<HttpResponseMessage> Send()
        {
            var (title, description, _, demands) = CaseText.For("Complaint", random);
            return http.PostAsJsonAsync("/api/v1/cases", new
            {
                kind = "complaint", channel = "phone", property = codes[random.Next(codes.Length)], title, description, demands,
                customer = new { name = CaseText.Name(random), phone = "139" + random.Next(10_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture) },
            });
        }

        // Warm-up long enough for tiered compilation to finish: on two cores the JIT's background work otherwise takes a
        // third of the machine during the first half-minute of load.
        await LoadCommand.SustainedAsync(options.Concurrency, TimeSpan.FromSeconds(WarmUpSeconds), Send);
        var raw = postgres
            ? await LoadCommand.RawInsertsAsync(connection!, options.Concurrency, options.Seconds)
            : await SqliteRawInsertsAsync(Path.Combine(dataPath, "raw.db"), options.Seconds);
        Console.WriteLine($"| raw single-row INSERT, autocommit, {options.Seconds} s | {raw:N0} rows/s |");

        app.Refresh();
        var (appCpu, ownCpu) = (app.TotalProcessorTime, Process.GetCurrentProcess().TotalProcessorTime);
        var intake = await LoadCommand.SustainedAsync(options.Concurrency, TimeSpan.FromSeconds(options.Seconds), Send);
        app.Refresh();
        var perCase = (app.TotalProcessorTime - appCpu).TotalMilliseconds / intake.Count;
        var clientPerCase = (Process.GetCurrentProcess().TotalProcessorTime - ownCpu).TotalMilliseconds / intake.Count;
        Console.WriteLine($"| intake POST /api/v1/cases, {options.Concurrency} clients, {options.Seconds} s | {intake.Rate:N0} cases/s | " +
            $"p50 {intake.P(50):F1} ms | p99 {intake.P(99):F1} ms | max {intake.P(100):F1} ms | errors {intake.Errors} of {intake.Count} |");
        Console.WriteLine($"| processor time per case | app {perCase:F2} ms | load generator {clientPerCase:F2} ms |");
        Console.WriteLine($"| working set, peak | {memory.PeakMegabytes:N0} MB |");
        Console.WriteLine("write path: " + await http.GetStringAsync("/api/v1/health/writes"));
        app.Kill(entireProcessTree: true);
        Directory.Delete(dataPath, recursive: true);
        return intake.Errors == 0 ? 0 : 1;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static Process Start(Options options, string dataPath, string? connection)
    {
        var dll = options.App ?? throw new ArgumentException("--app (path of GuestLoop.Web.dll, built in Release) is required.");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var a in new[]
        {
            "--urls", Url, $"--GuestLoop:DataPath={dataPath}", $"--GuestLoop:Bootstrap:ApiKey={GenerateCommand.ApiKey}",
            "--GuestLoop:Escalation:Enabled=false", "--GuestLoop:EarlyWarning:Enabled=false", "--GuestLoop:Retention:Enabled=false",
            "--GuestLoop:Triage:Enabled=false", "--Logging:LogLevel:Default=Warning",
        })
        {
            start.ArgumentList.Add(a);
        }

        if (connection is not null)
        {
            start.ArgumentList.Add("--Database:Provider=postgres");
            start.ArgumentList.Add($"--ConnectionStrings:GuestLoop={connection}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("app: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>What SQLite itself does per committed row on this disk: WAL, full sync, one connection, autocommit.</summary>
    private static async Task<double> SqliteRawInsertsAsync(string file, int seconds)
    {
        await using var c = new SqliteConnection($"Data Source={file}");
        await c.OpenAsync();
        await using (var setup = c.CreateCommand())
        {
            setup.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE bench_raw (id TEXT PRIMARY KEY, title TEXT NOT NULL, received_at TEXT NOT NULL)";
            await setup.ExecuteNonQueryAsync();
        }

        await using var insert = c.CreateCommand();
        insert.CommandText = "INSERT INTO bench_raw (id, title, received_at) VALUES ($id, '客房空调不制冷', $at)";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var at = insert.Parameters.Add("$at", SqliteType.Text);
        var watch = Stopwatch.StartNew();
        var n = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            id.Value = Guid.NewGuid().ToString();
            at.Value = DateTimeOffset.UtcNow.ToString("O");
            await insert.ExecuteNonQueryAsync();
            n++;
        }

        return n / watch.Elapsed.TotalSeconds;
    }
}
