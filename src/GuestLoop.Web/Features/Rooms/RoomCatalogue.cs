using GuestLoop.Domain;
using GuestLoop.Domain.Rooms;
using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Rooms;

/// <summary>
/// Each property's room types and rooms: listed for everyone who sees the property, added and changed by level 2 or above
/// (as request types are). A room's number is unique at its property and never changes.
/// </summary>
public sealed class RoomCatalogue(GuestLoopDbContext db, TimeProvider clock, AuditLog audit)
{
    public IQueryable<Room> Visible(AccessScope scope) => db.Rooms.InScope(scope, r => r.PropertyId);

    public async Task<Room> LoadAsync(Guid id, AccessScope scope, CancellationToken ct) =>
        await Visible(scope).SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new RoomNotFoundException();

    public async Task<IReadOnlyList<RoomType>> TypesAsync(AccessScope scope, string? propertyCode, CancellationToken ct)
    {
        var property = await PropertyFilterAsync(scope, propertyCode, ct);
        var query = db.RoomTypes.AsNoTracking();
        query = property is { } id ? query.Where(t => t.PropertyId == id) : query.InScope(scope, t => t.PropertyId);
        return await query.OrderBy(t => t.PropertyId).ThenBy(t => t.Code).ToListAsync(ct);
    }

    public async Task<RoomType> AddTypeAsync(RoomTypeRequest request, AccessScope scope, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var property = await PropertyChoice.RequireAsync(db, request.Property, scope, errors, ct);
        var details = TypeDetails(request.Name, request.BedType, request.MaxGuests, request.Accessible, request.Smoking, request.Checklist, errors);
        RoomType? type = null;
        try
        {
            type = RoomType.Create(property?.Id ?? Guid.Empty, request.Code, details);
        }
        catch (DomainException e) when (e.Kind == DomainErrorKind.Invalid)
        {
            errors.Add(e.Errors);
        }

        if (type is not null && property is not null && await db.RoomTypes.AnyAsync(t => t.PropertyId == property.Id && t.Code == type.Code, ct))
        {
            errors.Add("code", $"The property already has a room type '{type.Code}'.");
        }

        errors.ThrowIfAny();
        WorkOrderAuthority.RequireConfigurer(scope.Authority, scope.IsAdministrator, "set room types");
        if (request.Active == false)
        {
            type!.Change(details, active: false);
        }

        db.RoomTypes.Add(type!);
        audit.Append(scope, "room-type.add", "room-type", type!.Id.ToString(), null, RoomTypeJson.From(type));
        await db.SaveChangesAsync(ct);
        return type;
    }

    public async Task<RoomType> ChangeTypeAsync(Guid id, RoomTypeChange change, AccessScope scope, CancellationToken ct)
    {
        var type = await db.RoomTypes.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (type is null || !scope.CanSee(type.PropertyId))
        {
            throw new RoomNotFoundException();
        }

        var errors = new FieldErrors();
        var details = TypeDetails(change.Name, change.BedType, change.MaxGuests, change.Accessible, change.Smoking, change.Checklist, errors);
        details.Check(errors);
        errors.ThrowIfAny();
        WorkOrderAuthority.RequireConfigurer(scope.Authority, scope.IsAdministrator, "set room types");
        var before = RoomTypeJson.From(type);
        type.Change(details, change.Active ?? type.Active);
        audit.Append(scope, "room-type.change", "room-type", type.Id.ToString(), before, RoomTypeJson.From(type));
        await db.SaveChangesAsync(ct);
        return type;
    }

