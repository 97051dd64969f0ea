namespace GuestLoop.Domain.WorkOrders;

/// <summary>A work-order step its current state does not allow, or one taken by someone it is not for (HTTP 409).</summary>
public sealed class WorkOrderStepException(WorkOrderState state, string step)
    : DomainException(DomainErrorKind.Conflict, $"'{step}' is not allowed while the work order is {state}.")
{
    public WorkOrderState State { get; } = state;

    public string Step { get; } = step;
}
