using GuestLoop.Domain.Customers;
using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Facilities;

/// <summary>Where a facility booking stands.</summary>
public enum FacilityBookingStatus
{
    /// <summary>Holds its slots.</summary>
    Confirmed,

    /// <summary>The party came (seated, checked in at the spa, the meeting started): the slots stay held.</summary>
    Arrived,

    Cancelled,

    /// <summary>The party did not come: the slots are freed.</summary>
    NoShow,
}

/// <summary>A meeting room's or banquet hall's seating (seed 003 §6: 会议室布置).</summary>
public enum EventLayout
{
    Theatre,
    Classroom,
    UShape,
    Boardroom,
    Banquet,
    Cocktail,
}

/// <summary>One line of an event order's timeline: what happens when, and which department sees to it.</summary>
public sealed record EventOrderItem(TimeOnly At, string Activity, string? Department);

/// <summary>A step in a booking's life, kept for the desk and the audit.</summary>
public sealed record FacilityBookingEvent(Guid Id, DateTimeOffset At, string By, string What, string? Note);

/// <summary>
/// A party's booking of a facility on one day from a start to an end on the facility's slot grid: covers at a
/// restaurant, guests at the spa, visitors on a tour, or the whole meeting room with its layout, equipment, catering and
/// event order. It copies the facility's rules when made. Which slots it holds, and how many units of each, follows from
/// <see cref="HeldSlots"/>, which the caller takes and releases in the same transaction as the booking is saved.
/// </summary>
public sealed class FacilityBooking
{
    public const int NameMax = 100;
    public const int NotesMax = 1000;
    public const int ReasonMax = 500;
    public const int EventItemsMax = 50;
    public const int TextMax = 200;

    /// <summary>Bookings are taken up to a year ahead.</summary>
    public const int DaysAhead = 366;

    private readonly List<FacilityBookingEvent> _history = [];
    private readonly List<EventOrderItem> _eventOrder = [];

    private FacilityBooking()
    {
        Number = GuestName = string.Empty;
        Rules = FacilityRules.Default;
    }

    public Guid Id { get; private set; }

    public Guid PropertyId { get; private set; }

    public Guid FacilityId { get; private set; }

    public string Number { get; private set; }

    public FacilityBookingStatus Status { get; private set; }

    public DateOnly Date { get; private set; }

    public TimeOnly Start { get; private set; }

    public TimeOnly End { get; private set; }

    /// <summary>Covers, guests or visitors.</summary>
    public int PartySize { get; private set; }

    /// <summary>Units of each slot held: the party, or every unit of an exclusive facility.</summary>
    public int Units { get; private set; }

    public int SlotMinutes { get; private set; }

    public FacilityRules Rules { get; private set; }

    public Guid? GuestId { get; private set; }

    /// <summary>The room reservation of a hotel guest, when the booking is charged to the room.</summary>
    public string? RoomNumber { get; private set; }

    public string GuestName { get; private set; }

    /// <summary>Encrypted at rest, masked for staff who do not see clear values.</summary>
    public string? Phone { get; private set; }

    /// <summary>Special diets, allergies, wishes (素食, 花生过敏, 儿童座椅).</summary>
    public string? Notes { get; private set; }

    public EventLayout? Layout { get; private set; }

    /// <summary>Projector, microphones, flip chart: as one line of text.</summary>
    public string? Equipment { get; private set; }

    public string? Catering { get; private set; }

    public IReadOnlyList<EventOrderItem> EventOrder => _eventOrder;

    public string? CancelReason { get; private set; }

