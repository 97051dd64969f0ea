using GuestLoop.Web.Infrastructure;
namespace GuestLoop.Web.Features.Analytics;

/// <summary>
/// Every <c>GuestLoop:EarlyWarning:IntervalMinutes</c> (15), one early-warning round. Every instance may run it:
/// the unique key of each alert decides which instance stores it. The bell and email go out with the
/// escalation job's mailer.
/// </summary>
public sealed class EarlyWarningJob(IServiceScopeFactory scopes, IConfiguration config, TimeProvider clock, ILogger<EarlyWarningJob> log, RoundHealth health)
    : BackgroundService
{
    public const string Name = "Early warning";

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EarlyWarningScan>().RunAsync(ct);
    }

    /// <summary>The first round comes one interval after start, the others every interval.</summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        config.GetValue("GuestLoop:EarlyWarning:Enabled", true)
            ? PeriodicRounds.RunAsync(Name, TimeSpan.FromMinutes(Math.Max(1, config.GetValue("GuestLoop:EarlyWarning:IntervalMinutes", 15))),
                clock, log, health, RoundAsync, stoppingToken, firstAtStart: false)
            : Task.CompletedTask;

    private async Task RoundAsync(CancellationToken ct)
    {
        var raised = await RunOnceAsync(ct);
        if (raised > 0)
        {
            log.LogInformation("Early warning: {Raised} alerts raised", raised);
        }
    }
}
