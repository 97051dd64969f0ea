namespace GuestLoop.Web.Features.Reservations;

/// <summary>A new reservation. Without a nightly rate the plan's rate for the room type applies; <c>confirm: false</c> only records the request.</summary>
public sealed record ReservationRequest(string? Property, string? RoomType, string? RatePlan, DateOnly? Arrival, DateOnly? Departure, int? Adults,
    int? Children, decimal? NightlyRate, Guid? GuestId, string? GuestName, string? Phone, string? Email, bool? NeedsAccessibleRoom, string? Notes,
    string? ExternalReference, bool? Confirm);

/// <summary>A change of a reservation not yet checked in; <c>version</c> is the one read, so a change made meanwhile is not overwritten.</summary>
public sealed record ReservationChange(string? RoomType, string? RatePlan, DateOnly? Arrival, DateOnly? Departure, int? Adults, int? Children,
    decimal? NightlyRate, string? GuestName, string? Phone, string? Email, bool? NeedsAccessibleRoom, string? Notes, int? Version);

public sealed record ReservationCancelBody(string? Reason, int? Version);

public sealed record ReservationPaymentBody(string? Kind, decimal? Amount, string? Note);

/// <summary>
/// The check-in: the room (a room of another type is an upgrade), the identity document, the key cards, and — when the
/// room does not suit the guest's needs or differs from the suggestion — the reason.
/// </summary>
public sealed record CheckInBody(string? RoomNumber, string? DocumentType, string? DocumentNumber, int? KeyCards, DateTimeOffset? ArrivedAt,
    string? OverrideReason);

public sealed record RatePlanBody(string? Property, string? Code, string? Name, int? FreeUntilHours, int? LateChargeNights, int? NoShowChargeNights,
    int? DepositNights, Dictionary<string, decimal>? Prices, bool? Active);

public sealed record FrontOfficeSettingsBody(string? Property, TimeOnly? CheckInTime, TimeOnly? CheckOutTime, int? OverbookingRooms,
    Dictionary<DateOnly, int>? OverbookingNights);
