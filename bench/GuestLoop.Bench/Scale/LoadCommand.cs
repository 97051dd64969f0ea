using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Npgsql;

namespace GuestLoop.Bench.Scale;

/// <summary>
/// <c>load --connection "…" --app path/GuestLoop.Web.dll [--seconds 20] [--concurrency 8] [--samples 300]</c>: starts the
/// app on Kestrel in its own process on a generated PostgreSQL database and measures, with HttpClient, intake, the
/// inbox's first page, the case page and search, next to the raw single-row INSERT rate of the same server, while
/// sampling the app's working set.
/// </summary>
public static class LoadCommand
{
    internal const string Url = "http://127.0.0.1:5199";

    public static async Task<int> RunAsync(Options options)
    {
        var connection = options.Connection ?? throw new ArgumentException("--connection is required.");
        using var app = StartApp(options, connection);
        using var memory = new WorkingSetSampler(app);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(Url) };
        http.DefaultRequestHeaders.Add("X-Api-Key", GenerateCommand.ApiKey);
        await WaitUntilUpAsync(http);
        Console.WriteLine($"App up (pid {app.Id}); {Environment.ProcessorCount} cores; concurrency {options.Concurrency}.");

        var ids = await SampleCaseIdsAsync(connection, 2000);
        var codes = await PropertyCodesAsync(connection);
        await MeasureAsync("warm-up", options.Concurrency, 200, i => http.GetAsync($"/api/v1/cases/{ids[i % ids.Count]}"));

        var random = Random.Shared;
        await MeasureAsync("intake warm-up", options.Concurrency, 100, _ => http.PostAsJsonAsync("/api/v1/cases", new
        {
            kind = "complaint", channel = "phone", property = codes[random.Next(codes.Count)], title = "预热", description = "预热请求",
        }));

        var raw = await RawInsertsAsync(connection, options.Concurrency, options.Seconds);
        Console.WriteLine($"| raw single-row INSERT ({options.Concurrency} connections, {options.Seconds} s) | {raw:N0} rows/s | | |");

        var intake = await SustainedAsync(options.Concurrency, TimeSpan.FromSeconds(options.Seconds), () =>
        {
            var (title, description, _, demands) = CaseText.For("Complaint", random);
            return http.PostAsJsonAsync("/api/v1/cases", new
            {
                kind = "complaint", channel = "phone", property = codes[random.Next(codes.Count)], title, description, demands,
                // Every guest a different phone, as at a real front desk: one shared number would make every intake
                // update the same guest row and compare itself with all that guest's open cases.
                customer = new { name = CaseText.Name(random), phone = "139" + random.Next(10_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture) },
            });
        });
        Console.WriteLine($"| intake POST /api/v1/cases ({options.Concurrency} clients, {options.Seconds} s) | {intake.Rate:N0} cases/s | p50 {intake.P(50):F1} ms | p99 {intake.P(99):F1} ms | errors {intake.Errors}");

        var scenarios = new (string Name, Func<int, string> Url)[]
        {
            ("inbox first page, all cases (admin)", _ => "/api/v1/cases?pageSize=20"),
            ("inbox first page, open complaints", _ => "/api/v1/cases?pageSize=20&status=received&kind=complaint"),
            ("inbox first page, one property", i => $"/api/v1/cases?pageSize=20&property={codes[i % codes.Count]}"),
            ("case page GET /api/v1/cases/{id}", i => $"/api/v1/cases/{ids[i % ids.Count]}"),
            ("search 2 chars: 电梯", _ => "/api/v1/cases?pageSize=20&q=" + Uri.EscapeDataString("电梯")),
            ("search 4 chars: 空调故障", _ => "/api/v1/cases?pageSize=20&q=" + Uri.EscapeDataString("空调制冷")),
            ("search 2 chars + property: 退款", i => $"/api/v1/cases?pageSize=20&property={codes[i % codes.Count]}&q=" + Uri.EscapeDataString("退款")),
        };
        foreach (var (name, url) in scenarios)
        {
            var result = await MeasureAsync(name, Math.Min(options.Concurrency, 4), options.Samples, i => http.GetAsync(url(i)));
            Console.WriteLine($"| {name} | p50 {result.P(50):F1} ms | p95 {result.P(95):F1} ms | p99 {result.P(99):F1} ms | errors {result.Errors}");
        }

