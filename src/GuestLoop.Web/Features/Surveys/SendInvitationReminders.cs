using GuestLoop.Domain.Surveys;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Mail;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Surveys;

/// <summary>
/// The one reminder of a template's survey the guest has not answered, on the mail round. Each is first claimed with one
/// conditional UPDATE, so of several instances or rounds only one sends it; a guest without an address or who withdrew
/// consent loses the reminder instead of keeping it due.
/// </summary>
public sealed class SendInvitationReminders(GuestLoopDbContext db, SurveyInvitationMail mail, TimeProvider clock, RoundHealth health,
    IEmailSender? email = null)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        if (email is null)
        {
            // Kept due until e-mail is configured.
            return 0;
        }

        var now = clock.GetUtcNow();
        var due = await db.SurveyInvitations.AsNoTracking()
            .Where(i => i.AnsweredAt == null && i.RemindedAt == null && i.ReminderDueAt != null && i.ReminderDueAt <= now)
            .OrderBy(i => i.ReminderDueAt).Take(100).ToListAsync(ct);
        var sent = 0;
        foreach (var invitation in due)
        {
            invitation.RecordReminder(now);
            var claimed = await RoundBatches.InTransactionAsync(db, health, MailJob.Name, () => db.SurveyInvitations
                .Where(i => i.Id == invitation.Id && i.RemindedAt == null && i.AnsweredAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.RemindedAt, invitation.RemindedAt).SetProperty(i => i.ReminderDueAt, (DateTimeOffset?)null), ct), ct);
            if (claimed == 0)
            {
                continue;
            }

            var guest = await db.Guests.AsNoTracking().SingleAsync(g => g.Id == invitation.GuestId, ct);
            var template = await db.SurveyTemplates.AsNoTracking().SingleAsync(t => t.Id == invitation.TemplateId, ct);
            sent += await mail.SendAsync(invitation, template, guest, ct, reminder: true) ? 1 : 0;
        }

        return sent;
    }
}
