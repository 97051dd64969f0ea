namespace GuestLoop.Domain.Compensation;

/// <summary>proposed → approved (or rejected) → agreed with the guest → paid.</summary>
public enum CompensationState
{
    Proposed,
    Approved,
    Rejected,
    Agreed,
    Paid,
}
