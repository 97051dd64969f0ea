using GuestLoop.Web.Infrastructure;

namespace GuestLoop.Web.Features.Reservations;

/// <summary>
/// Every <c>GuestLoop:NoShow:IntervalMinutes</c> (30), the night audit's no-show round (<see cref="ReservationBook.MarkNoShowsAsync"/>):
/// reservations whose arrival day is over without the guest become no-shows with their charge. Each is one reservation's
/// step with its version checked, so two instances running the round mark each reservation once.
/// </summary>
public sealed class NoShowJob(IServiceScopeFactory scopes, IConfiguration config, TimeProvider clock, ILogger<NoShowJob> log, RoundHealth health)
    : BackgroundService
{
    public const string Name = "Night audit no-shows";
    private const int Batch = 200;

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReservationBook>().MarkNoShowsAsync(Batch, ct);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        config.GetValue("GuestLoop:NoShow:Enabled", true)
            ? PeriodicRounds.RunAsync(Name, TimeSpan.FromMinutes(Math.Max(1, config.GetValue("GuestLoop:NoShow:IntervalMinutes", 30))),
                clock, log, health, RoundAsync, stoppingToken, firstAtStart: false)
            : Task.CompletedTask;

    private async Task RoundAsync(CancellationToken ct)
    {
        var marked = await RunOnceAsync(ct);
        health.Handled(Name, marked);
        if (marked > 0)
        {
            log.LogInformation("Night audit: {Marked} reservations whose guests did not come marked no-show", marked);
        }
    }
}
