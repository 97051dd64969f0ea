using GuestLoop.Web.Infrastructure;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace GuestLoop.Web.Features.Notifications;

/// <summary>The <c>GuestLoop:Smtp</c> settings.</summary>
public sealed class SmtpOptions
{
    public const string Section = "GuestLoop:Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "guestloop@localhost";
    public string FromName { get; set; } = "GuestLoop";

    /// <summary>A new Message-ID under the sender's domain, so the guest's answer can be threaded onto the case.</summary>
    public string NewMessageId() =>
        MimeKit.Utils.MimeUtils.GenerateMessageId(From.Contains('@') ? From[(From.IndexOf('@') + 1)..] : "guestloop.local");
}

/// <summary>Sends through an SMTP server with MailKit, upgrading to TLS when the server offers it.</summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options, ProductMetrics metrics) : IEmailSender
{
    private readonly ProductMetrics metrics = metrics;

    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        await using var batch = new Connection(this);
        await batch.SendAsync(message, ct);
    }

    public Task<IEmailBatch> OpenBatchAsync(CancellationToken ct) => Task.FromResult<IEmailBatch>(new Connection(this));

    /// <summary>
    /// Messages sent over one connection before it is renewed: servers cap a session (OpenSMTPD answers "4.5.3 Too many
    /// messages sent" after 100), and a fresh session now and then costs one handshake.
    /// </summary>
    public const int MessagesPerConnection = 50;

    /// <summary>One SMTP connection, opened at the first message and again after a failure that may have broken it.</summary>
    private sealed class Connection(SmtpEmailSender sender) : IEmailBatch
    {
        private readonly SmtpClient client = new();
        private int _sent;

        public async Task SendAsync(EmailMessage message, CancellationToken ct)
        {
            try
            {
                if (client.IsConnected && _sent >= MessagesPerConnection)
                {
                    await client.DisconnectAsync(quit: true, ct);
                }

                if (!client.IsConnected)
                {
                    await sender.ConnectAsync(client, ct);
                    _sent = 0;
                }

                await client.SendAsync(sender.Compose(message), ct);
                _sent++;
                sender.metrics.MailSent(succeeded: true);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                sender.metrics.MailSent(succeeded: false);
                // A refused recipient leaves the session usable; anything else starts the next message on a new connection.
                if (e is not SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted } && client.IsConnected)
                {
                    await client.DisconnectAsync(quit: false, CancellationToken.None);
                }

                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(quit: true, CancellationToken.None);
                }
            }
            catch (Exception e) when (e is IOException or SmtpProtocolException or System.Net.Sockets.SocketException)
            {
                // The messages are sent; a QUIT the server did not answer loses nothing.
            }
            finally
            {
                client.Dispose();
            }
        }
    }

    private async Task ConnectAsync(SmtpClient client, CancellationToken ct)
    {
        var o = options.Value;
        await client.ConnectAsync(o.Host ?? throw new InvalidOperationException("GuestLoop:Smtp:Host is not set."), o.Port, SecureSocketOptions.Auto, ct);
        if (!string.IsNullOrEmpty(o.UserName))
        {
            await client.AuthenticateAsync(o.UserName, o.Password ?? string.Empty, ct);
        }
    }

    private MimeMessage Compose(EmailMessage message)
    {
        var o = options.Value;
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(o.FromName, o.From));
        mime.To.Add(new MailboxAddress(message.ToName, message.To));
        mime.Subject = message.Subject;
        if (message.MessageId is { } id)
        {
            mime.MessageId = id;
        }

        if (message.Automatic)
        {
            mime.Headers.Add("Auto-Submitted", "auto-generated");
        }

        var body = new BodyBuilder { TextBody = message.Body };
        foreach (var file in message.Attachments ?? [])
        {
            body.Attachments.Add(file.FileName, file.Content, ContentType.Parse(file.ContentType));
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }
}
