namespace GuestLoop.Web.Features.Notifications;

/// <summary>A file sent with an email (the reply PDF).</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>
/// One plain-text email to one person; optionally with files, a Message-Id chosen by the caller (so replies to it can be
/// threaded), and marked as sent by a machine (<c>Auto-Submitted: auto-generated</c>) so that out-of-office answers stay away.
/// </summary>
public sealed record EmailMessage(string To, string ToName, string Subject, string Body,
    IReadOnlyList<EmailAttachment>? Attachments = null, string? MessageId = null, bool Automatic = false);

/// <summary>Sends email; registered only when <c>GuestLoop:Smtp:Host</c> is configured.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct);

    /// <summary>
    /// For a round that sends many messages: one connection kept for all of them where the sender has connections
    /// (no handshake per message); by default each message is sent on its own.
    /// </summary>
    Task<IEmailBatch> OpenBatchAsync(CancellationToken ct) => Task.FromResult<IEmailBatch>(new EachOnItsOwn(this));

    private sealed class EachOnItsOwn(IEmailSender sender) : IEmailBatch
    {
        public Task SendAsync(EmailMessage message, CancellationToken ct) => sender.SendAsync(message, ct);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>Several messages sent one after another; a message that fails throws, and the next one may still go.</summary>
public interface IEmailBatch : IAsyncDisposable
{
    Task SendAsync(EmailMessage message, CancellationToken ct);
}
