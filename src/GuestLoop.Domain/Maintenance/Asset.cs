namespace GuestLoop.Domain.Maintenance;

/// <summary>What kind of equipment an asset is: the special equipment and the fire equipment that are inspected on a schedule.</summary>
public enum AssetKind
{
    Lift,
    Boiler,
    AirConditioning,
    FireEquipment,
    Cableway,
    SightseeingVehicle,
    Other,
}

/// <summary>
/// A piece of equipment a property keeps in order (a lift, a boiler, a cableway): where it is, the department that answers
/// for it and the request type a failure found on it opens. A retired asset keeps its history and takes no new rounds.
/// </summary>
public sealed class Asset
{
    public const int CodeMax = 40;

    public const int NameMax = 100;

    public const int LocationMax = 200;

    private Asset()
    {
        Code = Name = Location = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid PropertyId { get; private set; }

    /// <summary>Unique within the property (DT-01, 1号客梯).</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public AssetKind Kind { get; private set; }

    public string Location { get; private set; }

    public Guid DepartmentId { get; private set; }

    /// <summary>The request type a failed check of this asset opens ("electrical", "facility"); none: the property's default.</summary>
    public string? RequestTypeCode { get; private set; }

    public bool Retired { get; private set; }

    public static Asset Create(Guid id, Guid propertyId, AssetDetails details)
    {
        var asset = new Asset { Id = id, PropertyId = propertyId };
        asset.Change(details);
        return asset;
    }

    public void Change(AssetDetails details)
    {
        var errors = new FieldErrors();
        details.Check(errors);
        errors.ThrowIfAny();
        (Code, Name, Kind, Location, DepartmentId, RequestTypeCode, Retired) = (details.Code.Trim(), details.Name.Trim(), details.Kind,
            details.Location.Trim(), details.DepartmentId, string.IsNullOrWhiteSpace(details.RequestTypeCode) ? null : details.RequestTypeCode.Trim(),
            details.Retired);
    }
}

/// <summary>Everything about an asset that its form edits.</summary>
public sealed record AssetDetails(string Code, string Name, AssetKind Kind, string Location, Guid DepartmentId, string? RequestTypeCode, bool Retired)
{
    public void Check(FieldErrors errors)
    {
        MaintenanceText.Require(errors, "code", Code, Asset.CodeMax);
        MaintenanceText.Require(errors, "name", Name, Asset.NameMax);
        MaintenanceText.Require(errors, "location", Location, Asset.LocationMax);
        MaintenanceText.Limit(errors, "requestType", RequestTypeCode, 40);
    }
}
