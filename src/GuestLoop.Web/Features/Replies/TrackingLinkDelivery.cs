using System.Threading.Channels;
using GuestLoop.Web.Features.Notifications;

namespace GuestLoop.Web.Features.Replies;

/// <summary>
/// Sends the tracking links of new cases once their intake has committed, so the intake writer never waits for an SMS
/// gateway or a mail server: queued text messages (each claimed first, so it goes out once whatever the number of
/// instances) and e-mails (not retried, like every mail to a guest). Every few minutes it also sends the text messages an
/// instance queued and stopped before sending.
/// </summary>
public sealed class TrackingLinkDelivery(IServiceScopeFactory scopes, ILogger<TrackingLinkDelivery> log) : BackgroundService
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(5);

    private readonly Channel<(Guid? Text, (Guid CaseId, EmailMessage Mail)? Mail)> _queue =
        Channel.CreateUnbounded<(Guid? Text, (Guid CaseId, EmailMessage Mail)? Mail)>();

    public void Post(IEnumerable<Guid> texts, IEnumerable<(Guid CaseId, EmailMessage Mail)> mails)
    {
        foreach (var id in texts)
        {
            _queue.Writer.TryWrite((id, null));
        }

        foreach (var mail in mails)
        {
            _queue.Writer.TryWrite((null, mail));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextSweep = Environment.TickCount64 + (long)SweepInterval.TotalMilliseconds;
        while (!stoppingToken.IsCancellationRequested)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            wait.CancelAfter(TimeSpan.FromMilliseconds(Math.Max(0, nextSweep - Environment.TickCount64)));
            try
            {
                await _queue.Reader.WaitToReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // Time for the sweep; it runs below.
            }
            catch (OperationCanceledException)
            {
                return;
            }

            while (_queue.Reader.TryRead(out var item))
            {
                if (item.Text is { } id)
                {
                    await TryAsync(id, sp => sp.GetRequiredService<SmsOutbox>().DeliverAsync(id, stoppingToken));
                }
                else if (item.Mail is { } mail)
                {
                    await TryAsync(mail.CaseId, sp => sp.GetService<IEmailSender>() is { } sender
                        ? sender.SendAsync(mail.Mail, stoppingToken)
                        : Task.CompletedTask);
                }
            }

            if (Environment.TickCount64 >= nextSweep)
            {
                await TryAsync(null, sp => SweepAsync(sp, stoppingToken));
                nextSweep = Environment.TickCount64 + (long)SweepInterval.TotalMilliseconds;
            }
        }
    }

    private static async Task SweepAsync(IServiceProvider services, CancellationToken ct)
    {
        var outbox = services.GetRequiredService<SmsOutbox>();
        foreach (var id in await outbox.QueuedAsync(ct))
        {
            await outbox.DeliverAsync(id, ct);
        }
    }

    private async Task TryAsync(Guid? id, Func<IServiceProvider, Task> work)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await work(scope.ServiceProvider);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "A tracking link ({Id}) could not be sent to the guest", id);
        }
    }
}
