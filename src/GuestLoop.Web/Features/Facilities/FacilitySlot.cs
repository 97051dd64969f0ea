using GuestLoop.Web.Features.WorkOrders;

namespace GuestLoop.Web.Features.Facilities;

/// <summary>
/// How many units (covers, guests, visitors, or the whole room) of one facility's time slot are booked. The database
/// refuses a row with more bookings than capacity (a check constraint), so two instances taking the last table at once
/// cannot both win.
/// </summary>
public sealed class FacilitySlot : IPropertyRow
{
    public Guid FacilityId { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>The slot's number from midnight, in the facility's slot length.</summary>
    public int Slot { get; set; }

    public Guid PropertyId { get; set; }
    public int Booked { get; set; }

    /// <summary>The facility's capacity as last counted when a unit was taken.</summary>
    public int Capacity { get; set; }
}
