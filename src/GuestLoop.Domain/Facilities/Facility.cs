namespace GuestLoop.Domain.Facilities;

/// <summary>What a bookable facility is (seed 003 §5–8): each kind keeps its own extras on a booking.</summary>
public enum FacilityKind
{
    /// <summary>Tables by covers per time slot; special diets noted.</summary>
    Restaurant,

    /// <summary>Taken whole for its hours, with a layout, equipment, catering and an event order.</summary>
    MeetingRoom,

    /// <summary>As a meeting room, for banquets.</summary>
    BanquetHall,

    /// <summary>Printing, translation, secretarial services by the slot.</summary>
    BusinessCentre,

    Fitness,
    Spa,

    /// <summary>A scenic area's guided tour or timed entry: visitors per time slot.</summary>
    Tour,
}

/// <summary>
/// A bookable resource at a property: a restaurant, a meeting room, a spa, a tour. Time is cut into slots of
/// <see cref="SlotMinutes"/> from <see cref="Opens"/> to <see cref="Closes"/>; each slot holds <see cref="Capacity"/>
/// units (covers, guests, visitors). An exclusive facility (a meeting room, a banquet hall) is taken whole by one
/// booking: the booking holds every unit of each slot it spans. The booking rules — notice, the longest booking, the
/// largest party and the free-cancellation window — are the facility's own and are copied onto each booking.
/// </summary>
public sealed class Facility
{
    public const int CodeMax = 20;
    public const int NameMax = 100;
    public const int CapacityMax = 5000;

    private Facility()
    {
        Code = Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid PropertyId { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public FacilityKind Kind { get; private set; }

    /// <summary>Units each slot holds: covers, guests, visitors; for an exclusive facility, the seats.</summary>
    public int Capacity { get; private set; }

    /// <summary>A booking takes the whole facility for its slots.</summary>
    public bool Exclusive { get; private set; }

    public int SlotMinutes { get; private set; }

    public TimeOnly Opens { get; private set; }

    public TimeOnly Closes { get; private set; }

    public FacilityRules Rules { get; private set; } = FacilityRules.Default;

    public bool Active { get; private set; }

    /// <summary>Whether the kind keeps a layout, equipment, catering and an event order.</summary>
    public bool HoldsEvents => Kind is FacilityKind.MeetingRoom or FacilityKind.BanquetHall;

    public int SlotsPerDay => (int)((Closes - Opens).TotalMinutes / SlotMinutes);

    public static Facility Create(Guid propertyId, FacilitySpec spec)
    {
        var facility = new Facility { Id = Guid.NewGuid(), PropertyId = propertyId, Active = true };
        facility.Update(spec);
        return facility;
    }

    /// <summary>Changes the facility; bookings already made keep the rules they were made on.</summary>
    public void Update(FacilitySpec spec)
    {
        var errors = new FieldErrors();
        spec.Check(errors);
        if (errors.Any)
        {
            throw new FacilityValidationException(errors);
        }

        (Code, Name, Kind, Capacity, Exclusive, SlotMinutes, Opens, Closes, Rules, Active) =
            (spec.Code!.Trim().ToUpperInvariant(), spec.Name!.Trim(), spec.Kind, spec.Capacity, spec.Exclusive, spec.SlotMinutes, spec.Opens, spec.Closes,
                spec.Rules, spec.Active);
    }

    /// <summary>The slot a time of day starts, counted from midnight in slots of this facility's length.</summary>
    public int SlotOf(TimeOnly time) => (int)(time.ToTimeSpan().TotalMinutes / SlotMinutes);

    /// <summary>When a slot of this facility's length begins.</summary>
    public TimeOnly StartOf(int slot) => TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(slot * SlotMinutes));

    /// <summary>The start of each slot the facility is open on a day.</summary>
    public IEnumerable<TimeOnly> SlotStarts()
    {
        for (var i = 0; i < SlotsPerDay; i++)
        {
            yield return Opens.AddMinutes(i * SlotMinutes);
        }
    }
}

/// <summary>
/// A facility's booking rules: how long before the start a booking must be made, the longest booking, the largest party
/// and until how many hours before the start a cancellation is free (a later one is recorded as late).
/// </summary>
public sealed record FacilityRules(int MinNoticeMinutes, int MaxMinutes, int MaxPartySize, int FreeCancellationHours)
{
    public static readonly FacilityRules Default = new(30, 240, 20, 2);

    public void Check(int capacity, FieldErrors errors)
    {
        if (MinNoticeMinutes is < 0 or > 60 * 24 * 30)
        {
            errors.Add("minNoticeMinutes", "From 0 to 43,200 (30 days).");
        }

        if (MaxMinutes is < 5 or > 24 * 60)
        {
            errors.Add("maxMinutes", "From 5 to 1,440.");
        }

        if (MaxPartySize < 1 || MaxPartySize > capacity)
        {
            errors.Add("maxPartySize", "At least 1 and at most the capacity.");
        }

        if (FreeCancellationHours is < 0 or > 24 * 30)
        {
            errors.Add("freeCancellationHours", "From 0 to 720.");
        }
    }
}

/// <summary>A facility as staff describe it; checked whole before anything changes.</summary>
public sealed record FacilitySpec(string? Code, string? Name, FacilityKind Kind, int Capacity, bool Exclusive, int SlotMinutes, TimeOnly Opens, TimeOnly Closes,
    FacilityRules Rules, bool Active = true)
{
    public static readonly int[] SlotLengths = [5, 10, 15, 20, 30, 60, 120];

    public void Check(FieldErrors errors)
    {
        var code = Code?.Trim();
        if (string.IsNullOrEmpty(code) || code.Length > Facility.CodeMax || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            errors.Add("code", $"Required: at most {Facility.CodeMax} letters, digits, '-' or '_'.");
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > Facility.NameMax)
        {
            errors.Add("name", $"Required, at most {Facility.NameMax} characters.");
        }

        if (!Enum.IsDefined(Kind))
        {
            errors.Add("kind", "Unknown kind.");
        }

        if (Capacity is < 1 or > Facility.CapacityMax)
        {
            errors.Add("capacity", $"From 1 to {Facility.CapacityMax}.");
        }

        if (!SlotLengths.Contains(SlotMinutes))
        {
            errors.Add("slotMinutes", $"One of {string.Join(", ", SlotLengths)}.");
        }
        else if (Closes <= Opens || (Closes - Opens).TotalMinutes % SlotMinutes != 0 || Opens.ToTimeSpan().TotalMinutes % SlotMinutes != 0)
        {
            errors.Add("closes", "After the opening time, both on the slot grid (whole slots from midnight).");
        }

        Rules.Check(Math.Max(1, Capacity), errors);
    }
}