    /// <summary>Cancelled inside the facility's free-cancellation window.</summary>
    public bool LateCancellation { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<FacilityBookingEvent> History => _history;

    /// <summary>The slots this booking holds now (none once cancelled or a no-show), each with <see cref="Units"/>.</summary>
    public IReadOnlyList<int> HeldSlots() =>
        Status is FacilityBookingStatus.Confirmed or FacilityBookingStatus.Arrived ? SlotsOf(Start, End, SlotMinutes) : [];

    public static IReadOnlyList<int> SlotsOf(TimeOnly start, TimeOnly end, int slotMinutes)
    {
        var first = (int)(start.ToTimeSpan().TotalMinutes / slotMinutes);
        var last = (int)Math.Ceiling(end.ToTimeSpan().TotalMinutes / slotMinutes);
        return [.. Enumerable.Range(first, Math.Max(0, last - first))];
    }

    /// <summary>Makes a confirmed booking; <paramref name="localNow"/> is the property's clock.</summary>
    public static FacilityBooking Create(Facility facility, string number, FacilityBookingRequest request, Actor by, DateTimeOffset at, DateTime localNow)
    {
        var booking = new FacilityBooking
        {
            Id = Guid.NewGuid(), PropertyId = facility.PropertyId, FacilityId = facility.Id, Number = number, CreatedAt = at,
            Status = FacilityBookingStatus.Confirmed,
        };
        booking.Apply(facility, request, localNow);
        booking.Record(at, by, "booked", $"{request.Date:yyyy-MM-dd} {request.Start:HH\\:mm}–{request.End:HH\\:mm} × {request.PartySize}");
        return booking;
    }

    /// <summary>A new time, party or details, on the facility's current rules; the caller moves the held slots.</summary>
    public void Change(Facility facility, FacilityBookingRequest request, Actor by, DateTimeOffset at, DateTime localNow)
    {
        Require(FacilityBookingStatus.Confirmed, "changed");
        var moved = Date != request.Date || Start != request.Start || End != request.End
            ? $"{Date:yyyy-MM-dd} {Start:HH\\:mm}–{End:HH\\:mm} → {request.Date:yyyy-MM-dd} {request.Start:HH\\:mm}–{request.End:HH\\:mm}"
            : null;
        Apply(facility, request, localNow);
        Record(at, by, "changed", moved);
    }

    /// <summary>Cancels with a reason; inside the free-cancellation window the cancellation is recorded as late.</summary>
    public bool Cancel(string? reason, Actor by, DateTimeOffset at, DateTime localNow)
    {
        Require(FacilityBookingStatus.Confirmed, "cancelled");
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > ReasonMax)
        {
            throw new FacilityValidationException(FieldErrors.For("reason", $"Required, at most {ReasonMax} characters."));
        }

        LateCancellation = StartsAt - localNow < TimeSpan.FromHours(Rules.FreeCancellationHours);
        CancelReason = reason.Trim();
        Status = FacilityBookingStatus.Cancelled;
        Record(at, by, LateCancellation ? "cancelled-late" : "cancelled", CancelReason);
        return LateCancellation;
    }

    /// <summary>The party is here: from a quarter of an hour before the start until the end.</summary>
    public void Arrive(Actor by, DateTimeOffset at, DateTime localNow)
    {
        Require(FacilityBookingStatus.Confirmed, "marked arrived");
        if (localNow < StartsAt.AddMinutes(-15) || localNow >= EndsAt)
        {
            throw new FacilityValidationException(FieldErrors.For("status", $"Arrival is recorded from 15 minutes before {Start:HH\\:mm} until {End:HH\\:mm} on {Date:yyyy-MM-dd}."));
        }

        Status = FacilityBookingStatus.Arrived;
        Record(at, by, "arrived", null);
    }

    /// <summary>The party did not come: once the start has passed by the grace time (15 minutes); the slots are freed.</summary>
    public void MarkNoShow(Actor by, DateTimeOffset at, DateTime localNow)
    {
        Require(FacilityBookingStatus.Confirmed, "marked a no-show");
        if (localNow < StartsAt.AddMinutes(15))
        {
            throw new FacilityValidationException(FieldErrors.For("status", "A party is a no-show only 15 minutes after its start."));
        }

        Status = FacilityBookingStatus.NoShow;
        Record(at, by, "no-show", null);
    }

