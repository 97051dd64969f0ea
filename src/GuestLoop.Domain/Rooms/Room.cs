using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Rooms;

/// <summary>
/// A room of a property as housekeeping and the front office know it: its number (unique at the property), where it is,
/// its type, and its status with every change kept (from, to, when, by whom, why). A status changes only as
/// <see cref="RoomStatusTransitions"/> allows; out of order or service needs the reason and when the room is expected back.
/// </summary>
public sealed class Room
{
    public const int ReasonMax = 500;

    private readonly List<RoomStatusChange> _history = [];

    private Room()
    {
        Number = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid PropertyId { get; private set; }

    public string Number { get; private set; }

    public int Floor { get; private set; }

    /// <summary>The building or wing (主楼, A座), when the property has more than one.</summary>
    public string? Building { get; private set; }

    public Guid TypeId { get; private set; }

    public string? View { get; private set; }

    /// <summary>The number of the room a door connects this one to.</summary>
    public string? ConnectingNumber { get; private set; }

    /// <summary>What makes the room easier to use (grab bars, roll-in shower, visual alarm), as written.</summary>
    public string? AccessibilityFeatures { get; private set; }

    public bool Active { get; private set; } = true;

    public RoomStatus Status { get; private set; }

    public DateTimeOffset StatusChangedAt { get; private set; }

    /// <summary>Why the room is out of order or out of service; null otherwise.</summary>
    public string? OutReason { get; private set; }

    /// <summary>When an out-of-order or out-of-service room is expected back.</summary>
    public DateTimeOffset? ExpectedReturnAt { get; private set; }

    /// <summary>Changes with every status change: two people changing one room at once, one of them is told it changed.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<RoomStatusChange> History => _history;

    public static Room Create(Guid propertyId, RoomDetails details, RoomStatus status, Actor by, DateTimeOffset at)
    {
        var errors = new FieldErrors();
        details.Check(errors);
        if (status is RoomStatus.OutOfOrder or RoomStatus.OutOfService)
        {
            errors.Add("status", "A new room starts vacant or occupied; take it out of order afterwards with the reason.");
        }

        errors.ThrowIfAny();
        var room = new Room { Id = Guid.NewGuid(), PropertyId = propertyId, Status = status, StatusChangedAt = at };
        room.Apply(details);
        room._history.Add(new RoomStatusChange(null, status, at, by.StaffId, by.Name, null));
        return room;
    }

    public void Change(RoomDetails details, bool active)
    {
        var errors = new FieldErrors();
        details.Check(errors);
        errors.ThrowIfAny();
        Apply(details);
        Active = active;
    }

    /// <summary>
    /// Moves the room to <paramref name="to"/> (HTTP 409 when the rules do not allow it); true when the room has just
    /// become dirty and needs a cleaning task.
    /// </summary>
    public bool ChangeStatus(RoomStatus to, Actor by, DateTimeOffset at, string? reason, DateTimeOffset? expectedReturn = null)
    {
        var errors = new FieldErrors();
        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (why is { Length: > ReasonMax })
        {
            errors.Add("reason", "At most 500 characters.");
        }

        var takenOut = to is RoomStatus.OutOfOrder or RoomStatus.OutOfService;
        if (takenOut && why is null)
        {
            errors.Add("reason", "Say why the room is taken out.");
        }

        if (takenOut && (expectedReturn is null || expectedReturn <= at))
        {
            errors.Add("expectedReturnAt", "Say when the room is expected back (a time to come).");
        }

        errors.ThrowIfAny();
        var from = Status;
        Status = RoomStatusTransitions.Change(from, to);
        (StatusChangedAt, OutReason, ExpectedReturnAt) = (at, takenOut ? why : null, takenOut ? expectedReturn : null);
        _history.Add(new RoomStatusChange(from, to, at, by.StaffId, by.Name, why));
        Version++;
        return RoomStatusTransitions.NeedsCleaning(from, to);
    }

    private void Apply(RoomDetails d) =>
        (Number, Floor, Building, TypeId, View, ConnectingNumber, AccessibilityFeatures) =
        (d.Number!.Trim(), d.Floor, Blank(d.Building), d.TypeId, Blank(d.View), Blank(d.ConnectingNumber), Blank(d.AccessibilityFeatures));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>Where a room is and what it is; the number is checked for uniqueness at the property by whoever stores it.</summary>
public sealed record RoomDetails(string? Number, int Floor, string? Building, Guid TypeId, string? View, string? ConnectingNumber,
    string? AccessibilityFeatures)
{
    public const int NumberMax = 10;

    public void Check(FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(Number))
        {
            errors.Add("number", "Required.");
        }
        else if (Number.Trim().Length > NumberMax)
        {
            errors.Add("number", "At most 10 characters.");
        }

        if (Floor is < -5 or > 200)
        {
            errors.Add("floor", "From -5 to 200.");
        }

        if (TypeId == Guid.Empty)
        {
            errors.TryAdd("typeCode", "Required.");
        }

        foreach (var (field, value, max) in new[] { ("building", Building, 40), ("view", View, 40), ("connectingNumber", ConnectingNumber, NumberMax),
                     ("accessibilityFeatures", AccessibilityFeatures, 200) })
        {
            if (value is not null && value.Trim().Length > max)
            {
                errors.Add(field, $"At most {max} characters.");
            }
        }

        if (ConnectingNumber is { } other && Number is { } own && other.Trim() == own.Trim() && own.Trim().Length > 0)
        {
            errors.Add("connectingNumber", "A room does not connect to itself.");
        }
    }
}
