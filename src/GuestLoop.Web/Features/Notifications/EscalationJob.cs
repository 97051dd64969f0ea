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
public sealed class EscalationJob(IServiceScopeFactory scopes, IOptions<EscalationOptions> options, TimeProvider clock, ILogger<EscalationJob> log, RoundHealth health)
    : BackgroundService
{
    public const string Name = "Escalation";

    /// <summary>The deadline scan, the improvement-action scan, the work-order scan, the overdue-inspection scan and the mailer each run on their own: one failing stops neither other.</summary>
    public async Task<EscalationRound> RunOnceAsync(CancellationToken ct)
    {
        var (stored, emailed) = (0, 0);
        await PartAsync("deadlines", async sp => stored += await sp.GetRequiredService<EscalationScan>().RunAsync(ct), ct);
        await PartAsync("improvement actions", async sp => stored += await sp.GetRequiredService<ImprovementScan>().RunAsync(ct), ct);
        await PartAsync("work orders", async sp => stored += await sp.GetRequiredService<WorkOrders.WorkOrderScan>().RunAsync(ct), ct);
        await PartAsync("inspections", async sp => stored += await sp.GetRequiredService<Maintenance.InspectionScan>().RunAsync(ct), ct);
        await PartAsync("e-mail", async sp => emailed += await sp.GetRequiredService<NotificationMailer>().RunAsync(ct), ct);
        return new EscalationRound(stored, emailed);
    }

    private async Task PartAsync(string part, Func<IServiceProvider, Task> work, CancellationToken ct) =>
        await health.TryItemAsync(Name, part, async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            await work(scope.ServiceProvider);
        }, ct, counts: false);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.Enabled
            ? PeriodicRounds.RunAsync(Name, TimeSpan.FromSeconds(options.Value.IntervalSeconds), clock, log, health, RoundAsync, stoppingToken)
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
