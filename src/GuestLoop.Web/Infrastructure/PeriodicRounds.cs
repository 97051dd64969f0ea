namespace GuestLoop.Web.Infrastructure;

/// <summary>
/// The loop of every periodic background job (escalation, mail, early warning, retention): one round per interval
/// until the host stops. A failed round — a database hiccup, a mail server away — is logged and the next tick tries
/// again, so one failure never stops a job for good. Each round is timed and kept in <see cref="RoundHealth"/>. A round
/// that took longer than its interval rests as long as it ran before the next one starts, so a job that falls behind
/// (a storm of overdue deadlines) uses at most half of a core instead of running back to back. Every round runs on the
/// job's own low-priority thread (<see cref="BackgroundThread"/>), so requests are served first.
/// </summary>
public static class PeriodicRounds
{
    /// <param name="firstAtStart">True to run a round at once; false to wait one interval first.</param>
    public static async Task RunAsync(string job, TimeSpan interval, TimeProvider clock, ILogger log, RoundHealth health,
        Func<CancellationToken, Task> round, CancellationToken stoppingToken, bool firstAtStart = true)
    {
        using var timer = new PeriodicTimer(interval, clock);
        using var thread = new BackgroundThread(job);
        GuestLoop.Web.Data.Writing.SqliteWriteGate.Writer.Value = job;
        try
        {
            if (!firstAtStart && !await timer.WaitForNextTickAsync(stoppingToken))
            {
                return;
            }

            do
            {
                var started = clock.GetTimestamp();
                try
                {
                    await thread.RunAsync(() => health.RunAsync(job, round, stoppingToken), stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "{Job} round failed", job);
                }

                if (clock.GetElapsedTime(started) is var took && took > interval)
                {
                    log.LogWarning("{Job} round took {Took} ms, longer than its interval; it rests as long before the next", job, (long)took.TotalMilliseconds);
                    await Task.Delay(took, clock, stoppingToken);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
