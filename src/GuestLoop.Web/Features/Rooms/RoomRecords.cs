using GuestLoop.Web.Features.WorkOrders;

namespace GuestLoop.Web.Features.Rooms;

/// <summary>
/// A cleaning work order the room board opened for a room that became dirty: the board shows it as the room's open
/// task, and its completion (or its check, where the type asks for one) makes the room clean.
/// </summary>
public sealed class RoomCleaningTask : IPropertyRow
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PropertyId { get; set; }
    public Guid RoomId { get; set; }
    public Guid WorkOrderId { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
}

/// <summary>One row of an attendant's daily sheet: a room given to an attendant for a local date by a supervisor.</summary>
public sealed class SheetAssignment : IPropertyRow
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PropertyId { get; set; }
    public DateOnly Date { get; set; }
    public Guid RoomId { get; set; }
    public Guid AttendantId { get; set; }
    public Guid? AssignedById { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
}
