using GuestLoop.Domain.Surveys;

namespace GuestLoop.Web.Features.Surveys;

/// <summary>An invitation as the staff API shows it; <see cref="Link"/> is the path of the guest's page, to pass on by hand if need be.</summary>
public sealed record SurveyInvitationJson(
    Guid Id,
    Guid TemplateId,
    Guid PropertyId,
    Guid GuestId,
    SurveyOccasion Occasion,
    string? VisitReference,
    string Link,
    DateTimeOffset SentAt,
    DateTimeOffset? ReminderDueAt,
    DateTimeOffset? RemindedAt,
    DateTimeOffset? AnsweredAt)
{
    public static SurveyInvitationJson From(SurveyInvitation i) => new(i.Id, i.TemplateId, i.PropertyId, i.GuestId, i.Occasion, i.VisitReference,
        SurveyInvitationMail.LinkOf(i), i.SentAt, i.ReminderDueAt, i.RemindedAt, i.AnsweredAt);
}
