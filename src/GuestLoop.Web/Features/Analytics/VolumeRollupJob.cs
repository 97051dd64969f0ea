using GuestLoop.Web.Data;
using GuestLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Analytics;

/// <summary>
/// Every <c>GuestLoop:Analytics:FoldSeconds</c> (30), folds the volume changes written by the case triggers into the
/// daily roll-up (PostgreSQL only). Every instance may run it; an advisory lock lets one fold at a time. The figures
/// are right without it — reads add the changes not folded yet — the fold only keeps them few.
/// </summary>
public sealed class VolumeRollupJob(IServiceScopeFactory scopes, IConfiguration config, TimeProvider clock, ILogger<VolumeRollupJob> log, RoundHealth health)
    : BackgroundService
{
    public const string Name = "Volume roll-up";

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        return db.Database.IsNpgsql() ? await VolumeRollup.FoldAsync(db, ct, health) : 0;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            if (!config.GetValue("GuestLoop:Analytics:FoldEnabled", true)
                || !scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>().Database.IsNpgsql())
            {
                return;
            }
        }

        await PeriodicRounds.RunAsync(Name, TimeSpan.FromSeconds(Math.Max(1, config.GetValue("GuestLoop:Analytics:FoldSeconds", 30))),
            clock, log, health, async ct =>
            {
                var folded = await RunOnceAsync(ct);
                if (folded > 0)
                {
                    log.LogDebug("Volume roll-up: {Folded} changes folded", folded);
                }
            }, stoppingToken);
    }
}
