namespace GuestLoop.Web.Features.Notifications;

/// <summary>One plain-text email to one person.</summary>
public sealed record EmailMessage(string To, string ToName, string Subject, string Body);

/// <summary>Sends email; registered only when <c>GuestLoop:Smtp:Host</c> is configured.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct);
}
