using System.Collections.Concurrent;
using GuestLoop.Web.Features.Notifications;

namespace GuestLoop.Web.Tests.Infrastructure;

/// <summary>Keeps every email an app would have sent.</summary>
public sealed class RecordingEmailSender : IEmailSender
{
    private readonly ConcurrentQueue<EmailMessage> _sent = new();

    public IReadOnlyList<EmailMessage> Sent => [.. _sent];

    public Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        _sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
