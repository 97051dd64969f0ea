using GuestLoop.Domain.Customers;
using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Reservations;

/// <summary>
/// A guest's reservation at a property (seed 003 §2–3): a room type for a stay on a rate plan whose terms are copied at
/// booking, the guest's contact (phone and e-mail kept encrypted), their needs, the money (deposit, charges, refunds), the
/// check-in with its identity document and the time from arrival to key, and every step kept. Each step is a method
/// that refuses what the status does not allow; which nights it holds in the inventory follows from
/// <see cref="HeldNights"/>, which the caller takes and releases in the same transaction.
/// </summary>
public sealed class Reservation
{
    public const int NameMax = 100;
    public const int NotesMax = 1000;
    public const int ReasonMax = 500;
    public const int IdNumberMax = 40;

    /// <summary>Seed 000: a guest is checked in within 30 minutes of arriving at the desk.</summary>
    public static readonly TimeSpan CheckInTarget = TimeSpan.FromMinutes(30);

    private readonly List<ReservationEvent> _history = [];
    private readonly List<ReservationPayment> _payments = [];

    private Reservation()
    {
        Number = GuestName = string.Empty;
        Rule = CancellationRule.Flexible;
    }

    public Guid Id { get; private set; }

    public Guid PropertyId { get; private set; }

    /// <summary>The number the guest quotes (unique at the property).</summary>
    public string Number { get; private set; }

    public ReservationStatus Status { get; private set; }

    public Guid RoomTypeId { get; private set; }

    public Guid RatePlanId { get; private set; }

    public DateOnly Arrival { get; private set; }

    public DateOnly Departure { get; private set; }

    public Stay Stay => new(Arrival, Departure);

    public int Adults { get; private set; }

    public int Children { get; private set; }

    public decimal NightlyRate { get; private set; }

    /// <summary>The plan's terms when the reservation was made: a later change of the plan does not change what the guest agreed to.</summary>
    public CancellationRule Rule { get; private set; }

    /// <summary>The guest's profile, when one is linked.</summary>
    public Guid? GuestId { get; private set; }

    public string GuestName { get; private set; }

    /// <summary>Encrypted at rest, masked for staff who do not see clear values.</summary>
    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    /// <summary>A guest in a wheelchair or otherwise needing an accessible room: allocation places them first.</summary>
    public bool NeedsAccessibleRoom { get; private set; }

    /// <summary>Stated wishes and needs as the guest gave them (高楼层, 安静, 婴儿床).</summary>
    public string? Notes { get; private set; }

    /// <summary>A reference from another system (the PMS or channel's reservation number), for idempotent imports.</summary>
    public string? ExternalReference { get; private set; }

    public decimal DepositDue { get; private set; }

    public decimal? CancellationCharge { get; private set; }

    public string? CancelReason { get; private set; }

    public Guid? RoomId { get; private set; }

    public string? RoomNumber { get; private set; }

    /// <summary>When the guest came to the desk: the 30-minute check-in target counts from here.</summary>
    public DateTimeOffset? ArrivedAt { get; private set; }

    /// <summary>When the key was handed over.</summary>
    public DateTimeOffset? CheckedInAt { get; private set; }

    public DateTimeOffset? CheckedOutAt { get; private set; }

    public IdentityDocumentType? DocumentType { get; private set; }

    /// <summary>The identity document's number: encrypted at rest, masked for staff who do not see clear values.</summary>
    public string? DocumentNumber { get; private set; }

