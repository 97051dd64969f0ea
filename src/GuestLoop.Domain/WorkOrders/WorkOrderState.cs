namespace GuestLoop.Domain.WorkOrders;

/// <summary>
/// open (nobody has it) → assigned → accepted → in progress ⇄ paused → completed → verified, where the type asks for a
/// supervisor's check; cancelled from any state before completion.
/// </summary>
public enum WorkOrderState
{
    Open,
    Assigned,
    Accepted,
    InProgress,
    Paused,
    Completed,
    Verified,
    Cancelled,
}
