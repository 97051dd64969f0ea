namespace GuestLoop.Domain.Surveys;

/// <summary>The survey link no longer takes an answer: it was answered already, or it expired (HTTP 409).</summary>
public sealed class SurveyClosedException(SurveyState state)
    : DomainException(DomainErrorKind.Conflict, $"The survey is {state} and takes no answer.")
{
    public SurveyState State { get; } = state;
}