    public int KeyCards { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Changes with every step: two clerks on one reservation, one of them is told it changed.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<ReservationEvent> History => _history;

    public IReadOnlyList<ReservationPayment> Payments => _payments;

    public int Nights => Stay.Nights;

    /// <summary>The stay's room charge at the agreed rate.</summary>
    public decimal RoomCharge => Nights * NightlyRate;

    /// <summary>Money received less money refunded.</summary>
    public decimal Paid => _payments.Sum(p => p.Kind == PaymentKind.Refund ? -p.Amount : p.Amount);

    /// <summary>How long the check-in took from arrival to key, once done.</summary>
    public TimeSpan? CheckInDuration => CheckedInAt - ArrivedAt;

    public bool CheckInWithinTarget => CheckInDuration is { } d && d <= CheckInTarget;

    /// <summary>The nights this reservation holds a room for in the inventory now: none unless confirmed or in house.</summary>
    public IReadOnlyList<DateOnly> HeldNights() =>
        Status is ReservationStatus.Confirmed or ReservationStatus.CheckedIn ? [.. Stay.EachNight()] : [];

    public static Reservation Create(Guid propertyId, string number, ReservationTerms terms, ReservationGuest guest, bool confirm, Actor by,
        DateTimeOffset at, DateOnly today)
    {
        var errors = new FieldErrors();
        terms.Check(today, errors);
        guest.Check(errors);
        Throw(errors);
        var reservation = new Reservation
        {
            Id = Guid.NewGuid(), PropertyId = propertyId, Number = number, CreatedAt = at,
            Status = confirm ? ReservationStatus.Confirmed : ReservationStatus.Requested,
        };
        reservation.Apply(terms);
        reservation.Apply(guest);
        reservation.Record(at, by, confirm ? "confirmed" : "requested", $"{terms.Stay.Arrival:yyyy-MM-dd} – {terms.Stay.Departure:yyyy-MM-dd}");
        return reservation;
    }

    public void Confirm(Actor by, DateTimeOffset at)
    {
        Require(ReservationStatus.Requested, "confirmed");
        Status = ReservationStatus.Confirmed;
        Record(at, by, "confirmed", null);
    }

    /// <summary>New dates, room type, party or rate; the caller releases the old nights and takes the new ones.</summary>
    public void Change(ReservationTerms terms, ReservationGuest guest, Actor by, DateTimeOffset at, DateOnly today)
    {
        if (Status is not (ReservationStatus.Requested or ReservationStatus.Confirmed))
        {
            throw new ReservationStateException(Status, "changed");
        }

        var errors = new FieldErrors();
        terms.Check(today, errors);
        guest.Check(errors);
        Throw(errors);
        var what = Arrival != terms.Stay.Arrival || Departure != terms.Stay.Departure
            ? $"{Arrival:yyyy-MM-dd} – {Departure:yyyy-MM-dd} → {terms.Stay.Arrival:yyyy-MM-dd} – {terms.Stay.Departure:yyyy-MM-dd}"
            : null;
        Apply(terms);
        Apply(guest);
        Record(at, by, "changed", what);
    }

    /// <summary>Cancels, charging what the terms say for a cancellation at <paramref name="at"/>; a request costs nothing.</summary>
    public decimal Cancel(string? reason, DateTimeOffset checkInAt, Actor by, DateTimeOffset at)
    {
        if (Status is not (ReservationStatus.Requested or ReservationStatus.Confirmed))
        {
            throw new ReservationStateException(Status, "cancelled");
        }

        RequireReason(reason);
        var charge = Status == ReservationStatus.Requested ? 0m : Rule.CancellationCharge(at, checkInAt, Nights, NightlyRate);
        Status = ReservationStatus.Cancelled;
        CancellationCharge = charge;
        CancelReason = reason!.Trim();
        Record(at, by, "cancelled", charge > 0 ? $"¥{charge:0.##}: {CancelReason}" : CancelReason);
        return charge;
    }

    /// <summary>What cancelling now would cost, so the desk can tell the guest before they decide.</summary>
    public decimal ChargeIfCancelled(DateTimeOffset checkInAt, DateTimeOffset at) =>
        Status == ReservationStatus.Confirmed ? Rule.CancellationCharge(at, checkInAt, Nights, NightlyRate) : 0m;

    /// <summary>The guest did not come: only once the arrival day is over, charging the no-show nights.</summary>
    public decimal MarkNoShow(DateOnly today, Actor by, DateTimeOffset at)
    {
        Require(ReservationStatus.Confirmed, "marked a no-show");
        if (today <= Arrival)
        {
            throw new ReservationValidationException(FieldErrors.For("status", "A guest is a no-show only after the arrival day."));
        }

        var charge = Rule.NoShowCharge(Nights, NightlyRate);
        Status = ReservationStatus.NoShow;
        CancellationCharge = charge;
        Record(at, by, "no-show", charge > 0 ? $"¥{charge:0.##}" : null);
        return charge;
    }

    public ReservationPayment RecordPayment(PaymentKind kind, decimal amount, string? note, Actor by, DateTimeOffset at)
    {
        var errors = new FieldErrors();
        if (amount is <= 0 or > RatePlan.RateMax * Stay.MaxNights)
        {
            errors.Add("amount", "Above 0 and at most 30,000,000.");
        }
        else if (kind == PaymentKind.Refund && amount > Paid)
        {
            errors.Add("amount", $"A refund is at most what was paid (¥{Paid:0.##}).");
        }

        if (note?.Trim().Length > ReasonMax)
        {
            errors.Add("note", $"At most {ReasonMax} characters.");
        }

        Throw(errors);
        if (Status is ReservationStatus.CheckedOut && kind != PaymentKind.Refund)
        {
            throw new ReservationStateException(Status, "paid into");
        }

        var payment = new ReservationPayment(Guid.NewGuid(), kind, amount, at, by.Name, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        _payments.Add(payment);
        Record(at, by, kind.ToString().ToLowerInvariant(), $"¥{amount:0.##}");
        return payment;
    }

    /// <summary>The guest is at the desk: the 30-minute check-in clock starts (once; a second press keeps the first time).</summary>
    public void Arrive(Actor by, DateTimeOffset at, DateOnly today)
    {
        Require(ReservationStatus.Confirmed, "marked arrived");
        if (!Stay.Covers(today))
        {
            throw new ReservationValidationException(FieldErrors.For("date", $"The stay runs from {Arrival:yyyy-MM-dd} to {Departure:yyyy-MM-dd}."));
        }

        if (ArrivedAt is null)
        {
            ArrivedAt = at;
            Record(at, by, "arrived", null);
        }
    }

    /// <summary>
    /// Registers the guest in a room (seed 003 §3: 入住登记): on a night of the stay, with an identity document, the keys
    /// handed over now; the time from the arrival at the desk (<see cref="Arrive"/>, else <paramref name="arrivedAt"/>, else now)
    /// is measured against the 30-minute target.
    /// </summary>
    public void CheckIn(Guid roomId, string roomNumber, IdentityDocumentType? documentType, string? documentNumber, int keyCards,
        DateTimeOffset? arrivedAt, Actor by, DateTimeOffset at, DateOnly today)
    {
        Require(ReservationStatus.Confirmed, "checked in");
        var errors = new FieldErrors();
        if (!Stay.Covers(today))
        {
            errors.Add("date", $"Check-in is open from {Arrival:yyyy-MM-dd} until the last night ({Departure.AddDays(-1):yyyy-MM-dd}).");
        }

        if (documentType is null)
        {
            errors.Add("documentType", "Required: every guest is registered with an identity document.");
        }

        var number = documentNumber?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(number))
        {
            errors.Add("documentNumber", "Required.");
        }
        else if (number.Length > IdNumberMax || (documentType == IdentityDocumentType.ResidentIdentityCard && !ResidentIdentityCard.IsValid(number)))
        {
            errors.Add("documentNumber", documentType == IdentityDocumentType.ResidentIdentityCard
                ? "Not a valid resident identity card number (18 characters with a matching check digit)."
                : $"At most {IdNumberMax} characters.");
        }

        if (keyCards is < 1 or > 6)
        {
            errors.Add("keyCards", "From 1 to 6.");
        }

        var arrived = ArrivedAt ?? arrivedAt ?? at;
        if (arrived > at || at - arrived > TimeSpan.FromHours(12))
        {
            errors.Add("arrivedAt", "When the guest came to the desk: not after now, and within the last 12 hours.");
        }

        Throw(errors);
        (RoomId, RoomNumber, DocumentType, DocumentNumber, KeyCards, ArrivedAt, CheckedInAt) =
            (roomId, roomNumber, documentType, number, keyCards, arrived, at);
        Status = ReservationStatus.CheckedIn;
        Record(at, by, "checked-in", $"{roomNumber} ({(int)Math.Ceiling((at - arrived).TotalMinutes)} min)");
    }

    /// <summary>The guest leaves: charges were reviewed at the desk; a departure before the last night frees the rest.</summary>
    public void CheckOut(Actor by, DateTimeOffset at, DateOnly today)
    {
        Require(ReservationStatus.CheckedIn, "checked out");
        if (today < Departure)
        {
            Departure = today <= Arrival ? Arrival.AddDays(1) : today;
        }

        Status = ReservationStatus.CheckedOut;
        CheckedOutAt = at;
        Record(at, by, "checked-out", RoomNumber);
    }

    private void Apply(ReservationTerms t) =>
        (RoomTypeId, RatePlanId, Arrival, Departure, Adults, Children, NightlyRate, Rule, DepositDue) =
        (t.RoomTypeId, t.RatePlanId, t.Stay.Arrival, t.Stay.Departure, t.Adults, t.Children, t.NightlyRate, t.Rule, t.Rule.Deposit(t.Stay.Nights, t.NightlyRate));

    private void Apply(ReservationGuest g) =>
        (GuestId, GuestName, Phone, Email, NeedsAccessibleRoom, Notes, ExternalReference) =
        (g.GuestId, g.Name!.Trim(), ContactNormaliser.Normalise(SensitiveField.Phone, g.Phone), ContactNormaliser.Normalise(SensitiveField.Email, g.Email), g.NeedsAccessibleRoom, Blank(g.Notes), Blank(g.ExternalReference) ?? ExternalReference);

    private void Require(ReservationStatus status, string step)
    {
        if (Status != status)
        {
            throw new ReservationStateException(Status, step);
        }
    }

    private void Record(DateTimeOffset at, Actor by, string what, string? note)
    {
        _history.Add(new ReservationEvent(Guid.NewGuid(), at, by.Name, what, note));
        Version++;
    }

    private static void RequireReason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > ReasonMax)
        {
            throw new ReservationValidationException(FieldErrors.For("reason", $"Required, at most {ReasonMax} characters."));
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Throw(FieldErrors errors)
    {
        if (errors.Any)
        {
            throw new ReservationValidationException(errors);
        }
    }
}

/// <summary>What is booked and on which terms: the room type, the plan and its rate, the stay and the party.</summary>
public sealed record ReservationTerms(Guid RoomTypeId, Guid RatePlanId, Stay Stay, int Adults, int Children, decimal NightlyRate, CancellationRule Rule,
    int MaxGuests)
{
    public void Check(DateOnly today, FieldErrors errors)
    {
        Stay.Check(today, errors);
        if (Adults < 1)
        {
            errors.Add("adults", "At least one adult.");
        }
        else if (Children < 0)
        {
            errors.Add("children", "Zero or more.");
        }
        else if (Adults + Children > MaxGuests)
        {
            errors.Add("adults", $"The room type takes at most {MaxGuests} guests.");
        }

        if (NightlyRate is <= 0 or > RatePlan.RateMax)
        {
            errors.Add("nightlyRate", "Above 0 and at most 1,000,000.");
        }
    }
}

/// <summary>Who the reservation is for, as the booker gave it.</summary>
public sealed record ReservationGuest(Guid? GuestId, string? Name, string? Phone, string? Email, bool NeedsAccessibleRoom, string? Notes,
    string? ExternalReference = null)
{
    public void Check(FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors.Add("guestName", "Required.");
        }
        else if (Name.Trim().Length > Reservation.NameMax)
        {
            errors.Add("guestName", $"At most {Reservation.NameMax} characters.");
        }

        if (string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email))
        {
            errors.Add("phone", "A phone number or an e-mail address, so the confirmation reaches the guest.");
        }

        ContactRules.Check(Phone, Email, errors);

        if (Notes?.Trim().Length > Reservation.NotesMax)
        {
            errors.Add("notes", $"At most {Reservation.NotesMax} characters.");
        }

        if (ExternalReference?.Trim().Length > 60)
        {
            errors.Add("externalReference", "At most 60 characters.");
        }
    }
}

public sealed record ReservationEvent(Guid Id, DateTimeOffset At, string By, string What, string? Note);

public enum PaymentKind
{
    Deposit,
    Charge,
    Refund,
}

public sealed record ReservationPayment(Guid Id, PaymentKind Kind, decimal Amount, DateTimeOffset At, string By, string? Note);

/// <summary>The identity documents a hotel registers guests with (旅馆业治安管理: 有效身份证件).</summary>
public enum IdentityDocumentType
{
    ResidentIdentityCard,
    Passport,
    HongKongMacaoPermit,
    TaiwanPermit,
    ForeignPermanentResidentCard,
    Other,
}
