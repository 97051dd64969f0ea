using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Maintenance;

public enum InspectionResult
{
    Pass,
    Fail,
    NotApplicable,
}

/// <summary>One checked item of a round: its text as it was, the result, a note (required for a failure), a photo, the repair order.</summary>
public sealed class InspectionRoundItem
{
    public int Position { get; internal set; }

    public string Text { get; internal set; } = string.Empty;

    public Guid? AssetId { get; internal set; }

    public InspectionResult? Result { get; internal set; }

    public string? Note { get; internal set; }

    /// <summary>The stored photo's key (an evidence file), if one was taken.</summary>
    public string? PhotoKey { get; internal set; }

    /// <summary>The work order the failure opened.</summary>
    public Guid? WorkOrderId { get; internal set; }
}

/// <summary>
/// One inspection round done on the phone: started by a staff member from a schedule or on their own, each item passed,
/// failed with a note or not applicable, then completed. Completing names the failures; each opens a repair order whose
/// id the item keeps.
/// </summary>
public sealed class InspectionRound
{
    public const int NoteMax = 2000;

    public const int PhotoKeyMax = 200;

    private readonly List<InspectionRoundItem> _items = [];

    private InspectionRound()
    {
        ChecklistName = Location = StartedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid PropertyId { get; private set; }

    public Guid ChecklistId { get; private set; }

    public string ChecklistName { get; private set; }

    public ChecklistKind Kind { get; private set; }

    public string Location { get; private set; }

    public Guid? ScheduleId { get; private set; }

    public Guid? AssetId { get; private set; }

    /// <summary>The occurrence of the schedule this round does.</summary>
    public DateTimeOffset? DueAt { get; private set; }

    public Guid StartedById { get; private set; }

    public string StartedByName { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>Changes with every change: two phones completing one round at once, one is told it changed.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<InspectionRoundItem> Items => _items;

    public bool IsCompleted => CompletedAt is not null;

    public static InspectionRound Start(Guid id, InspectionChecklist checklist, Guid? scheduleId, Guid? assetId, DateTimeOffset? dueAt, Actor by,
        DateTimeOffset at)
    {
        if (!checklist.Active)
        {
            throw new InspectionRoundException("start a round of a checklist no longer used");
        }

        var round = new InspectionRound
        {
            Id = id, PropertyId = checklist.PropertyId, ChecklistId = checklist.Id, ChecklistName = checklist.Name, Kind = checklist.Kind,
            Location = checklist.Location, ScheduleId = scheduleId, AssetId = assetId, DueAt = dueAt,
            StartedById = by.StaffId ?? throw new InspectionRoundException("start a round without a staff member"), StartedByName = by.Name, StartedAt = at,
        };
        round._items.AddRange(checklist.Items.Select(i => new InspectionRoundItem { Position = i.Position, Text = i.Text, AssetId = i.AssetId }));
        return round;
    }

    /// <summary>The result of one item; again for the same item replaces it until the round is completed.</summary>
    public void Record(int position, InspectionResult result, string? note, string? photoKey)
    {
        RequireOpen("record an item");
        var errors = new FieldErrors();
        var item = _items.SingleOrDefault(i => i.Position == position);
        if (item is null)
        {
            errors.Add("position", $"No item {position} on this round.");
        }

        if (result == InspectionResult.Fail && string.IsNullOrWhiteSpace(note))
        {
            errors.Add("note", "Say what is wrong: a failed item becomes a repair order.");
        }

        MaintenanceText.Limit(errors, "note", note, NoteMax);
        MaintenanceText.Limit(errors, "photoKey", photoKey, PhotoKeyMax);
        errors.ThrowIfAny();
        (item!.Result, item.Note, item.PhotoKey) = (result, MaintenanceText.Optional(note), MaintenanceText.Optional(photoKey));
        Version++;
    }

    /// <summary>Completes the round once every item has a result; returns the failed items, each to become a repair order.</summary>
    public IReadOnlyList<InspectionRoundItem> Complete(DateTimeOffset at)
    {
        RequireOpen("complete");
        var open = _items.Where(i => i.Result is null).Select(i => i.Position).ToList();
        if (open.Count > 0)
        {
            FieldErrors.For("items", $"Every item needs a result; still open: {string.Join(", ", open)}.").ThrowIfAny();
        }

        CompletedAt = at;
        Version++;
        return Failures;
    }

    /// <summary>The failed items.</summary>
    public IReadOnlyList<InspectionRoundItem> Failures => _items.Where(i => i.Result == InspectionResult.Fail).ToList();

    /// <summary>The failed items of a completed round that have no repair order yet: the ones that make work orders.</summary>
    public IReadOnlyList<InspectionRoundItem> FailuresWithoutOrder =>
        IsCompleted ? _items.Where(i => i.Result == InspectionResult.Fail && i.WorkOrderId is null).ToList() : [];

    public void LinkWorkOrder(int position, Guid workOrderId)
    {
        var item = _items.Single(i => i.Position == position);
        if (item.Result != InspectionResult.Fail || item.WorkOrderId is not null)
        {
            throw new InspectionRoundException($"link a repair order to item {position}");
        }

        item.WorkOrderId = workOrderId;
    }

    private void RequireOpen(string step)
    {
        if (IsCompleted)
        {
            throw new InspectionRoundException($"{step} on a completed round");
        }
    }
}

/// <summary>A round step its state does not allow: anything but reading once it is completed (HTTP 409).</summary>
public sealed class InspectionRoundException(string step) : DomainException(DomainErrorKind.Conflict, $"Cannot {step}.");
