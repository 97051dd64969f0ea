using GuestLoop.Web.Infrastructure;
using GuestLoop.Web.Features.Improvement;
using Microsoft.Extensions.Options;

namespace GuestLoop.Web.Features.Notifications;

/// <summary>What one round of the job did on this instance.</summary>
public sealed record EscalationRound(int Stored, int Emailed);

/// <summary>
/// Every <c>GuestLoop:Escalation:IntervalSeconds</c>, stores the warnings and escalations that fell due and emails
/// the delivered ones. Every instance runs it; the database makes sure each notice is stored and emailed once.
/// </summary>
public sealed class EscalationJob(IServiceScopeFactory scopes, IOptions<EscalationOptions> options, TimeProvider clock, ILogger<EscalationJob> log)
    : BackgroundService
{
    public async Task<EscalationRound> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<EscalationScan>().RunAsync(ct)
            + await scope.ServiceProvider.GetRequiredService<ImprovementScan>().RunAsync(ct);
        var emailed = await scope.ServiceProvider.GetRequiredService<NotificationMailer>().RunAsync(ct);
        return new EscalationRound(stored, emailed);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.Enabled
            ? PeriodicRounds.RunAsync("Escalation", TimeSpan.FromSeconds(options.Value.IntervalSeconds), clock, log, RoundAsync, stoppingToken)
            : Task.CompletedTask;

    private async Task RoundAsync(CancellationToken ct)
    {
        var round = await RunOnceAsync(ct);
        if (round.Stored + round.Emailed > 0)
        {
            log.LogInformation("Escalation round: {Stored} notifications stored, {Emailed} emailed", round.Stored, round.Emailed);
        }
    }
}
