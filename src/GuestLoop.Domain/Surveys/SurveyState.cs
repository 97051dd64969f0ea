namespace GuestLoop.Domain.Surveys;

/// <summary>Where a survey link stands: waiting for the guest, answered once, or no longer accepted.</summary>
public enum SurveyState
{
    Open,
    Answered,
    Expired,
}
