using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.WorkOrders;

/// <summary>registered (found and stored) → returned to its owner, or discarded once the retention period has passed.</summary>
public enum LostItemState
{
    Stored,
    Returned,
    Discarded,
}

/// <summary>One step in a lost item's record.</summary>
public sealed record LostItemEntry(DateTimeOffset At, string By, string What);

/// <summary>
/// A found item in the lost-and-found register: what, where and when it was found, where it is kept; matched to a
/// guest, returned against a signature, or discarded after the retention period (never before). Every step is kept.
/// </summary>
public sealed class LostItem
{
    private readonly List<LostItemEntry> _entries = [];

    private readonly List<Photo> _photos = [];

    public const int TextMax = 500;

    private LostItem()
    {
        Description = FoundAt = StoredAt = string.Empty;
    }

    private LostItem(Guid propertyId, string description, string foundAt, DateTimeOffset foundOn, string storedAt, TimeSpan retention)
    {
        (Id, PropertyId, Description, FoundAt, FoundOn, StoredAt, KeepUntil) =
            (Guid.NewGuid(), propertyId, description, foundAt, foundOn, storedAt, foundOn + retention);
    }

    public Guid Id { get; private set; }

    public Guid PropertyId { get; private set; }

    public string Description { get; private set; }

    public string FoundAt { get; private set; }

    public DateTimeOffset FoundOn { get; private set; }

    public string StoredAt { get; private set; }

    public DateTimeOffset KeepUntil { get; private set; }

    public LostItemState State { get; private set; } = LostItemState.Stored;

    public Guid? GuestId { get; private set; }

    public IReadOnlyList<LostItemEntry> Entries => _entries;

    public IReadOnlyList<Photo> Photos => _photos;

    public static LostItem Register(Guid propertyId, Actor by, DateTimeOffset at, string description, string foundAt, DateTimeOffset foundOn,
        string storedAt, TimeSpan retention)
    {
        var errors = new FieldErrors();
        errors.RequireText(("description", description), ("foundAt", foundAt), ("storedAt", storedAt));
        foreach (var (field, text) in new[] { ("description", description), ("foundAt", foundAt), ("storedAt", storedAt) })
        {
            if (text is { Length: > TextMax })
            {
                errors.Add(field, "At most 500 characters.");
            }
        }

        if (foundOn > at)
        {
            errors.Add("foundOn", "Cannot be in the future.");
        }

        if (retention <= TimeSpan.Zero)
        {
            errors.Add("retention", "Must be positive.");
        }

        errors.ThrowIfAny();
        var item = new LostItem(propertyId, description.Trim(), foundAt.Trim(), foundOn, storedAt.Trim(), retention);
        item._entries.Add(new LostItemEntry(at, by.Name, $"registered, kept at {item.StoredAt}"));
        return item;
    }

    /// <summary>A photo of the item, kept while it is in store (for the owner to recognise it).</summary>
    public void AddPhoto(Photo photo, Actor by, DateTimeOffset at)
    {
        RequireStored("add a photo");
        Photo.Check(photo, _photos.Count);
        _photos.Add(photo);
        _entries.Add(new LostItemEntry(at, by.Name, "photo added"));
    }

    public void Move(Actor by, DateTimeOffset at, string storedAt)
    {
        RequireStored("move");
        StoredAt = Text("storedAt", storedAt, "Where the item is kept now.");
        _entries.Add(new LostItemEntry(at, by.Name, $"moved to {StoredAt}"));
    }

    public void Match(Actor by, DateTimeOffset at, Guid guestId)
    {
        RequireStored("match");
        GuestId = guestId;
        _entries.Add(new LostItemEntry(at, by.Name, "matched to a guest"));
    }

    public void Return(Actor by, DateTimeOffset at, string receivedBy)
    {
        RequireStored("return");
        var who = Text("receivedBy", receivedBy, "Who took the item back.");
        State = LostItemState.Returned;
        _entries.Add(new LostItemEntry(at, by.Name, $"returned to {who}"));
    }

    public void Discard(Actor by, DateTimeOffset at, string how)
    {
        RequireStored("discard");
        if (at < KeepUntil)
        {
            throw new LostItemStepException(State, "discard before the retention period has passed");
        }

        var way = Text("how", how, "How the item was disposed of.");
        State = LostItemState.Discarded;
        _entries.Add(new LostItemEntry(at, by.Name, $"discarded: {way}"));
    }

    private static string Text(string field, string? text, string required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            FieldErrors.For(field, required).ThrowIfAny();
        }
        else if (text.Length > TextMax)
        {
            FieldErrors.For(field, "At most 500 characters.").ThrowIfAny();
        }

        return text!.Trim();
    }

    private void RequireStored(string step)
    {
        if (State != LostItemState.Stored)
        {
            throw new LostItemStepException(State, step);
        }
    }
}

/// <summary>A lost-and-found step its state or the retention period does not allow (HTTP 409).</summary>
public sealed class LostItemStepException(LostItemState state, string step)
    : DomainException(DomainErrorKind.Conflict, $"'{step}' is not allowed while the item is {state}.");
