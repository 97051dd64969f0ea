namespace GuestLoop.Web.Features.Surveys;

/// <summary>What the guest's survey page shows.</summary>
public enum SurveyView
{
    Form,
    Thanks,
    AlreadyAnswered,
    Expired,
    NotFound,
}
