using GuestLoop.Domain.WorkOrders;

namespace GuestLoop.Domain.Maintenance;

/// <summary>The repair order one failed item asks for: its type (null: the property's default), place and description.</summary>
public sealed record InspectionRepair(int Position, string? TypeCode, string Location, string Description);

/// <summary>
/// Which failures of a completed round open work orders, and with what: every failed item without an order yet, at its
/// asset's place (the item's asset, else the round's, else the checklist's place), of the asset's request type.
/// </summary>
public static class InspectionRepairs
{
    /// <summary>The request types tried, in order, when no asset names one.</summary>
    public static readonly string[] DefaultTypes = ["facility", "electrical"];

    public static IReadOnlyList<InspectionRepair> For(InspectionRound round, IReadOnlyDictionary<Guid, Asset> assets) =>
        round.FailuresWithoutOrder.Select(item =>
        {
            var asset = (item.AssetId ?? round.AssetId) is { } id ? assets.GetValueOrDefault(id) : null;
            var what = asset is null ? item.Text : $"{asset.Name}（{asset.Code}）：{item.Text}";
            var description = $"【巡检】{round.ChecklistName} · {what}\n{item.Note}";
            return new InspectionRepair(item.Position, asset?.RequestTypeCode, asset?.Location ?? round.Location,
                description.Length > WorkOrder.DescriptionMax ? description[..WorkOrder.DescriptionMax] : description);
        }).ToList();

    /// <summary>The type of a repair: the one it names if the property offers it, else the first default the property offers.</summary>
    public static string? TypeFor(InspectionRepair repair, IReadOnlyCollection<string> offered) =>
        repair.TypeCode is { } code && offered.Contains(code) ? code : DefaultTypes.FirstOrDefault(offered.Contains);
}
