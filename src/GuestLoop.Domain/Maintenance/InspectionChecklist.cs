namespace GuestLoop.Domain.Maintenance;

/// <summary>What a round checks: the seeds' security patrol, fire-safety check, facility condition, or an equipment's maintenance.</summary>
public enum ChecklistKind
{
    SecurityPatrol,
    FireSafety,
    FacilityCondition,
    EquipmentMaintenance,
}

/// <summary>One line of a checklist, in order; an item about one asset names it, so its failure is repaired where the asset is.</summary>
public sealed record ChecklistItem(int Position, string Text, Guid? AssetId);

/// <summary>
/// A property's list of checks done on a round (安全巡查, 消防安全检查, 设施设备检查), at a place. A round copies the items as
/// they are when it starts, so editing the list never changes a round already done.
/// </summary>
public sealed class InspectionChecklist
{
    public const int NameMax = 100;

    public const int ItemMax = 500;

    public const int MaxItems = 100;

    private readonly List<ChecklistItem> _items = [];

    private InspectionChecklist()
    {
        Name = Location = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid PropertyId { get; private set; }

    public string Name { get; private set; }

    public ChecklistKind Kind { get; private set; }

    /// <summary>Where the round goes (客房楼 1–20 层, 索道上站): a failure on no asset is repaired here.</summary>
    public string Location { get; private set; }

    /// <summary>A checklist no longer used keeps its rounds; no new round starts from it.</summary>
    public bool Active { get; private set; } = true;

    public IReadOnlyList<ChecklistItem> Items => _items;

    public static InspectionChecklist Create(Guid id, Guid propertyId, string name, ChecklistKind kind, string location,
        IReadOnlyList<(string? Text, Guid? AssetId)> items)
    {
        var checklist = new InspectionChecklist { Id = id, PropertyId = propertyId };
        checklist.Change(name, kind, location, items, true);
        return checklist;
    }

    public void Change(string? name, ChecklistKind kind, string? location, IReadOnlyList<(string? Text, Guid? AssetId)> items, bool active)
    {
        var errors = new FieldErrors();
        Check(errors, name, location, items);
        errors.ThrowIfAny();
        (Name, Kind, Location, Active) = (name!.Trim(), kind, location!.Trim(), active);
        _items.Clear();
        _items.AddRange(items.Select((item, i) => new ChecklistItem(i + 1, item.Text!.Trim(), item.AssetId)));
    }

    /// <summary>The name, the place and the items, checked into <paramref name="errors"/> (an item's text under <c>items[i].text</c>).</summary>
    public static void Check(FieldErrors errors, string? name, string? location, IReadOnlyList<(string? Text, Guid? AssetId)> items)
    {
        MaintenanceText.Require(errors, "name", name, NameMax);
        MaintenanceText.Require(errors, "location", location, Asset.LocationMax);
        if (items.Count is 0 or > MaxItems)
        {
            errors.Add("items", $"From 1 to {MaxItems} items.");
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            MaintenanceText.Require(errors, $"items[{i}].text", items[i].Text, ItemMax);
        }
    }
}
