using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Customers;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Mail;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Features.Replies;
using GuestLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuestLoop.Web.Features.Surveys;

/// <summary>
/// Sends every survey reminder that fell due, by e-mail when the guest left an address and e-mail is configured, else
/// by text message, in the guest's language. A reminder is first claimed with one conditional UPDATE (the counters it
/// moves on must still be what this instance read), so of several instances or rounds only one ever sends it.
/// Reminders without a way to reach the guest stay due, for staff to pass on by hand.
/// </summary>
public sealed class SendSurveyReminders(GuestLoopDbContext db, SmsOutbox sms, IStringLocalizer<SharedResource> l, IConfiguration config,
    TimeProvider clock, ILogger<SendSurveyReminders> log, RoundHealth health, IEmailSender? email = null)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await db.Surveys.AsNoTracking()
            .Where(s => s.AnsweredAt == null && s.NextReminderAt != null && s.NextReminderAt <= now && s.ExpiresAt > now)
            .Join(db.Cases, s => s.CaseId, c => c.Id, (s, c) => new { Survey = s, Case = c })
            .OrderBy(x => x.Survey.NextReminderAt)
            .Take(100)
            .ToListAsync(ct);
        // A guest who withdrew consent to surveys after the link was made gets no reminder of it either.
        var withdrawn = await SurveyReminders.WithdrawnAsync(db, due.Select(x => x.Case.GuestId), ct);
        var sent = 0;
        foreach (var item in due)
        {
            var (survey, @case) = (item.Survey, item.Case);
            var byEmail = email is not null && !string.IsNullOrWhiteSpace(@case.Complainant.Email);
            if ((!byEmail && string.IsNullOrWhiteSpace(@case.Complainant.Phone)) || (@case.GuestId is { } guest && withdrawn.Contains(guest)))
            {
                continue;
            }

            var (count, dueAt) = (survey.RemindersSent, survey.NextReminderAt);
            survey.RecordReminderSent(now);
            var claimed = await RoundBatches.InTransactionAsync(db, health, MailJob.Name, () => db.Surveys
                .Where(s => s.Id == survey.Id && s.RemindersSent == count && s.NextReminderAt == dueAt)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.RemindersSent, survey.RemindersSent).SetProperty(s => s.NextReminderAt, survey.NextReminderAt), ct), ct);
            if (claimed == 0)
            {
                continue;
            }

            var property = await db.Properties.AsNoTracking().Where(p => p.Id == @case.PropertyId).Select(p => p.Name).SingleAsync(ct);
            var link = (config["GuestLoop:PublicUrl"] ?? string.Empty).TrimEnd('/') + SurveyJson.LinkOf(survey);
            var language = GuestCulture.Of(@case);
            try
            {
                if (byEmail)
                {
                    var (subject, body) = GuestCulture.In(language, () => (
                        l["Survey.Reminder.Subject", property, @case.Number].Value,
                        l["Survey.Reminder.Body", @case.Complainant.Name ?? string.Empty, link, survey.ExpiresAt.ToString("yyyy-MM-dd")].Value));
                    await email!.SendAsync(new EmailMessage(@case.Complainant.Email!, @case.Complainant.Name ?? @case.Complainant.Email!, subject, body,
                        Automatic: true), ct);
                }
                else
                {
                    var text = GuestCulture.In(language, () => l["Survey.Reminder.Sms", property, @case.Number, link].Value);
                    await sms.SendAsync(@case.Id, survey.Id, "survey-reminder", @case.Complainant.Phone!, text, ct);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Claimed but not delivered: not retried, so that a flaky server can never remind a guest twice.
                log.LogWarning(e, "The reminder of survey {Survey} could not be sent", survey.Id);
                continue;
            }

            sent++;
            // The case's history shows the reminder, the recipient masked as for a reply sent.
            var tracked = await db.Cases.Include(c => c.History).SingleAsync(c => c.Id == @case.Id, ct);
            tracked.RecordSurveyReminder(Actor.System, now, survey.RemindersSent, byEmail ? "email" : "sms",
                byEmail ? Masking.Email(@case.Complainant.Email) : Masking.Phone(@case.Complainant.Phone));
            await RoundBatches.InTransactionAsync(db, health, MailJob.Name, () => Task.CompletedTask, ct);
        }

        return sent;
    }
}
