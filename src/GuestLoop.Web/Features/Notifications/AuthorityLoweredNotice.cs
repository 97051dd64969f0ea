using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Data;

namespace GuestLoop.Web.Features.Notifications;

/// <summary>A triage took a case below the authority that held it: the staff of that level at the property are told at once.</summary>
public static class AuthorityLoweredNotice
{
    public static async Task AddAsync(GuestLoopDbContext db, Case @case, AuthorityLevel lostBy, DateTimeOffset now, CancellationToken ct)
    {
        var recipients = await NotificationRecipients.LoadAsync(db, ct);
        db.Notifications.AddRange(recipients.AtLevel(lostBy, @case.PropertyId).Select(id => new Notification
        {
            RecipientId = id, CaseId = @case.Id, PropertyId = @case.PropertyId, CaseNumber = @case.Number, CaseTitle = @case.Title,
            Stage = SlaStage.Response, StageStartedAt = now, Event = EscalationEvent.AuthorityLowered, DueAt = now, CreatedAt = now,
            DeliverAfter = now,
        }));
    }
}
