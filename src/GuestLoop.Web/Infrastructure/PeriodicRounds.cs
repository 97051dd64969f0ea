namespace GuestLoop.Web.Infrastructure;

/// <summary>
/// The loop of every periodic background job (escalation, mail, early warning, retention): one round per interval
/// until the host stops. A failed round — a database hiccup, a mail server away — is logged and the next tick tries
/// again, so one failure never stops a job for good. Each round is timed and kept in <see cref="RoundHealth"/>.
/// </summary>
public static class PeriodicRounds
{
    /// <param name="firstAtStart">True to run a round at once; false to wait one interval first.</param>
    public static async Task RunAsync(string job, TimeSpan interval, TimeProvider clock, ILogger log, RoundHealth health,
        Func<CancellationToken, Task> round, CancellationToken stoppingToken, bool firstAtStart = true)
    {
        using var timer = new PeriodicTimer(interval, clock);
        GuestLoop.Web.Data.Writing.SqliteWriteGate.Writer.Value = job;
        try
        {
            if (!firstAtStart && !await timer.WaitForNextTickAsync(stoppingToken))
            {
                return;
            }

            do
            {
                try
                {
                    await health.RunAsync(job, round, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "{Job} round failed", job);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
