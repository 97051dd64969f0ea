using System.Globalization;
using GuestLoop.Bench.Soak;
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
        var options = new SoakOptions("sqlite", null, AppProcess.WebAssemblyPath(), dataPath, Minutes: 3, Cases: 10_000, IntakeRate, Agents: 20,
            MaxP99: 500, WarmUpSeconds: 45, Reuse: false, Seed: 20261206, OverdueShare: 1.0 / 3, RepeatComplainants: 50,
            // The short form starts on the generated backlog without the full run's catch-up and restart (a minute and a
            // second cold start more for CI). The measured minutes begin after the warm-up and once the start's first
            // passes under load have finished — triage training (25-35 s) and escalation over the backlog (16-20 s), which
            // on a busy machine ran past a fixed 45 s warm-up and made one minute's p99 theirs; the minutes measured are
            // those of an instance past its start.
            CatchUp: false);
        using var report = new StringWriter(CultureInfo.InvariantCulture);
        try
        {
            var exit = await SoakCommand.RunAsync(options, report);
            output.WriteLine(report.ToString());
            Assert.True(exit == 0, "The soak failed; its report:\n" + report);
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
