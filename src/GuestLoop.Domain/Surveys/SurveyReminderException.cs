namespace GuestLoop.Domain.Surveys;

/// <summary>A reminder was reported that the survey's schedule does not call for yet (HTTP 409).</summary>
public sealed class SurveyReminderException(string message) : DomainException(DomainErrorKind.Conflict, message);