    public DateTime StartsAt => Date.ToDateTime(Start);

    public DateTime EndsAt => Date.ToDateTime(End);

    private void Apply(Facility facility, FacilityBookingRequest request, DateTime localNow)
    {
        var errors = new FieldErrors();
        request.Check(facility, localNow, errors);
        if (errors.Any)
        {
            throw new FacilityValidationException(errors);
        }

        (Date, Start, End, PartySize, SlotMinutes, Rules) = (request.Date, request.Start, request.End, request.PartySize, facility.SlotMinutes, facility.Rules);
        Units = facility.Exclusive ? facility.Capacity : request.PartySize;
        (GuestId, GuestName, Phone, RoomNumber, Notes) = (request.GuestId, request.GuestName!.Trim(),
            ContactNormaliser.Normalise(SensitiveField.Phone, request.Phone), Blank(request.RoomNumber), Blank(request.Notes));
        (Layout, Equipment, Catering) = facility.HoldsEvents ? (request.Layout, Blank(request.Equipment), Blank(request.Catering)) : (null, null, null);
        _eventOrder.Clear();
        if (facility.HoldsEvents && request.EventOrder is { } items)
        {
            _eventOrder.AddRange(items.OrderBy(i => i.At).Select(i => i with { Activity = i.Activity.Trim(), Department = Blank(i.Department) }));
        }
    }

    private void Require(FacilityBookingStatus status, string step)
    {
        if (Status != status)
        {
            throw new FacilityBookingStateException(Status, step);
        }
    }

