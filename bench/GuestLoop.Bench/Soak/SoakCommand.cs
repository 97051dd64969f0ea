using System.Globalization;
using System.Text.Json.Nodes;
using GuestLoop.Bench.Scale;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Bench.Soak;

/// <summary>
/// <c>soak --provider sqlite|postgres [--connection "…"] --app path/GuestLoop.Web.dll --minutes 30 --cases 100000</c>: generates
/// the database (a third of the cases open and overdue, repeat complainants among the guests), starts the app with every
/// periodic round on at short intervals, then drives it for the given minutes after a warm-up — intake open-loop at
/// <c>--intake-rate</c> cases a second, <c>--agents</c> simulated agents reading, stepping, searching and answering
/// surveys, guest mail when the test mail servers are there — sampling its working set every 10 s. Prints a line per
/// minute and the totals; exits with 1 on any failed request (5xx, timeout) or a minute whose intake p99 is over
/// <c>--max-p99</c> ms.
/// </summary>
public static class SoakCommand
{
    public static async Task<int> RunAsync(SoakOptions options, TextWriter? output = null)
    {
        var o = output ?? Console.Out;
        o.WriteLine(Invariant($"Soak on {options.Provider}: {options.Cases:N0} cases, intake {options.IntakeRate}/s open loop, {options.Agents} agents, {options.Minutes} min after {options.WarmUpSeconds} s of warm-up; {Environment.ProcessorCount} cores, load average {LoadAverage()}."));
        if (!options.Reuse)
        {
            Prepare(options);
            await GenerateCommand.RunAsync(options.Generation);
        }

        var mail = GuestMail.FromEnvironment();
        o.WriteLine(mail is null ? "Mail: off (GUESTLOOP_TEST_IMAP and GUESTLOOP_TEST_SMTP not set; eng/ci/mail-servers.sh starts them)."
            : "Mail: notices and reminders through the test SMTP server; a guest mailbox read over IMAP, a guest mail every 5 s.");
        if (options.CatchUp)
        {
            await CatchUpAsync(options, mail?.AppSettings ?? new Dictionary<string, string>(), o);
        }

        using var app = SoakApp.Start(options, mail?.AppSettings ?? new Dictionary<string, string>());
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 2048 }) { BaseAddress = new Uri(app.Url), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Api-Key", GenerateCommand.ApiKey);
        await app.WaitUntilUpAsync(http);
        o.WriteLine(Invariant($"App up at {app.Url} after {app.Elapsed.TotalSeconds:F0} s; its log: {app.LogPath}"));

        var properties = Enumerable.Range(1, 50).Select(i => $"BENCH-{i:00}").ToList();
        using var stop = new CancellationTokenSource();
        var recorder = new SoakRecorder();
        var intake = new IntakeLoad(http, recorder, properties, options.Seed);
        // Agents act as the general manager (authority level 1, every property), so every step of the lifecycle is theirs to take.
        using var staff = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(app.Url), Timeout = TimeSpan.FromSeconds(30) };
        staff.DefaultRequestHeaders.Add("X-Api-Key", GenerateCommand.ApiKey);
        staff.DefaultRequestHeaders.Add("X-On-Behalf-Of", "manager");
        var agents = new Agents(staff, app.Url, recorder, intake.Received, properties, options.Seed);
        var duration = TimeSpan.FromSeconds(options.WarmUpSeconds) + TimeSpan.FromMinutes(options.Minutes);
        // The intake runs until the measured minutes are over, however long the start takes (at most StartLimit more).
        var running = new List<Task> { intake.RunAsync(options.IntakeRate, duration + StartLimit, stop.Token), agents.RunAsync(options.Agents, stop.Token) };
        if (mail is not null)
        {
            await mail.AddMailboxAsync(http, properties[0]);
            running.Add(mail.RunAsync(stop.Token));
        }

        await Task.Delay(TimeSpan.FromSeconds(options.WarmUpSeconds));
        var startedBy = app.Elapsed + StartLimit;
        var started = await StartPassesDoneAsync(http);
        while (!started && app.Elapsed < startedBy)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            started = await StartPassesDoneAsync(http);
        }

        o.WriteLine(Invariant($"Measured from {app.Elapsed.TotalSeconds:F0} s after the start, {(started ? "once the start's first passes had finished" : "with the start's first passes still running")} ({string.Join(", ", CatchingUp)}), under load since the warm-up began."));
        recorder.StartMeasuring();
        var measuredFrom = app.Elapsed;
        var measuredFromUtc = DateTimeOffset.UtcNow;
        var memory = new List<(int Minute, JsonNode? Parts)>();
        for (var minute = 1; minute <= options.Minutes; minute++)
        {
            await Task.Delay(TimeSpan.FromMinutes(1));
            var m = new Minute(minute, recorder.Measured.Where(s => (int)s.At.TotalMinutes == minute - 1).ToList());
            memory.Add((minute, await JsonAsync(http, "/api/v1/health/memory")));
            Console.Error.WriteLine(Invariant($"  minute {minute}: {m.Intake.Count} intakes, p99 {m.IntakeP(99):F0} ms, {m.Failed} failed, load {LoadAverage()}"));
        }

        stop.Cancel();
        await Task.WhenAll(running);
        var rounds = await JsonAsync(http, "/api/v1/health/rounds");
        var writes = await JsonAsync(http, "/api/v1/health/writes");
        var report = new SoakReport(options, recorder.Measured.Where(s => s.At < TimeSpan.FromMinutes(options.Minutes)).ToList(), app.WorkingSet, measuredFrom)
        {
            MeasuredFromUtc = measuredFromUtc,
        };
        report.Print(o, rounds, writes);
        SoakReport.PrintMemory(o, memory);
        o.WriteLine(Invariant($"Load generator lag at worst: {intake.WorstLag.TotalMilliseconds:F0} ms; mails appended: {mail?.Appended ?? 0}; app log lines at fail/crit: {app.ErrorLines}; load average at the end {LoadAverage()}."));
        var worst = report.Worst.IntakeP(99);
        var passed = report.Failed == 0 && !(worst > options.MaxP99);
        o.WriteLine(Invariant($"Verdict: {(passed ? "PASS" : "FAIL")} (failed requests {report.Failed}, worst minute intake p99 {worst:F0} ms against {options.MaxP99:F0} ms)."));
        return passed ? 0 : 1;
    }

    /// <summary>
    /// How long past the warm-up the measured minutes wait for the start's first passes over the backlog (triage training,
    /// escalation, early warning): those passes are the instance starting, not the steady state the targets are about —
    /// on a busy two-core machine they once ran past a 45 s warm-up and one minute's p99 was theirs.
    /// </summary>
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(2);

    private static async Task<bool> StartPassesDoneAsync(HttpClient http) =>
        await JsonAsync(http, "/api/v1/health/rounds") is JsonArray all
        && CatchingUp.All(job => all.Any(r => r!["job"]!.GetValue<string>() == job
            && r["rounds"]!.GetValue<int>() + r["failedRounds"]!.GetValue<int>() > 0));

    /// <summary>
    /// Runs the app with no load until every round has finished once (or the time is up), prints what each first pass
    /// took, and stops the app: the backlog a generated database carries is caught up before the measured run.
    /// </summary>
    private static readonly string[] CatchingUp = ["Escalation", "Early warning", "Triage training"];

    private static async Task CatchUpAsync(SoakOptions options, IReadOnlyDictionary<string, string> settings, TextWriter o)
    {
        using var app = SoakApp.Start(options, settings, "soak-catch-up.log");
        using var http = new HttpClient { BaseAddress = new Uri(app.Url), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Api-Key", GenerateCommand.ApiKey);
        await app.WaitUntilUpAsync(http);
        var deadline = app.Elapsed + TimeSpan.FromMinutes(options.CatchUpMinutes);
        JsonNode? rounds = null;
        var done = false;
        while (!done && app.Elapsed < deadline)
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            rounds = await JsonAsync(http, "/api/v1/health/rounds");
            // A round is listed once it has begun; the ones that carry the backlog must be there, and every listed one finished.
            done = rounds?.AsArray() is { } all
                && CatchingUp.All(job => all.Any(r => r!["job"]!.GetValue<string>() == job))
                && all.All(r => r!["rounds"]!.GetValue<int>() + r["failedRounds"]!.GetValue<int>() > 0);
        }

        o.WriteLine(Invariant($"Catch-up with no load: {(done ? "every round finished a pass" : "time up before every round finished a pass")} after {app.Elapsed.TotalSeconds:F0} s; then a restart."));
        foreach (var r in rounds?.AsArray() ?? [])
        {
            o.WriteLine($"  {r!["job"]}: {r["rounds"]} passes, the longest {SoakReport.Duration(r["longestDuration"])}, {r["lastItems"]} items in the last");
        }

        app.Dispose();
        // The notices of the backlog's overdue cases would have been emailed as each fell due in service; left pending, the
        // mailer spends the whole run sending them at its batch per round. They are counted as sent at their own time.
        await using var generator = GenerateCommand.BuildApp(options.Generation);
        using var scope = generator.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoop.Web.Data.GuestLoopDbContext>();
        var sent = await db.Notifications.Where(n => n.EmailedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.EmailedAt, n => n.CreatedAt));
        o.WriteLine(Invariant($"  {sent:N0} notices of the backlog counted as emailed when they were raised."));
    }

    /// <summary>A fresh SQLite data folder (database, key ring, evidence); a PostgreSQL database is expected to be new and empty.</summary>
    private static void Prepare(SoakOptions options)
    {
        if (options.Provider == "sqlite" && Directory.Exists(options.DataPath))
        {
            if (Directory.EnumerateFileSystemEntries(options.DataPath).Any() && !File.Exists(Path.Combine(options.DataPath, "guestloop.db")))
            {
                throw new InvalidOperationException($"{options.DataPath} is not empty and holds no guestloop.db: not deleting it.");
            }

            Directory.Delete(options.DataPath, recursive: true);
        }

        Directory.CreateDirectory(options.DataPath);
    }

    private static async Task<JsonNode?> JsonAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        return response.IsSuccessStatusCode ? JsonNode.Parse(await response.Content.ReadAsStringAsync()) : null;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
