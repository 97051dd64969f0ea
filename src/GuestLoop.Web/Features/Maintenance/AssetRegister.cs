using GuestLoop.Domain;
using GuestLoop.Domain.Maintenance;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Maintenance;

/// <summary>The assets of the properties the caller sees: listed for everyone there, added and changed by level 2 or above.</summary>
public sealed class AssetRegister(GuestLoopDbContext db, AuditLog audit)
{
    public IQueryable<Asset> Visible(AccessScope scope) => db.Assets.InScope(scope, a => a.PropertyId);

    public async Task<IReadOnlyList<Asset>> ListAsync(AccessScope scope, string? propertyCode, CancellationToken ct)
    {
        var property = await PropertyChoice.FilterIdAsync(db, propertyCode, scope, ct);
        var query = Visible(scope).AsNoTracking();
        if (property is { } id)
        {
            query = query.Where(a => a.PropertyId == id);
        }

        return await query.OrderBy(a => a.PropertyId).ThenBy(a => a.Code).Take(2000).ToListAsync(ct);
    }

    public async Task<Asset> LoadAsync(Guid id, AccessScope scope, CancellationToken ct) =>
        await Visible(scope).SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new MaintenanceNotFoundException("asset");

    public async Task<Asset> AddAsync(MaintenanceAssetBody body, AccessScope scope, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var property = await PropertyChoice.RequireAsync(db, body.Property, scope, errors, ct);
        var details = await ValidateAsync(new MaintenanceAssetChange(body.Code, body.Name, body.Kind, body.Location, body.DepartmentId, body.RequestType,
            body.Retired), property?.Id, null, errors, ct);
        errors.ThrowIfAny();
        InspectionAuthority.RequireConfigurer(scope.Authority, scope.IsAdministrator, "keep the assets");
        var asset = Asset.Create(Guid.NewGuid(), property!.Id, details!);
        db.Assets.Add(asset);
        audit.Append(scope, "asset.add", "asset", asset.Id.ToString(), null, AssetJson.From(asset));
        await db.SaveChangesAsync(ct);
        return asset;
    }

    public async Task<Asset> ChangeAsync(Guid id, MaintenanceAssetChange change, AccessScope scope, CancellationToken ct)
    {
        var asset = await LoadAsync(id, scope, ct);
        var errors = new FieldErrors();
        var details = await ValidateAsync(change, asset.PropertyId, asset.Id, errors, ct);
        errors.ThrowIfAny();
        InspectionAuthority.RequireConfigurer(scope.Authority, scope.IsAdministrator, "keep the assets");
        var before = AssetJson.From(asset);
        asset.Change(details!);
        audit.Append(scope, "asset.change", "asset", asset.Id.ToString(), before, AssetJson.From(asset));
        await db.SaveChangesAsync(ct);
        return asset;
    }

    private async Task<AssetDetails?> ValidateAsync(MaintenanceAssetChange body, Guid? propertyId, Guid? self, FieldErrors errors, CancellationToken ct)
    {
        var kind = CreateCaseRequest.ParseEnum<AssetKind>("kind", body.Kind, errors);
        await MaintenanceScope.CheckDepartmentAsync(db, body.DepartmentId, propertyId, errors, ct);
        if (propertyId is { } p && !string.IsNullOrWhiteSpace(body.RequestType) && body.RequestType.Length <= 40
            && !await db.RequestTypes.AnyAsync(t => t.PropertyId == p && t.Code == body.RequestType.Trim(), ct))
        {
            errors.Add("requestType", $"Unknown request type '{body.RequestType}' at this property.");
        }

        var details = new AssetDetails(body.Code ?? string.Empty, body.Name ?? string.Empty, kind ?? AssetKind.Other, body.Location ?? string.Empty,
            body.DepartmentId ?? Guid.Empty, body.RequestType, body.Retired ?? false);
        details.Check(errors);
        if (propertyId is { } property && !errors.ContainsKey("code")
            && await db.Assets.AnyAsync(a => a.PropertyId == property && a.Code == details.Code.Trim() && a.Id != self, ct))
        {
            errors.Add("code", $"The property already has an asset '{details.Code.Trim()}'.");
        }

        return errors.Any ? null : details;
    }
}
