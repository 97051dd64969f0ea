using GuestLoop.Domain.Surveys;
using GuestLoop.Web.Features.Cases;

namespace GuestLoop.Web.Features.Surveys;

/// <summary>A survey as the staff API shows it; <see cref="Link"/> is the path of the guest's page.</summary>
public sealed record SurveyJson(
    Guid Id,
    Guid CaseId,
    int Cycle,
    string Link,
    SurveyState State,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    int RemindersSent,
    DateTimeOffset? NextReminderAt,
    DateTimeOffset? AnsweredAt,
    int? Csat,
    int? Nps,
    NpsCategory? NpsCategory,
    bool? Unsatisfied,
    string? Comment)
{
    public static string LinkOf(Survey s) => $"/survey/{s.Token}";

    public static SurveyJson From(Survey s, DateTimeOffset now) => new(
        s.Id, s.CaseId, s.Cycle, LinkOf(s), s.StateAt(now), s.CreatedAt, s.ExpiresAt, s.RemindersSent, s.NextReminderAt,
        s.AnsweredAt, s.Csat, s.Nps, s.NpsCategory, s.Unsatisfied, s.Comment);
}

/// <summary>A reminder to send: which link, to whom, and which reminder it is.</summary>
public sealed record SurveyReminderJson(
    Guid SurveyId,
    Guid CaseId,
    string CaseNumber,
    string Link,
    int Reminder,
    DateTimeOffset DueAt,
    DateTimeOffset ExpiresAt,
    CustomerJson Customer);
