using GuestLoop.Web.Features.WorkOrders;

namespace GuestLoop.Web.Features.Reservations;

/// <summary>
/// How many rooms of a type are promised for a night. The database refuses a row with more bookings than rooms plus the
/// property's overbooking allowance (a check constraint), so two instances taking the last room at once cannot both win.
/// </summary>
public sealed class RoomTypeNight : IPropertyRow
{
    public Guid RoomTypeId { get; set; }
    public DateOnly Night { get; set; }
    public Guid PropertyId { get; set; }
    public int Booked { get; set; }

    /// <summary>The sellable rooms of the type that night, as last counted when a room was taken.</summary>
    public int Capacity { get; set; }

    /// <summary>The rooms the property may sell beyond its capacity that night.</summary>
    public int Overbooking { get; set; }
}

/// <summary>The same count for the whole property, so overbooking across every type stays within the night's limit.</summary>
public sealed class PropertyNight : IPropertyRow
{
    public Guid PropertyId { get; set; }
    public DateOnly Night { get; set; }
    public int Booked { get; set; }
    public int Capacity { get; set; }
    public int Overbooking { get; set; }
}

/// <summary>A property's front-office settings: when rooms are ready and how many it may oversell by default.</summary>
public sealed class FrontOfficeSettings : IPropertyRow
{
    public Guid PropertyId { get; set; }
    public TimeOnly CheckInTime { get; set; } = new(14, 0);
    public TimeOnly CheckOutTime { get; set; } = new(12, 0);
    public int OverbookingRooms { get; set; }
}

/// <summary>A night whose overbooking limit differs from the property's default (a holiday sold tighter, a quiet night looser).</summary>
public sealed class OverbookingNight : IPropertyRow
{
    public Guid PropertyId { get; set; }
    public DateOnly Night { get; set; }
    public int Rooms { get; set; }
}
