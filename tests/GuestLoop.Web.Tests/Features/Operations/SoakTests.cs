using System.Diagnostics;
using System.Globalization;
using GuestLoop.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GuestLoop.Web.Tests.Features.Operations;

/// <summary>
/// The soak scenario's short form (bench/GuestLoop.Bench/Soak): SQLite with 10,000 cases (a third open and overdue,
/// repeat complainants among the guests), every periodic round on at short intervals, intake open-loop, twenty agents,
/// guest mail when the test mail servers are there, for three minutes after a warm-up. It fails on any failed request
/// (5xx, timeout) or a minute whose intake p99 is over 500 ms. It takes about four minutes, so it runs in CI (CI=true) or
/// with GUESTLOOP_SOAK=1, and alone, after the other tests: its latencies must not be the other tests' load.
/// </summary>
[Collection(SoakCollection.Name)]
public sealed class SoakTests(ITestOutputHelper output)
{
    public const string Variable = "GUESTLOOP_SOAK";

    /// <summary>Cases a second; GUESTLOOP_SOAK_RATE overrides it (the full soak runs 100 on a Release build).</summary>
    private static double IntakeRate =>
        double.TryParse(Environment.GetEnvironmentVariable("GUESTLOOP_SOAK_RATE"), NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) ? rate : 25;

    [SkippableFact]
    public async Task Three_minutes_with_every_round_running_answer_every_request_and_keep_intake_p99_under_500_ms()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("CI") == "true" || Environment.GetEnvironmentVariable(Variable) == "1",
            $"The soak takes about four minutes: it runs in CI (CI=true) or with {Variable}=1.");
        var dataPath = Path.Combine(Path.GetTempPath(), "guestloop-soak-test", Guid.NewGuid().ToString("N"));
        // The bench's own command in a process of its own, as the full soak runs: the load generator and its twenty agents
        // must not share a process with the test host, which after the other tests carries their heap and threads (in CI
        // its minute 1 once measured 719 ms where the same soak alone measured 245 ms). The app is a process of its own too.
        // The short form starts on the generated backlog without the full run's catch-up and restart (a minute and a
        // second cold start more for CI). The measured minutes begin after the warm-up and once the start's first passes
        // under load have finished (triage training, escalation over the backlog).
        string[] arguments =
        [
            "exec", AppProcess.BenchAssemblyPath(), "soak", "--provider", "sqlite", "--app", AppProcess.WebAssemblyPath(), "--data-path", dataPath,
            "--minutes", "3", "--cases", "10000", "--intake-rate", IntakeRate.ToString(CultureInfo.InvariantCulture), "--agents", "20",
            "--max-p99", "500", "--warm-up", "45", "--seed", "20261206", "--repeat-complainants", "50", "--no-catch-up",
        ];
        var start = new ProcessStartInfo("dotnet", arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        try
        {
            using var soak = Process.Start(start) ?? throw new InvalidOperationException("Could not start the soak.");
            var report = soak.StandardOutput.ReadToEndAsync();
            var progress = soak.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(15));
            try
            {
                await soak.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                soak.Kill(entireProcessTree: true);
                throw new TimeoutException("The soak ran longer than 15 minutes.");
            }

            output.WriteLine(await report);
            output.WriteLine(await progress);
            Assert.True(soak.ExitCode == 0, "The soak failed; its report:\n" + await report + "\n" + await progress);
        }
        finally
        {
            try
            {
                Directory.Delete(dataPath, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}

/// <summary>Tests that measure time run alone, after every test that may run in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoakCollection
{
    public const string Name = "Soak, alone";
}
