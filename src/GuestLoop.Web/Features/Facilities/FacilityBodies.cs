using GuestLoop.Domain.Customers;
using GuestLoop.Domain.Facilities;
using GuestLoop.Web.Features.Account;

namespace GuestLoop.Web.Features.Facilities;

/// <summary>A facility by its code at a property: added when new, changed when the code is known.</summary>
public sealed record FacilityBody(string? Property, string? Code, string? Name, string? Kind, int? Capacity, bool? Exclusive, int? SlotMinutes, TimeOnly? Opens,
    TimeOnly? Closes, int? MinNoticeMinutes, int? MaxMinutes, int? MaxPartySize, int? FreeCancellationHours, bool? Active);

/// <summary>A new booking, or (with <c>version</c>) a change of one.</summary>
public sealed record FacilityBookingBody(Guid? FacilityId, DateOnly? Date, TimeOnly? Start, TimeOnly? End, int? PartySize, string? GuestName, string? Phone,
    Guid? GuestId, string? RoomNumber, string? Notes, string? Layout, string? Equipment, string? Catering, List<EventOrderItemBody>? EventOrder, int? Version);

public sealed record EventOrderItemBody(TimeOnly? At, string? Activity, string? Department);

public sealed record FacilityCancelBody(string? Reason, int? Version);

public sealed record FacilityJson(Guid Id, string Property, string Code, string Name, FacilityKind Kind, int Capacity, bool Exclusive, int SlotMinutes,
    TimeOnly Opens, TimeOnly Closes, int MinNoticeMinutes, int MaxMinutes, int MaxPartySize, int FreeCancellationHours, bool Active, bool HoldsEvents)
{
    public static FacilityJson From(Facility f, string property) =>
        new(f.Id, property, f.Code, f.Name, f.Kind, f.Capacity, f.Exclusive, f.SlotMinutes, f.Opens, f.Closes, f.Rules.MinNoticeMinutes, f.Rules.MaxMinutes,
            f.Rules.MaxPartySize, f.Rules.FreeCancellationHours, f.Active, f.HoldsEvents);
}

/// <summary>A booking as it leaves the server: the phone masked unless the caller sees clear values.</summary>
public sealed record FacilityBookingJson(Guid Id, string Number, Guid FacilityId, string Facility, string FacilityName, FacilityKind Kind,
    FacilityBookingStatus Status, DateOnly Date, TimeOnly Start, TimeOnly End, int PartySize, int Units, Guid? GuestId, string GuestName, string? Phone,
    string? RoomNumber, string? Notes, EventLayout? Layout, string? Equipment, string? Catering, IReadOnlyList<EventOrderItem> EventOrder, string? CancelReason,
    bool LateCancellation, int FreeCancellationHours, bool Masked, int Version, IReadOnlyList<FacilityBookingEventJson> History)
{
    public static FacilityBookingJson From(FacilityBooking b, Facility f, AccessScope scope)
    {
        var clear = scope.SeesClearValues;
        return new FacilityBookingJson(b.Id, b.Number, f.Id, f.Code, f.Name, f.Kind, b.Status, b.Date, b.Start, b.End, b.PartySize, b.Units, b.GuestId,
            b.GuestName, clear ? b.Phone : Masking.Phone(b.Phone), b.RoomNumber, b.Notes, b.Layout, b.Equipment, b.Catering, b.EventOrder, b.CancelReason,
            b.LateCancellation, b.Rules.FreeCancellationHours, !clear, b.Version,
            [.. b.History.OrderByDescending(h => h.At).Select(h => new FacilityBookingEventJson(h.At, h.By, h.What, h.Note))]);
    }
}

public sealed record FacilityBookingEventJson(DateTimeOffset At, string By, string What, string? Note);

public sealed record FacilityDayJson(Guid FacilityId, string Facility, DateOnly Date, IReadOnlyList<SlotJson> Slots);

public sealed record SlotJson(TimeOnly Start, int Capacity, int Booked, int Free);

public sealed record FacilityBookingListJson(IReadOnlyList<FacilityBookingJson> Items, int Total);
