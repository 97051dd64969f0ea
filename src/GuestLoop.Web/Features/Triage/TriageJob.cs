using GuestLoop.Web.Data;
using GuestLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Triage;

/// <summary>
/// Retrains every enterprise's triage model once per <c>GuestLoop:Triage:IntervalHours</c> (24). Every instance may
/// run the job: each period is a slot that <see cref="TriageTraining"/> inserts once, so one instance trains it.
/// </summary>
public sealed class TriageJob(IServiceScopeFactory scopes, IConfiguration config, TimeProvider clock, ILogger<TriageJob> log) : BackgroundService
{
    private int IntervalHours => Math.Max(1, config.GetValue("GuestLoop:Triage:IntervalHours", 24));

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var slot = $"every{IntervalHours}h-{clock.GetUtcNow().ToUnixTimeSeconds() / 3600 / IntervalHours}";
        List<Guid> enterprises;
        await using (var scope = scopes.CreateAsyncScope())
        {
            enterprises = await scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>().Enterprises.Select(e => e.Id).ToListAsync(ct);
        }

        var trained = 0;
        foreach (var enterprise in enterprises)
        {
            await using var scope = scopes.CreateAsyncScope();
            trained += await scope.ServiceProvider.GetRequiredService<TriageTraining>().RunAsync(enterprise, slot, ct) is { Error: null } ? 1 : 0;
        }

        return trained;
    }

    /// <summary>Looks every hour whether a new period began; the first look waits an hour, not to slow the start.</summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        config.GetValue("GuestLoop:Triage:Enabled", true)
            ? PeriodicRounds.RunAsync("Triage training", TimeSpan.FromHours(1), clock, log, RoundAsync, stoppingToken, firstAtStart: false)
            : Task.CompletedTask;

    private async Task RoundAsync(CancellationToken ct)
    {
        var trained = await RunOnceAsync(ct);
        if (trained > 0)
        {
            log.LogInformation("Triage training: {Trained} enterprise models trained", trained);
        }
    }
}
