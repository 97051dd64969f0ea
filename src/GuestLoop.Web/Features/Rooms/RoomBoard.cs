using GuestLoop.Domain.Rooms;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Rooms;

/// <summary>The room status board's rows: the caller's rooms with their type and open cleaning task, by floor and number.</summary>
public sealed class RoomBoard(GuestLoopDbContext db, RoomCatalogue rooms, RoomCleaningOrders cleaning)
{
    public async Task<IReadOnlyList<RoomJson>> ListAsync(AccessScope scope, RoomFilter filter, CancellationToken ct)
    {
        var query = rooms.Visible(scope).AsNoTracking();
        if (filter.PropertyCode is not null)
        {
            var property = await rooms.PropertyFilterAsync(scope, filter.PropertyCode, ct);
            query = query.Where(r => r.PropertyId == property);
        }

        if (filter.PropertyId is { } propertyId)
        {
            query = query.Where(r => r.PropertyId == propertyId);
        }

        if (filter.Floor is { } floor)
        {
            query = query.Where(r => r.Floor == floor);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (!filter.IncludeInactive)
        {
            query = query.Where(r => r.Active);
        }

        // The room's columns only: a room loaded whole brings its whole status history (an owned collection) with it, which
        // for a large hotel over years is most of what such a read would carry.
        var list = await query.OrderBy(r => r.PropertyId).ThenBy(r => r.Floor).ThenBy(r => r.Number).Take(2000)
            .Select(r => new RoomRow(r.Id, r.PropertyId, r.Number, r.Floor, r.Building, r.TypeId, r.View, r.ConnectingNumber, r.AccessibilityFeatures,
                r.Active, r.Status, r.StatusChangedAt, r.OutReason, r.ExpectedReturnAt, r.Version))
            .ToListAsync(ct);
        var types = await TypesAsync(list.Select(r => r.TypeId), ct);
        var tasks = await cleaning.OpenTasksAsync(list.Select(r => r.Id).ToList(), ct);
        return list.Select(r => r.Json(types.GetValueOrDefault(r.TypeId), tasks.GetValueOrDefault(r.Id))).ToList();
    }

    public async Task<RoomJson> DetailAsync(Guid id, AccessScope scope, CancellationToken ct)
    {
        var room = await rooms.Visible(scope).AsNoTracking().Include(r => r.History).SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new RoomNotFoundException();
        return await JsonAsync(room, ct);
    }

    public async Task<RoomJson> JsonAsync(Room room, CancellationToken ct)
    {
        var types = await TypesAsync([room.TypeId], ct);
        var tasks = await cleaning.OpenTasksAsync([room.Id], ct);
        return RoomJson.WithHistory(room, types.GetValueOrDefault(room.TypeId), tasks.GetValueOrDefault(room.Id));
    }

    private async Task<Dictionary<Guid, RoomType>> TypesAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await db.RoomTypes.AsNoTracking().Where(t => wanted.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
    }
}

/// <summary>The board's filters: a property (by code for the API, by id for the page), a floor, a status; inactive rooms only when asked.</summary>
public sealed record RoomFilter(string? PropertyCode = null, Guid? PropertyId = null, int? Floor = null, RoomStatus? Status = null, bool IncludeInactive = false);

/// <summary>A room's own columns, read for the board without its history; the one place a room's fields become its JSON.</summary>
internal sealed record RoomRow(Guid Id, Guid PropertyId, string Number, int Floor, string? Building, Guid TypeId, string? View, string? ConnectingNumber,
    string? AccessibilityFeatures, bool Active, RoomStatus Status, DateTimeOffset StatusChangedAt, string? OutReason, DateTimeOffset? ExpectedReturnAt, int Version)
{
    public static RoomRow Of(Room r) => new(r.Id, r.PropertyId, r.Number, r.Floor, r.Building, r.TypeId, r.View, r.ConnectingNumber, r.AccessibilityFeatures,
        r.Active, r.Status, r.StatusChangedAt, r.OutReason, r.ExpectedReturnAt, r.Version);

    public RoomJson Json(RoomType? type, RoomTaskJson? task) => new(Id, PropertyId, Number, Floor, Building, TypeId, type?.Code ?? string.Empty,
        type?.Name ?? string.Empty, View, ConnectingNumber, AccessibilityFeatures, Active, Status, StatusChangedAt, OutReason, ExpectedReturnAt, Version, task,
        History: null);
}
