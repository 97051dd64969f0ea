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
}

/// <summary>Sends through an SMTP server with MailKit, upgrading to TLS when the server offers it.</summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options, ProductMetrics metrics) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        try
        {
            await TrySendAsync(message, ct);
            metrics.MailSent(succeeded: true);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            metrics.MailSent(succeeded: false);
            throw;
        }
    }

    private async Task TrySendAsync(EmailMessage message, CancellationToken ct)
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

        using var client = new SmtpClient();
        await client.ConnectAsync(o.Host ?? throw new InvalidOperationException("GuestLoop:Smtp:Host is not set."), o.Port, SecureSocketOptions.Auto, ct);
        if (!string.IsNullOrEmpty(o.UserName))
        {
            await client.AuthenticateAsync(o.UserName, o.Password ?? string.Empty, ct);
        }

        await client.SendAsync(mime, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
