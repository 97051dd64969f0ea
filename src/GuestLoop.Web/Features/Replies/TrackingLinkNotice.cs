using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Customers;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Intake;
using GuestLoop.Web.Features.Mail;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Features.Public;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace GuestLoop.Web.Features.Replies;

/// <summary>
/// Tells the guest of a case staff recorded by phone or at the desk where to follow it: the case number and the tracking
/// link, in the guest's language, by text message (added to the SMS outbox in the intake's transaction, so a failed intake
/// sends nothing) and by e-mail (sent once that transaction has committed). Only to a contact the guest left, and never to
/// a guest who withdrew consent to service messages. One instance per intake transaction.
/// </summary>
public sealed class TrackingLinkNotice(GuestLoopDbContext db, SmsOutbox sms, TrackingLinkDelivery delivery, IStringLocalizer<SharedResource> l,
    IConfiguration config, IOptions<SmtpOptions> smtp, TimeProvider clock, IEmailSender? email = null)
{
    public const string Purpose = "tracking-link";

    private readonly List<Guid> _texts = [];
    private readonly List<(Guid CaseId, EmailMessage Mail)> _mails = [];

    /// <summary>Phone and on-site (front desk, walk-in) cases: recorded by staff, with the guest there to be told.</summary>
    public static bool AppliesTo(Channel channel) => channel is Channel.Phone or Channel.Onsite;

    public void Prepare(Case @case, Guest? guest, Property property, CaseIntake intake)
    {
        if (intake.TrackingLinkBase is not { } appBase || !AppliesTo(@case.Channel) || guest is null
            || !guest.MayBeContactedFor(ConsentPurpose.Service))
        {
            return;
        }

        var link = TrackingLink.For(config, appBase, @case.TrackingToken);
        var language = GuestCulture.Of(@case);
        if (@case.Complainant.Phone is { Length: > 0 } phone)
        {
            var text = GuestCulture.In(language, () => l["TrackingLink.Sms", property.Name, @case.Number, link].Value);
            var message = sms.Queue(@case.Id, Purpose, phone, text);
            if (message.Status == SmsOutbox.Queued)
            {
                _texts.Add(message.Id);
            }
        }

        if (email is not null && @case.Complainant.Email is { Length: > 0 } address)
        {
            var (subject, body) = GuestCulture.In(language, () => (
                l["TrackingLink.Mail.Subject", property.Name, @case.Number].Value,
                l["TrackingLink.Mail.Body", @case.Complainant.Name ?? string.Empty, @case.Number, link, property.Name].Value));
            var messageId = smtp.Value.NewMessageId();
            // The guest's answer to this mail threads onto the case, as an answer to a reply does.
            db.CaseMessageIds.Add(new CaseMessageId { MessageId = messageId, CaseId = @case.Id, Outgoing = true, At = clock.GetUtcNow() });
            _mails.Add((@case.Id, new EmailMessage(address, @case.Complainant.Name ?? address, subject, body, MessageId: messageId, Automatic: true)));
        }
    }

    /// <summary>After the intake's commit: what is still to go out is handed to the delivery, off the intake writer.</summary>
    public void Committed()
    {
        delivery.Post(_texts, _mails);
        _texts.Clear();
        _mails.Clear();
    }
}
