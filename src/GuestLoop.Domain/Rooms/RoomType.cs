namespace GuestLoop.Domain.Rooms;

/// <summary>The beds of a room type, as the front office sells it.</summary>
public enum BedType
{
    King,
    Queen,
    Twin,
    Single,
    Family,
}

/// <summary>
/// A kind of room a property sells (标准大床房, 无障碍客房): its beds, how many guests it takes, whether it is accessible or
/// for smokers, and the inspection checklist housekeeping works through before the room counts as inspected.
/// </summary>
public sealed class RoomType
{
    public const int CodeMax = 20;
    public const int NameMax = 60;
    public const int ItemMax = 100;
    public const int ChecklistMax = 40;

    private RoomType()
    {
        Code = Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid PropertyId { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public BedType BedType { get; private set; }

    public int MaxGuests { get; private set; }

    public bool Accessible { get; private set; }

    public bool Smoking { get; private set; }

    /// <summary>A type no longer sold keeps its rooms; no new room takes it.</summary>
    public bool Active { get; private set; } = true;

    /// <summary>The inspection's items in the order they are checked.</summary>
    public string[] Checklist { get; private set; } = [];

    public static RoomType Create(Guid propertyId, string? code, RoomTypeDetails details)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(code))
        {
            errors.Add("code", "Required.");
        }
        else if (code.Trim().Length > CodeMax)
        {
            errors.Add("code", "At most 20 characters.");
        }

        var checklist = details.Check(errors);
        errors.ThrowIfAny();
        var type = new RoomType { Id = Guid.NewGuid(), PropertyId = propertyId, Code = code!.Trim() };
        type.Apply(details, checklist);
        return type;
    }

    public void Change(RoomTypeDetails details, bool active)
    {
        var errors = new FieldErrors();
        var checklist = details.Check(errors);
        errors.ThrowIfAny();
        Apply(details, checklist);
        Active = active;
    }

    private void Apply(RoomTypeDetails d, string[] checklist) =>
        (Name, BedType, MaxGuests, Accessible, Smoking, Checklist) = (d.Name!.Trim(), d.BedType, d.MaxGuests, d.Accessible, d.Smoking, checklist);
}

/// <summary>What a room type says besides its code, which never changes once rooms use it.</summary>
public sealed record RoomTypeDetails(string? Name, BedType BedType, int MaxGuests, bool Accessible, bool Smoking, IReadOnlyList<string?>? Checklist)
{
    /// <summary>Adds the problems to <paramref name="errors"/>; the checklist trimmed, in its order.</summary>
    public string[] Check(FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors.Add("name", "Required.");
        }
        else if (Name.Trim().Length > RoomType.NameMax)
        {
            errors.Add("name", "At most 60 characters.");
        }

        if (MaxGuests is < 1 or > 12)
        {
            errors.Add("maxGuests", "From 1 to 12.");
        }

        if (Checklist is null)
        {
            errors.Add("checklist", "Required: the inspection's items in order (an empty list for none).");
            return [];
        }

        var items = Checklist.Select(i => i?.Trim() ?? string.Empty).ToArray();
        if (items.Length > RoomType.ChecklistMax || items.Any(i => i.Length is 0 or > RoomType.ItemMax)
            || items.Distinct(StringComparer.Ordinal).Count() != items.Length)
        {
            errors.Add("checklist", "At most 40 different items of 1 to 100 characters.");
        }

        return items;
    }
}
