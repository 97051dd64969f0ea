using GuestLoop.Web.Infrastructure;

namespace GuestLoop.Web.Features.Sla;

/// <summary>
/// Every <c>GuestLoop:ArrangementCheck:IntervalHours</c> (6), one <see cref="ArrangementCheck"/> round; the notices' keys
/// make every instance and every round after the first insert nothing.
/// </summary>
public sealed class ArrangementCheckJob(IServiceScopeFactory scopes, IConfiguration config, TimeProvider clock, ILogger<ArrangementCheckJob> log,
    RoundHealth health) : BackgroundService
{
    public const string Name = "Holiday arrangement check";

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ArrangementCheck>().NotifyAsync(ct);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        config.GetValue("GuestLoop:ArrangementCheck:Enabled", true)
            ? PeriodicRounds.RunAsync(Name, TimeSpan.FromHours(Math.Max(1, config.GetValue("GuestLoop:ArrangementCheck:IntervalHours", 6))),
                clock, log, health, RoundAsync, stoppingToken, firstAtStart: false)
            : Task.CompletedTask;

    private async Task RoundAsync(CancellationToken ct)
    {
        var sent = await RunOnceAsync(ct);
        health.Handled(Name, sent);
        if (sent > 0)
        {
            log.LogInformation("Holiday arrangement check: {Sent} administrators told that next year's arrangement is missing", sent);
        }
    }
}
