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

        var list = await query.OrderBy(r => r.PropertyId).ThenBy(r => r.Floor).ThenBy(r => r.Number).Take(2000).ToListAsync(ct);
        var types = await TypesAsync(list.Select(r => r.TypeId), ct);
        var tasks = await cleaning.OpenTasksAsync(list.Select(r => r.Id).ToList(), ct);
        return list.Select(r => RoomJson.From(r, types.GetValueOrDefault(r.TypeId), tasks.GetValueOrDefault(r.Id), withHistory: false)).ToList();
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
        return RoomJson.From(room, types.GetValueOrDefault(room.TypeId), tasks.GetValueOrDefault(room.Id), withHistory: true);
    }

    private async Task<Dictionary<Guid, RoomType>> TypesAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await db.RoomTypes.AsNoTracking().Where(t => wanted.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
    }
}

/// <summary>The board's filters: a property (by code for the API, by id for the page), a floor, a status; inactive rooms only when asked.</summary>
public sealed record RoomFilter(string? PropertyCode = null, Guid? PropertyId = null, int? Floor = null, RoomStatus? Status = null, bool IncludeInactive = false);
