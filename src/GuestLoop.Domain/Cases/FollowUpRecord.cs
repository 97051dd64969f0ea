namespace GuestLoop.Domain.Cases;

/// <summary>How the follow-up visit (回访) went; satisfaction on a 1–5 scale, 3 and above counts as satisfied.</summary>
public sealed record FollowUpRecord(string Way, int Satisfaction, string? Note)
{
    public const int SatisfiedFrom = 3;

    /// <summary>How staff reach the guest (phone, a visit, a message, email), and the guest's own survey answer.</summary>
    public static readonly IReadOnlyList<string> Ways = ["phone", "visit", "message", "email", Case.SurveyWay];

    public bool Satisfied => Satisfaction >= SatisfiedFrom;
}
