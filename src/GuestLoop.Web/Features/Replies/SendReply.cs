using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Customers;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Mail;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Features.Public;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace GuestLoop.Web.Features.Replies;

/// <summary>How a reply went out.</summary>
public sealed record ReplySentJson(string Way, string To, string? MessageId, string? Status);

/// <summary>The SMTP server is not configured: no e-mail can go out.</summary>
public sealed class EmailNotConfiguredException() : Exception("E-mail is not configured (GuestLoop:Smtp:Host).");

/// <summary>
/// Sends the case's latest reply to the guest: by e-mail with the letter as PDF and a Message-Id kept for threading
/// the guest's answer, or as a short text message with the tracking link. Either way a public line goes in the history.
/// </summary>
public sealed class SendReply(GuestLoopDbContext db, CaseWorkflow workflow, ReplyPdf pdf, SmsOutbox sms, AuditLog audit,
    IStringLocalizer<SharedResource> l, IOptions<SmtpOptions> smtp, TimeProvider clock, IEmailSender? email = null)
{
    public const string Email = "email";
    public const string Sms = "sms";

    public async Task<(byte[] Pdf, string FileName)> PdfAsync(Guid caseId, AccessScope scope, CancellationToken ct)
    {
        var c = await workflow.LoadAsync(caseId, scope, ct);
        var letter = ReplyLetter.For(c);
        var property = await db.Properties.AsNoTracking().SingleAsync(p => p.Id == c.PropertyId, ct);
        return (pdf.Render(letter, property.Name, GuestCulture.Of(c), CaseWorkflow.FindZone(property.TimeZoneId)), $"{c.Number}.pdf");
    }

    public async Task<ReplySentJson> SendAsync(Guid caseId, string? way, string trackingBase, AccessScope scope, CancellationToken ct)
    {
        var c = await workflow.LoadAsync(caseId, scope, ct);
        var letter = ReplyLetter.For(c);
        var property = await db.Properties.AsNoTracking().SingleAsync(p => p.Id == c.PropertyId, ct);
        var language = GuestCulture.Of(c);
        var link = TrackingLink.Under(trackingBase, c.TrackingToken);
        ReplySentJson sent;
        if (way == Email)
        {
            var to = c.Complainant.Email is { Length: > 0 } address ? address : throw CaseValidationException.For("way", "The guest left no e-mail address.");
            var sender = email ?? throw new EmailNotConfiguredException();
            var file = pdf.Render(letter, property.Name, language, CaseWorkflow.FindZone(property.TimeZoneId));
            var messageId = smtp.Value.NewMessageId();
            var (subject, body) = GuestCulture.In(language, () => (
                l["Reply.Mail.Subject", property.Name, c.Number].Value,
                l["Reply.Mail.Body", letter.Guest ?? string.Empty, link].Value));
            await sender.SendAsync(new EmailMessage(to, letter.Guest ?? to, subject, body, [new EmailAttachment($"{c.Number}.pdf", "application/pdf", file)],
                messageId), ct);
            db.CaseMessageIds.Add(new CaseMessageId { MessageId = messageId, CaseId = c.Id, Outgoing = true, At = clock.GetUtcNow() });
            sent = new ReplySentJson(Email, to, messageId, "sent");
        }
        else if (way == Sms)
        {
            var to = c.Complainant.Phone is { Length: > 0 } phone ? phone : throw CaseValidationException.For("way", "The guest left no phone number.");
            var text = GuestCulture.In(language, () => l["Reply.Sms", property.Name, c.Number, link].Value);
            var message = await sms.SendAsync(c.Id, null, "reply", to, text, ct);
            sent = new ReplySentJson(Sms, to, null, message.Status);
        }
        else
        {
            throw CaseValidationException.For("way", "One of email|sms.");
        }

        // The history and the audit log keep the recipient masked: both outlive the guest's contact details and are
        // read by staff who may not see them in clear.
        var masked = sent.Way == Email ? Masking.Email(sent.To)! : Masking.Phone(sent.To)!;
        await workflow.PerformAsync(c.Id, scope, (x, actor, now) => x.RecordReplySent(actor, now, sent.Way, masked), ct);
        audit.Append(scope, "reply.send", "case", c.Id.ToString(), null, new { way = sent.Way, to = masked, sent.MessageId, sent.Status, interim = letter.Interim });
        await db.SaveChangesAsync(ct);
        return scope.SeesClearValues ? sent : sent with { To = masked };
    }
}
