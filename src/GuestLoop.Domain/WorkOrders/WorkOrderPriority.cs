namespace GuestLoop.Domain.WorkOrders;

/// <summary>How soon among the open orders; a guest with special needs is never below <see cref="High"/>.</summary>
public enum WorkOrderPriority
{
    Normal,
    High,
    Urgent,
}

public static class WorkOrderPriorities
{
    /// <summary>The priority an order gets: the one asked for, raised to high for a guest with special needs.</summary>
    public static WorkOrderPriority For(WorkOrderPriority asked, bool specialNeeds) =>
        specialNeeds && asked < WorkOrderPriority.High ? WorkOrderPriority.High : asked;
}
