using GuestLoop.Domain.Customers;
using GuestLoop.Domain.Reservations;
using GuestLoop.Web.Features.Account;

namespace GuestLoop.Web.Features.Reservations;

/// <summary>
/// A reservation as it leaves the server, the only way it does: phone, e-mail and identity document masked unless the
/// caller sees clear values (levels 1–2 and administrators).
/// </summary>
public sealed record ReservationJson(Guid Id, string Number, string Property, ReservationStatus Status, string RoomType, string RoomTypeName, string RatePlan,
    DateOnly Arrival, DateOnly Departure, int Nights, int Adults, int Children, decimal NightlyRate, decimal RoomCharge, Guid? GuestId, string GuestName,
    string? Phone, string? Email, bool NeedsAccessibleRoom, string? Notes, string? ExternalReference, decimal DepositDue, decimal Paid,
    decimal? CancellationCharge, decimal ChargeIfCancelledNow, string? CancelReason, string? RoomNumber, DateTimeOffset? ArrivedAt, DateTimeOffset? CheckedInAt,
    double? CheckInMinutes, bool? CheckInWithinTarget, DateTimeOffset? CheckedOutAt, IdentityDocumentType? DocumentType, string? DocumentNumber, int KeyCards,
    bool Masked, int Version, CancellationRuleJson Terms, IReadOnlyList<ReservationEventJson> History, IReadOnlyList<ReservationPaymentJson> Payments)
{
    public static ReservationJson From(Reservation r, ReservationNames names, AccessScope scope, decimal chargeIfCancelled)
    {
        var clear = scope.SeesClearValues;
        return new ReservationJson(r.Id, r.Number, names.Property(r.PropertyId), r.Status, names.TypeCode(r.RoomTypeId), names.TypeName(r.RoomTypeId),
            names.PlanCode(r.RatePlanId), r.Arrival, r.Departure, r.Nights, r.Adults, r.Children, r.NightlyRate, r.RoomCharge, r.GuestId, r.GuestName,
            clear ? r.Phone : Masking.Phone(r.Phone), clear ? r.Email : Masking.Email(r.Email), r.NeedsAccessibleRoom, r.Notes, r.ExternalReference,
            r.DepositDue, r.Paid, r.CancellationCharge, chargeIfCancelled, r.CancelReason, r.RoomNumber, r.ArrivedAt, r.CheckedInAt,
            r.CheckInDuration is { } d ? Math.Round(d.TotalMinutes, 1) : null, r.CheckInDuration is null ? null : r.CheckInWithinTarget, r.CheckedOutAt,
            r.DocumentType, clear ? r.DocumentNumber : Masking.IdNumber(r.DocumentNumber), r.KeyCards, !clear, r.Version,
            CancellationRuleJson.From(r.Rule),
            [.. r.History.OrderByDescending(h => h.At).Select(h => new ReservationEventJson(h.At, h.By, h.What, h.Note))],
            [.. r.Payments.OrderBy(p => p.At).Select(p => new ReservationPaymentJson(p.Id, p.Kind, p.Amount, p.At, p.By, p.Note))]);
    }
}

public sealed record CancellationRuleJson(int FreeUntilHours, int LateChargeNights, int NoShowChargeNights, int DepositNights)
{
    public static CancellationRuleJson From(CancellationRule r) => new(r.FreeUntilHours, r.LateChargeNights, r.NoShowChargeNights, r.DepositNights);
}

public sealed record ReservationEventJson(DateTimeOffset At, string By, string What, string? Note);

public sealed record ReservationPaymentJson(Guid Id, PaymentKind Kind, decimal Amount, DateTimeOffset At, string By, string? Note);

public sealed record ReservationListJson(IReadOnlyList<ReservationJson> Items, int Total);

public sealed record RatePlanJson(Guid Id, string Property, string Code, string Name, CancellationRuleJson Terms, IReadOnlyDictionary<string, decimal> Prices,
    bool Active);

public sealed record AvailabilityJson(string Property, DateOnly From, DateOnly To, IReadOnlyList<RoomTypeAvailabilityJson> RoomTypes);

public sealed record RoomTypeAvailabilityJson(string Code, string Name, IReadOnlyList<NightAvailabilityJson> Nights);

public sealed record NightAvailabilityJson(DateOnly Night, int Rooms, int Booked, int Overbooking, int Free);

public sealed record AllocationJson(string Property, DateOnly Date, IReadOnlyList<AllocationRowJson> Arrivals, int SpecialNeedsGuests, int SpecialNeedsPlaced,
    double? SpecialNeedsShare, int PreferencesStated, int PreferencesMet, double? PreferencesShare);

public sealed record AllocationRowJson(Guid ReservationId, string Number, string GuestName, string RoomType, bool NeedsAccessibleRoom, string? SuggestedRoom,
    bool SpecialNeedsMet, IReadOnlyList<string> Reasons);

public sealed record FrontOfficeFiguresJson(string? Property, DateOnly From, DateOnly To, int Arrivals, int CheckIns, int WithinTarget, double? WithinTargetShare,
    double? MedianCheckInMinutes, int NoShows, int Cancellations, decimal CancellationCharges);

public sealed record FrontOfficeSettingsJson(string Property, TimeOnly CheckInTime, TimeOnly CheckOutTime, int OverbookingRooms);