    private void Record(DateTimeOffset at, Actor by, string what, string? note)
    {
        _history.Add(new FacilityBookingEvent(Guid.NewGuid(), at, by.Name, what, note));
        Version++;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>What a party asks for: the day, the times, the party and its details.</summary>
public sealed record FacilityBookingRequest(DateOnly Date, TimeOnly Start, TimeOnly End, int PartySize, string? GuestName, string? Phone, Guid? GuestId = null,
    string? RoomNumber = null, string? Notes = null, EventLayout? Layout = null, string? Equipment = null, string? Catering = null,
    IReadOnlyList<EventOrderItem>? EventOrder = null)
{
    /// <summary>Every rule of the facility at once: the grid, the hours, the notice, the length, the party and the details.</summary>
    public void Check(Facility facility, DateTime localNow, FieldErrors errors)
    {
        if (!facility.Active)
        {
            errors.Add("facility", "The facility takes no bookings.");
        }

        var today = DateOnly.FromDateTime(localNow);
        if (Date < today || Date > today.AddDays(FacilityBooking.DaysAhead))
        {
            errors.Add("date", $"From today to {FacilityBooking.DaysAhead} days ahead.");
        }

        var onGrid = Start.Second == 0 && End.Second == 0 && Start.ToTimeSpan().TotalMinutes % facility.SlotMinutes == 0
                     && End.ToTimeSpan().TotalMinutes % facility.SlotMinutes == 0;
        if (!onGrid)
        {
            errors.Add("start", $"Start and end on the {facility.SlotMinutes}-minute grid.");
        }
        else if (End <= Start || Start < facility.Opens || End > facility.Closes)
        {
            errors.Add("end", $"After the start, within opening hours {facility.Opens:HH\\:mm}–{facility.Closes:HH\\:mm}.");
        }
        else if ((End - Start).TotalMinutes > facility.Rules.MaxMinutes)
        {
            errors.Add("end", $"At most {facility.Rules.MaxMinutes} minutes.");
        }
        else if (!errors.ContainsKey("date") && Date.ToDateTime(Start) < localNow.AddMinutes(facility.Rules.MinNoticeMinutes))
        {
            errors.Add("start", $"At least {facility.Rules.MinNoticeMinutes} minutes from now.");
        }

        var largest = facility.Exclusive ? facility.Capacity : facility.Rules.MaxPartySize;
        if (PartySize < 1 || PartySize > largest)
        {
            errors.Add("partySize", $"From 1 to {largest}.");
        }

        if (string.IsNullOrWhiteSpace(GuestName) || GuestName.Trim().Length > FacilityBooking.NameMax)
        {
            errors.Add("guestName", $"Required, at most {FacilityBooking.NameMax} characters.");
        }

        if (string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(RoomNumber))
        {
            errors.Add("phone", "A phone number, or the room of a hotel guest, so the venue can reach the party.");
        }

        ContactRules.Check(Phone, null, errors);

        if (Notes?.Trim().Length > FacilityBooking.NotesMax)
        {
            errors.Add("notes", $"At most {FacilityBooking.NotesMax} characters.");
        }

        if (RoomNumber?.Trim().Length > 20)
        {
            errors.Add("roomNumber", "At most 20 characters.");
        }

        CheckEvent(facility, errors);
    }

    private void CheckEvent(Facility facility, FieldErrors errors)
    {
        if (!facility.HoldsEvents)
        {
            if (Layout is not null || EventOrder is { Count: > 0 } || !string.IsNullOrWhiteSpace(Equipment) || !string.IsNullOrWhiteSpace(Catering))
            {
                errors.Add("layout", "Only a meeting room or banquet hall takes a layout, equipment, catering or an event order.");
            }

            return;
        }

        if (Layout is { } layout && !Enum.IsDefined(layout))
        {
            errors.Add("layout", "Unknown layout.");
        }

        if (Equipment?.Trim().Length > FacilityBooking.TextMax)
        {
            errors.Add("equipment", $"At most {FacilityBooking.TextMax} characters.");
        }

        if (Catering?.Trim().Length > FacilityBooking.TextMax)
        {
            errors.Add("catering", $"At most {FacilityBooking.TextMax} characters.");
        }

        if (EventOrder is not { } items)
        {
            return;
        }

        var problems = new List<string>();
        if (items.Count > FacilityBooking.EventItemsMax)
        {
            problems.Add($"At most {FacilityBooking.EventItemsMax} lines.");
        }

        foreach (var (item, i) in items.Select((x, i) => (x, i + 1)))
        {
            if (item is null || string.IsNullOrWhiteSpace(item.Activity) || item.Activity.Trim().Length > FacilityBooking.TextMax)
            {
                problems.Add($"Line {i}: an activity of at most {FacilityBooking.TextMax} characters.");
            }
            else if (item.At.ToTimeSpan().TotalMinutes < Start.ToTimeSpan().TotalMinutes - 120 || item.At > End)
            {
                problems.Add($"Line {i}: between two hours before the start and the end.");
            }
            else if (item.Department?.Trim().Length > FacilityBooking.NameMax)
            {
                problems.Add($"Line {i}: a department of at most {FacilityBooking.NameMax} characters.");
            }
        }

        if (problems.Count > 0)
        {
            errors.Add("eventOrder", problems);
        }
    }
}

/// <summary>A step the booking's status does not allow (HTTP 409).</summary>
public sealed class FacilityBookingStateException(FacilityBookingStatus status, string step)
    : DomainException(DomainErrorKind.Conflict, $"A booking that is {status} cannot be {step}.");

/// <summary>A facility's or booking's input that breaks a rule (HTTP 400 with the fields).</summary>
public sealed class FacilityValidationException(IReadOnlyDictionary<string, string[]> errors) : DomainException(errors, "The booking is not valid.");

/// <summary>The facility has no room left in a slot the booking needs (HTTP 409).</summary>
public sealed class NoSlotAvailableException(DateOnly date, TimeOnly slot)
    : DomainException(DomainErrorKind.Conflict, $"The facility is fully booked at {date:yyyy-MM-dd} {slot:HH\\:mm}.")
{
    public DateOnly Date { get; } = date;

    public TimeOnly Slot { get; } = slot;
}