        Console.WriteLine($"| working set of the app, peak during the run | {memory.PeakMegabytes:N0} MB | now {memory.CurrentMegabytes:N0} MB | |");
        app.Kill(entireProcessTree: true);
        return 0;
    }

    internal static Process StartApp(Options options, string connection)
    {
        var dll = options.App ?? throw new ArgumentException("--app (path of GuestLoop.Web.dll, built in Release) is required.");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[]
        {
            dll, "--urls", Url, "--Database:Provider=postgres", $"--ConnectionStrings:GuestLoop={connection}", "--GuestLoop:DemoData=false",
            "--GuestLoop:Escalation:Enabled=false",
            "--GuestLoop:EarlyWarning:Enabled=false", "--GuestLoop:Retention:Enabled=false", "--GuestLoop:Triage:Enabled=false", $"--GuestLoop:Bootstrap:ApiKey={GenerateCommand.ApiKey}",
            $"--GuestLoop:DataPath={Path.Combine(Path.GetTempPath(), "guestloop-bench-app")}", "--Logging:LogLevel:Default=Warning",
        })
        {
            start.ArgumentList.Add(a);
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

    internal static async Task WaitUntilUpAsync(HttpClient http)
    {
        for (var i = 0; i < 240; i++)
        {
            try
            {
                if ((await http.GetAsync("/healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("The app did not start in 2 minutes.");
    }

    private static async Task<List<Guid>> SampleCaseIdsAsync(string connection, int count)
    {
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand($"SELECT \"Id\" FROM cases TABLESAMPLE SYSTEM (1) LIMIT {count}", c);
        var ids = new List<Guid>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids.OrderBy(_ => Random.Shared.Next()).ToList();
    }

    internal static async Task<List<string>> PropertyCodesAsync(string connection)
    {
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT \"Code\" FROM properties WHERE \"Code\" LIKE 'BENCH-%' ORDER BY 1", c);
        var codes = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            codes.Add(reader.GetString(0));
        }

        return codes;
    }

    /// <summary>Single-row INSERTs with autocommit, one connection per worker: what the server does per row without the app.</summary>
    internal static async Task<double> RawInsertsAsync(string connection, int workers, int seconds)
    {
        await using (var c = new NpgsqlConnection(connection))
        {
            await c.OpenAsync();
            await using var create = new NpgsqlCommand("DROP TABLE IF EXISTS bench_raw; CREATE TABLE bench_raw (id uuid PRIMARY KEY, title text NOT NULL, received_at timestamptz NOT NULL)", c);
            await create.ExecuteNonQueryAsync();
        }

        var until = DateTime.UtcNow.AddSeconds(seconds);
        var counts = await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            await using var c = new NpgsqlConnection(connection);
            await c.OpenAsync();
            await using var insert = new NpgsqlCommand("INSERT INTO bench_raw (id, title, received_at) VALUES ($1, $2, $3)", c);
            insert.Parameters.Add(new NpgsqlParameter { Value = Guid.Empty });
            insert.Parameters.Add(new NpgsqlParameter { Value = "客房空调不制冷" });
            insert.Parameters.Add(new NpgsqlParameter { Value = DateTime.UtcNow });
            await insert.PrepareAsync();
            var n = 0;
            while (DateTime.UtcNow < until)
            {
                insert.Parameters[0].Value = Guid.NewGuid();
                insert.Parameters[2].Value = DateTime.UtcNow;
                await insert.ExecuteNonQueryAsync();
                n++;
            }

            return n;
        }));
        return counts.Sum() / (double)seconds;
    }

    internal static async Task<Latencies> SustainedAsync(int workers, TimeSpan duration, Func<Task<HttpResponseMessage>> send)
    {
        var result = new Latencies();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (watch.Elapsed < duration)
            {
                await result.TimeAsync(send);
            }
        }));
        result.Rate = result.Count / watch.Elapsed.TotalSeconds;
        return result;
    }

    internal static async Task<Latencies> MeasureAsync(string name, int workers, int samples, Func<int, Task<HttpResponseMessage>> send)
    {
        var result = new Latencies();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < samples)
            {
                await result.TimeAsync(() => send(i));
            }
        }));
        _ = name;
        return result;
    }

    internal sealed class Latencies
    {
        private readonly List<double> _ms = [];
        private int _errors;

        public double Rate { get; set; }

        public int Count => _ms.Count;

        public int Errors => _errors;

        public async Task TimeAsync(Func<Task<HttpResponseMessage>> send)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await send();
            await response.Content.ReadAsByteArrayAsync();
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref _errors);
            }

            lock (_ms)
            {
                _ms.Add(elapsed);
            }
        }

        public double P(int percentile)
        {
            var sorted = _ms.Order().ToList();
            return sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
        }
    }

    internal sealed class WorkingSetSampler : IDisposable
    {
        private readonly Timer _timer;
        private readonly Process _process;
        private long _peak;

        public WorkingSetSampler(Process process)
        {
            _process = process;
            _timer = new Timer(_ => Sample(), null, 0, 250);
        }

        public double PeakMegabytes => Interlocked.Read(ref _peak) / 1048576.0;

        public double CurrentMegabytes
        {
            get
            {
                _process.Refresh();
                return _process.WorkingSet64 / 1048576.0;
            }
        }

        private void Sample()
        {
            try
            {
                _process.Refresh();
                var now = _process.WorkingSet64;
                if (now > Interlocked.Read(ref _peak))
                {
                    Interlocked.Exchange(ref _peak, now);
                }
            }
            catch (InvalidOperationException)
            {
            }
        }

        public void Dispose() => _timer.Dispose();
    }
}
