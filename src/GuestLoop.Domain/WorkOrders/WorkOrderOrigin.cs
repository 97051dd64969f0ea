namespace GuestLoop.Domain.WorkOrders;

/// <summary>Where a work order comes from: a channel of the cases' channels, or an inspection or a staff member's own eyes.</summary>
public enum WorkOrderChannel
{
    FrontDesk,
    Phone,
    GuestPage,
    Staff,
    Inspection,
    Api,
}

/// <summary>
/// What a new work order is about besides the work: its property, its number, the channel, the guest it serves (when the
/// guest is known) and the case it came from (a complaint that needs a repair).
/// </summary>
public sealed record WorkOrderOrigin(Guid PropertyId, string Number, WorkOrderChannel Channel, Guid? GuestId = null, Guid? CaseId = null);
