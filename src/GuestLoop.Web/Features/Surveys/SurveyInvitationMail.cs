using GuestLoop.Domain.Customers;
using GuestLoop.Domain.Intake;
using GuestLoop.Domain.Surveys;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Features.Replies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuestLoop.Web.Features.Surveys;

/// <summary>
/// The e-mail that brings a guest a template's survey, and its one reminder, in the template's language — sent only when
/// the guest left an address and e-mail is configured. A failed delivery is logged and never retried, so no guest gets two.
/// </summary>
public sealed class SurveyInvitationMail(GuestLoopDbContext db, IStringLocalizer<SharedResource> l, IConfiguration config,
    ILogger<SurveyInvitationMail> log, IEmailSender? email = null)
{
    public static string LinkOf(SurveyInvitation invitation) => $"/survey/invitation/{invitation.Token}";

    public async Task<bool> SendAsync(SurveyInvitation invitation, SurveyTemplateRecord template, Guest guest, CancellationToken ct,
        bool reminder = false)
    {
        if (email is null || string.IsNullOrWhiteSpace(guest.Email) || !guest.MayBeContactedFor(ConsentPurpose.Surveys))
        {
            return false;
        }

        var property = await db.Properties.AsNoTracking().Where(p => p.Id == invitation.PropertyId).Select(p => p.Name).SingleAsync(ct);
        var link = (config["GuestLoop:PublicUrl"] ?? string.Empty).TrimEnd('/') + LinkOf(invitation);
        var prefix = reminder ? "Survey.Invitation.Reminder" : "Survey.Invitation";
        var (subject, body) = GuestCulture.In(GuestLanguage.Of(template.Title), () => (
            l[$"{prefix}.Subject", property, template.Title].Value,
            l[$"{prefix}.Body", guest.Name ?? string.Empty, property, link].Value));
        try
        {
            await email.SendAsync(new EmailMessage(guest.Email, guest.Name ?? guest.Email, subject, body, Automatic: true), ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "The survey invitation {Invitation} could not be sent", invitation.Id);
            return false;
        }
    }
}
