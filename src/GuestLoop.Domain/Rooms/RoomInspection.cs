using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Rooms;

/// <summary>One item of the checklist as the inspector found it; a failed item says what is wrong when the inspector wrote it.</summary>
public sealed record InspectionItem(string Item, bool Passed, string? Note);

/// <summary>
/// A housekeeping inspection (查房) of a cleaned room against its type's checklist, every item answered. All passed: the
/// room is inspected, ready to sell. Any failed: the room is dirty again, the failed items its reason, and it needs cleaning.
/// </summary>
public sealed class RoomInspection
{
    public const int NoteMax = 200;

    private RoomInspection()
    {
        By = string.Empty;
        Items = [];
    }

    public Guid Id { get; private set; }

    public Guid PropertyId { get; private set; }

    public Guid RoomId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid? ById { get; private set; }

    public string By { get; private set; }

    public bool Passed { get; private set; }

    public List<InspectionItem> Items { get; private set; }

    public IEnumerable<string> FailedItems => Items.Where(i => !i.Passed).Select(i => i.Item);

    /// <summary>
    /// Inspects <paramref name="room"/> (it must be vacant and clean: HTTP 409 otherwise) and moves it on; the answers must
    /// cover the checklist exactly. <c>NeedsCleaning</c>: the room went back to dirty.
    /// </summary>
    public static (RoomInspection Inspection, bool NeedsCleaning) Of(Room room, RoomType type, IReadOnlyList<InspectionItem?>? answers, Actor by,
        DateTimeOffset at)
    {
        var items = Check(type, answers);
        if (room.Status != RoomStatus.VacantClean)
        {
            throw new RoomStatusException(room.Status, RoomStatus.Inspected);
        }

        var inspection = new RoomInspection
        {
            Id = Guid.NewGuid(), PropertyId = room.PropertyId, RoomId = room.Id, At = at, ById = by.StaffId, By = by.Name,
            Passed = items.All(i => i.Passed), Items = items,
        };
        var needsCleaning = inspection.Passed
            ? room.ChangeStatus(RoomStatus.Inspected, by, at, null)
            : room.ChangeStatus(RoomStatus.VacantDirty, by, at, string.Join("、", inspection.FailedItems));
        return (inspection, needsCleaning);
    }

    /// <summary>The answers in the checklist's order, or HTTP 400 naming what is missing, unknown or too long.</summary>
    private static List<InspectionItem> Check(RoomType type, IReadOnlyList<InspectionItem?>? answers)
    {
        var errors = new FieldErrors();
        var given = (answers ?? []).OfType<InspectionItem>().ToList();
        var byItem = given.Where(a => a.Item is not null).GroupBy(a => a.Item.Trim(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList());
        var missing = type.Checklist.Where(i => !byItem.ContainsKey(i)).ToList();
        if (answers is null || given.Count != (answers?.Count ?? 0) || missing.Count > 0 || byItem.Values.Any(v => v.Count > 1)
            || byItem.Keys.Any(k => !type.Checklist.Contains(k)))
        {
            errors.Add("items", missing.Count > 0
                ? $"Answer every item of the checklist; missing: {string.Join(", ", missing)}."
                : "Answer every item of the room type's checklist once, and nothing else.");
        }

        if (given.Any(a => a.Note is { Length: > NoteMax }))
        {
            errors.Add("items", "A note has at most 200 characters.");
        }

        errors.ThrowIfAny();
        return type.Checklist.Select(i => byItem[i][0]).Select(a => new InspectionItem(a.Item.Trim(), a.Passed,
            string.IsNullOrWhiteSpace(a.Note) ? null : a.Note.Trim())).ToList();
    }
}
