namespace GuestLoop.Domain.Surveys;

/// <summary>The sending rule refused a survey to this guest now (HTTP 409); the message says why.</summary>
public sealed class SurveyRefusedException(SendingDecision decision, int minDaysBetween)
    : DomainException(DomainErrorKind.Conflict, decision switch
    {
        SendingDecision.NoConsent => "The guest has not consented to satisfaction surveys (or withdrew consent).",
        SendingDecision.TooSoon => $"The guest was sent a survey less than {minDaysBetween} days ago; a guest is asked at most once per {minDaysBetween} days.",
        _ => throw new ArgumentOutOfRangeException(nameof(decision)),
    })
{
    public SendingDecision Decision { get; } = decision;
}