    public async Task<Room> AddAsync(RoomRequest request, AccessScope scope, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var property = await PropertyChoice.RequireAsync(db, request.Property, scope, errors, ct);
        var status = request.Status is null ? RoomStatus.VacantDirty : CreateCaseRequest.ParseEnum<RoomStatus>("status", request.Status, errors);
        var type = await TypeOfAsync(property?.Id, request.TypeCode, errors, ct);
        var details = new RoomDetails(request.Number, request.Floor ?? int.MinValue, request.Building, type?.Id ?? Guid.Empty, request.View,
            request.ConnectingNumber, request.AccessibilityFeatures);
        details.Check(errors);
        var number = request.Number?.Trim();
        if (property is not null && !errors.ContainsKey("number") && await db.Rooms.AnyAsync(r => r.PropertyId == property.Id && r.Number == number, ct))
        {
            errors.Add("number", $"The property already has a room {number}.");
        }

        errors.ThrowIfAny();
        WorkOrderAuthority.RequireConfigurer(scope.Authority, scope.IsAdministrator, "set rooms");
        var room = Room.Create(property!.Id, details, status!.Value, scope.Actor, clock.GetUtcNow());
        db.Rooms.Add(room);
        audit.Append(scope, "room.add", "room", room.Id.ToString(), null, Audited(room, type!));
        await db.SaveChangesAsync(ct);
        return room;
    }

    public async Task<Room> ChangeAsync(Guid id, RoomChange change, AccessScope scope, CancellationToken ct)
    {
        var room = await LoadAsync(id, scope, ct);
        var errors = new FieldErrors();
        var type = await TypeOfAsync(room.PropertyId, change.TypeCode, errors, ct);
        var details = new RoomDetails(room.Number, change.Floor ?? int.MinValue, change.Building, type?.Id ?? Guid.Empty, change.View, change.ConnectingNumber,
            change.AccessibilityFeatures);
        details.Check(errors);
        errors.ThrowIfAny();
        WorkOrderAuthority.RequireConfigurer(scope.Authority, scope.IsAdministrator, "set rooms");
        var oldType = await db.RoomTypes.AsNoTracking().SingleAsync(t => t.Id == room.TypeId, ct);
        var before = Audited(room, oldType);
        room.Change(details, change.Active ?? room.Active);
        audit.Append(scope, "room.change", "room", room.Id.ToString(), before, Audited(room, type!));
        await db.SaveChangesAsync(ct);
        return room;
    }

    private static object Audited(Room r, RoomType t) =>
        new { r.Number, r.Floor, r.Building, Type = t.Code, r.View, r.ConnectingNumber, r.AccessibilityFeatures, r.Active, r.Status };

    private static RoomTypeDetails TypeDetails(string? name, string? bedType, int? maxGuests, bool? accessible, bool? smoking, List<string?>? checklist,
        FieldErrors errors)
    {
        var bed = CreateCaseRequest.ParseEnum<BedType>("bedType", bedType, errors);
        return new RoomTypeDetails(name, bed ?? BedType.King, maxGuests ?? 0, accessible ?? false, smoking ?? false, checklist);
    }

    /// <summary>The property's active room type of that code, or null with the error under <c>typeCode</c>.</summary>
    private async Task<RoomType?> TypeOfAsync(Guid? propertyId, string? code, FieldErrors errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > RoomType.CodeMax)
        {
            errors.Add("typeCode", "Required: the code of one of the property's room types.");
            return null;
        }

        if (propertyId is null)
        {
            return null;
        }

        var type = await db.RoomTypes.AsNoTracking().SingleOrDefaultAsync(t => t.PropertyId == propertyId && t.Code == code.Trim() && t.Active, ct);
        if (type is null)
        {
            errors.Add("typeCode", $"Unknown room type '{code}' at this property.");
        }

        return type;
    }

    /// <summary>The id of the property a list is filtered to; an unknown or unseen code filters to nothing.</summary>
    public Task<Guid?> PropertyFilterAsync(AccessScope scope, string? code, CancellationToken ct) => PropertyChoice.FilterIdAsync(db, code, scope, ct);
}

/// <summary>No such room or room type in the caller's scope (HTTP 404, saying nothing of other properties).</summary>
public sealed class RoomNotFoundException() : DomainException(DomainErrorKind.NotFound, "No such room.");
