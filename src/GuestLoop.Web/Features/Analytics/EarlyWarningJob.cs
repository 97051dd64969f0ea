namespace GuestLoop.Web.Features.Analytics;

/// <summary>
/// Every <c>GuestLoop:EarlyWarning:IntervalMinutes</c> (15), one early-warning round. Every instance may run it:
/// the unique key of each alert decides which instance stores it. The bell and email go out with the
/// escalation job's mailer.
/// </summary>
public sealed class EarlyWarningJob(IServiceScopeFactory scopes, IConfiguration config, TimeProvider clock, ILogger<EarlyWarningJob> log)
    : BackgroundService
{
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EarlyWarningScan>().RunAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!config.GetValue("GuestLoop:EarlyWarning:Enabled", true))
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, config.GetValue("GuestLoop:EarlyWarning:IntervalMinutes", 15))), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    var raised = await RunOnceAsync(stoppingToken);
                    if (raised > 0)
                    {
                        log.LogInformation("Early warning: {Raised} alerts raised", raised);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "Early-warning round failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
