namespace GuestLoop.Domain.Cases;

/// <summary>The stages of the lifecycle in DESIGN §3; other kinds use a subset.</summary>
public enum CaseStatus
{
    Received,
    Triaged,
    Investigating,
    PlanProposed,
    PlanApproved,
    Executing,
    Replied,
    FollowUp,
    Closed,
}
