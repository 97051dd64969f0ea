using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using GuestLoop.Bench.Scale;

namespace GuestLoop.Bench.Soak;

/// <summary>
/// The app as its own process with every periodic round on at short intervals (escalation every 10 s, early warning every
/// minute, the volume fold every 10 s, mail every 10 s, retention and triage training at start), its log in a file, and
/// its working set sampled every 10 s.
/// </summary>
public sealed class SoakApp : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Timer _sampler;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<MemorySample> _workingSet = [];
    private int _errorLines;
    private bool _closed;
    private bool _disposed;

    private SoakApp(Process process, StreamWriter log)
    {
        (_process, _log) = (process, log);
        _sampler = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    public string Url { get; private init; } = "";
    public string LogPath { get; private init; } = "";
    public int ErrorLines => Volatile.Read(ref _errorLines);

    /// <summary>Samples taken so far, by time since the app was started: memory and threads (blocked callers grow the thread pool).</summary>
    public IReadOnlyList<MemorySample> WorkingSet
    {
        get
        {
            lock (_workingSet)
            {
                return [.. _workingSet];
            }
        }
    }

    public TimeSpan Elapsed => _clock.Elapsed;

    public static SoakApp Start(SoakOptions options, IReadOnlyDictionary<string, string> extra, string logName = "soak-app.log")
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = options.Provider,
            ["GuestLoop:DataPath"] = options.DataPath,
            ["GuestLoop:DemoData"] = "false",
            ["GuestLoop:Bootstrap:ApiKey"] = GenerateCommand.ApiKey,
            ["GuestLoop:Escalation:IntervalSeconds"] = "10",
            ["GuestLoop:EarlyWarning:IntervalMinutes"] = "1",
            ["GuestLoop:Analytics:FoldSeconds"] = "10",
            ["GuestLoop:Mail:IntervalSeconds"] = "10",
            ["GuestLoop:RateLimits:PerAddress:PermitLimit"] = "10000000",
            ["GuestLoop:RateLimits:PerProperty:PermitLimit"] = "10000000",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var job in new[] { "Notifications.EscalationJob", "Analytics.EarlyWarningJob", "Customers.RetentionJob", "Triage.TriageJob", "Mail.MailJob" })
        {
            settings[$"Logging:LogLevel:GuestLoop.Web.Features.{job}"] = "Information";
        }

        if (options.Connection is { } connection)
        {
            settings["ConnectionStrings:GuestLoop"] = connection;
        }

        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(options.App))!,
        };
        start.ArgumentList.Add(Path.GetFullPath(options.App));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url);
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var logPath = Path.Combine(options.DataPath, logName);
        var log = new StreamWriter(logPath, append: false) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        var app = new SoakApp(process, log) { Url = url, LogPath = logPath };
        process.OutputDataReceived += (_, e) => app.Log(e.Data);
        process.ErrorDataReceived += (_, e) => app.Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    public async Task WaitUntilUpAsync(HttpClient http)
    {
        for (var i = 0; i < 600; i++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {_process.ExitCode}; see {LogPath}.");
            }

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
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"The app did not answer /healthz in 5 minutes; see {LogPath}.");
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _errorLines);
        }

        lock (_log)
        {
            if (!_closed)
            {
                _log.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {line}");
            }
        }
    }

    private void Sample()
    {
        try
        {
            _process.Refresh();
            lock (_workingSet)
            {
                _workingSet.Add(new MemorySample(_clock.Elapsed, _process.WorkingSet64 / 1048576.0, PrivateMegabytes(_process.Id), _process.Threads.Count));
            }
        }
        catch (InvalidOperationException)
        {
        }
    }

    /// <summary>
    /// The process's own memory on Linux (<c>RssAnon</c> of /proc/pid/status: heaps, stacks, native allocations), or the
    /// working set elsewhere. The working set also counts the pages of the database file that SQLite maps into each
    /// pooled connection (<c>mmap_size</c>, once per connection): the operating system's cache, shared and reclaimable,
    /// which grows as more of the file is read and is no leak.
    /// </summary>
    private double PrivateMegabytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
                {
                    return long.Parse(line["RssAnon:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
                }
            }
        }
        catch (IOException)
        {
        }

        return _process.WorkingSet64 / 1048576.0;
    }

    /// <summary>Stops the app; a second call does nothing.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _sampler.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        lock (_log)
        {
            _closed = true;
            _log.Dispose();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>One sample of the app's memory: the working set (resident pages, file mappings included), its own memory, threads.</summary>
public sealed record MemorySample(TimeSpan At, double WorkingSetMegabytes, double PrivateMegabytes, int Threads);
