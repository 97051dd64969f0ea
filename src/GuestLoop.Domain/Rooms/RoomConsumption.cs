using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Rooms;

/// <summary>
/// Linen and amenities put into one room on one day (4 浴巾, 2 牙具), and who put them there: the figures behind the supply
/// of each floor and the cost of a stay.
/// </summary>
public sealed class RoomConsumption
{
    public const int ItemMax = 40;
    public const int QuantityMax = 500;

    /// <summary>The items the standard's room-supplies section names; others may be written as they are called.</summary>
    public static readonly string[] StandardItems = ["浴巾", "面巾", "方巾", "脚巾", "床单", "被套", "枕套", "牙具", "洗发水", "沐浴露", "香皂", "拖鞋", "矿泉水"];

    private RoomConsumption()
    {
        ItemCode = By = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid PropertyId { get; private set; }

    public Guid RoomId { get; private set; }

    /// <summary>The property's local date the items were used on.</summary>
    public DateOnly Date { get; private set; }

    public string ItemCode { get; private set; }

    public int Quantity { get; private set; }

    public Guid? ById { get; private set; }

    public string By { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static RoomConsumption Record(Room room, DateOnly date, string? itemCode, int quantity, Actor by, DateTimeOffset at)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(itemCode))
        {
            errors.Add("itemCode", "Required: what was used (浴巾, 牙具 …).");
        }
        else if (itemCode.Trim().Length > ItemMax)
        {
            errors.Add("itemCode", "At most 40 characters.");
        }

        if (quantity is < 1 or > QuantityMax)
        {
            errors.Add("quantity", "From 1 to 500.");
        }

        errors.ThrowIfAny();
        return new RoomConsumption
        {
            Id = Guid.NewGuid(), PropertyId = room.PropertyId, RoomId = room.Id, Date = date, ItemCode = itemCode!.Trim(), Quantity = quantity,
            ById = by.StaffId, By = by.Name, RecordedAt = at,
        };
    }
}

/// <summary>One line of a consumption summary: a room or an item and how many were used in the period.</summary>
public sealed record ConsumptionTotal(string Key, int Quantity);

public static class ConsumptionSummary
{
    /// <summary>Totals per key, largest first, then by key.</summary>
    public static IReadOnlyList<ConsumptionTotal> Totals(IEnumerable<(string Key, int Quantity)> rows) =>
        rows.GroupBy(r => r.Key, StringComparer.Ordinal).Select(g => new ConsumptionTotal(g.Key, g.Sum(r => r.Quantity)))
            .OrderByDescending(t => t.Quantity).ThenBy(t => t.Key, StringComparer.Ordinal).ToList();
}
