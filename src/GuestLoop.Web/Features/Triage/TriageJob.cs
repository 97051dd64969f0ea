using GuestLoop.Web.Data;
using GuestLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Triage;

/// <summary>
/// Retrains every enterprise's triage model once per <c>GuestLoop:Triage:IntervalHours</c> (24). Every instance may
/// run the job: each period is a slot that <see cref="TriageTraining"/> inserts once, so one instance trains it. At
/// start only the enterprises without a model train (a fresh demo shows its model at once); the others wait an hour.
/// </summary>
public sealed class TriageJob(IServiceScopeFactory scopes, IConfiguration config, TimeProvider clock, ILogger<TriageJob> log, RoundHealth health) : BackgroundService
{
    public const string Name = "Triage training";

    private bool _started;

    private int IntervalHours => Math.Max(1, config.GetValue("GuestLoop:Triage:IntervalHours", 24));

    /// <summary>Trains every enterprise in this period's slot; returns how many got a model.</summary>
    public Task<int> RunOnceAsync(CancellationToken ct) => TrainAsync(withoutModelOnly: false, ct);

    /// <summary>Trains, in this period's slot, the enterprises that have no model yet.</summary>
    public Task<int> RunAtStartAsync(CancellationToken ct) => TrainAsync(withoutModelOnly: true, ct);

    private async Task<int> TrainAsync(bool withoutModelOnly, CancellationToken ct)
    {
        var slot = $"every{IntervalHours}h-{clock.GetUtcNow().ToUnixTimeSeconds() / 3600 / IntervalHours}";
        List<Guid> enterprises;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
            enterprises = await db.Enterprises
                .Where(e => !withoutModelOnly || !db.TriageModels.Any(m => m.EnterpriseId == e.Id && m.CategoryModel != null))
                .Select(e => e.Id).ToListAsync(ct);
        }

        var trained = 0;
        foreach (var enterprise in enterprises)
        {
            await health.TryItemAsync(Name, $"enterprise {enterprise}", async () =>
            {
                await using var scope = scopes.CreateAsyncScope();
                trained += await scope.ServiceProvider.GetRequiredService<TriageTraining>().RunAsync(enterprise, slot, ct) is { Error: null } ? 1 : 0;
            }, ct);
        }

        return trained;
    }

    /// <summary>Looks every hour whether a new period began; the look at start trains only the enterprises without a model.</summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        config.GetValue("GuestLoop:Triage:Enabled", true)
            ? PeriodicRounds.RunAsync(Name, TimeSpan.FromHours(1), clock, log, health, RoundAsync, stoppingToken)
            : Task.CompletedTask;

    private async Task RoundAsync(CancellationToken ct)
    {
        var atStart = !_started;
        _started = true;
        var trained = atStart ? await RunAtStartAsync(ct) : await RunOnceAsync(ct);
        if (trained > 0)
        {
            log.LogInformation("Triage training: {Trained} enterprise models trained", trained);
        }
    }
}
