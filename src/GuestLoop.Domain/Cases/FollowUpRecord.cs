namespace GuestLoop.Domain.Cases;

/// <summary>How the follow-up visit (回访) went; satisfaction on a 1–5 scale, 3 and above counts as satisfied.</summary>
public sealed record FollowUpRecord(string Way, int Satisfaction, string? Note)
{
    public const int SatisfiedFrom = 3;
    public bool Satisfied => Satisfaction >= SatisfiedFrom;
}
