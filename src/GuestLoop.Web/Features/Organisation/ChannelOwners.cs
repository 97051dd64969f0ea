using GuestLoop.Domain;
using GuestLoop.Domain.Cases;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Organisation;

/// <summary>Who owns each channel of a property, and the backlog an owner sees for the channels they own.</summary>
public sealed class ChannelOwners(GuestLoopDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>The property by code inside the caller's scope, or not found.</summary>
    public async Task<Property> PropertyAsync(string code, AccessScope scope, CancellationToken ct)
    {
        var property = await db.Properties.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, ct);
        return property is not null && scope.CanSee(property.Id) ? property : throw new CaseNotFoundException();
    }

    /// <summary>Every channel of the property, with its owner or none.</summary>
    public async Task<IReadOnlyList<ChannelOwnerJson>> ListAsync(Property property, CancellationToken ct)
    {
        var owners = await db.ChannelOwners.AsNoTracking().Where(o => o.PropertyId == property.Id).ToListAsync(ct);
        var ids = owners.Select(o => o.StaffId).ToList();
        var names = await db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, ct);
        return Enum.GetValues<Channel>().Select(ch =>
        {
            var owner = owners.FirstOrDefault(o => o.Channel == ch);
            return new ChannelOwnerJson(ch, owner?.StaffId, owner is null ? null : names.GetValueOrDefault(owner.StaffId));
        }).ToList();
    }

    /// <summary>Replaces the owners of the property's channels: a channel not listed has no owner. Audited in the same save.</summary>
    public async Task<IReadOnlyList<ChannelOwnerJson>> SaveAsync(Property property, IReadOnlyList<ChannelOwnerInput> input, AccessScope scope,
        CancellationToken ct)
    {
        var errors = new FieldErrors();
        var wanted = new Dictionary<Channel, Guid>();
        var staffIds = input.Where(i => i?.StaffId is not null).Select(i => i.StaffId!.Value).Distinct().ToList();
        var staff = (await db.Staff.AsNoTracking().Where(s => staffIds.Contains(s.Id) && s.Active).ToListAsync(ct))
            .Where(s => s.WorksAt(property.Id)).Select(s => s.Id).ToHashSet();
        for (var i = 0; i < input.Count; i++)
        {
            if (input[i] is null)
            {
                errors.Add($"owners[{i}]", "An owner cannot be null.");
                continue;
            }

            var channel = CreateCaseRequest.ParseEnum<Channel>($"owners[{i}].channel", input[i].Channel, errors);
            if (input[i].StaffId is not { } staffId || !staff.Contains(staffId))
            {
                errors.Add($"owners[{i}].staffId", "An active staff member of the property is required.");
            }
            else if (channel is { } ch && !wanted.TryAdd(ch, staffId))
            {
                errors.Add($"owners[{i}].channel", "Each channel has one owner.");
            }
        }

        errors.ThrowIfAny();

        var before = await ListAsync(property, ct);
        db.ChannelOwners.RemoveRange(await db.ChannelOwners.Where(o => o.PropertyId == property.Id).ToListAsync(ct));
        var now = clock.GetUtcNow();
        db.ChannelOwners.AddRange(wanted.Select(w => new ChannelOwner { PropertyId = property.Id, Channel = w.Key, StaffId = w.Value, UpdatedAt = now }));
        audit.Append(scope, "channel-owners.save", "property", property.Code,
            before.Where(o => o.StaffId is not null).ToDictionary(o => o.Channel.ToString(), o => o.StaffId),
            wanted.ToDictionary(w => w.Key.ToString(), w => (Guid?)w.Value));
        await db.SaveChangesAsync(ct);
        return await ListAsync(property, ct);
    }

    /// <summary>For each channel the caller owns (in properties they still see): its open cases, how many are overdue, and the cases.</summary>
    public async Task<IReadOnlyList<ChannelBacklog>> BacklogAsync(AccessScope scope, int casesPerChannel, CancellationToken ct)
    {
        var owned = (await db.ChannelOwners.AsNoTracking().Where(o => o.StaffId == scope.StaffId).ToListAsync(ct))
            .Where(o => scope.CanSee(o.PropertyId)).ToList();
        var properties = await db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Id, ct);
        var now = clock.GetUtcNow();
        var result = new List<ChannelBacklog>();
        foreach (var o in owned.OrderBy(o => properties[o.PropertyId].Code).ThenBy(o => o.Channel))
        {
            var open = db.Cases.VisibleTo(scope).AsNoTracking()
                .Where(c => c.PropertyId == o.PropertyId && c.Channel == o.Channel && c.Status != CaseStatus.Closed);
            var overdue = open.Where(c => EF.Property<DateTimeOffset>(c, CaseUrgency.DueNext) < now);
            var overdueIds = await overdue.Select(c => c.Id).ToListAsync(ct);
            var cases = await open.OrderBy(c => c.ReceivedAt).Take(casesPerChannel)
                .Select(c => new BacklogCase(c.Id, c.Number, c.Title, c.Kind, c.Status, c.ReceivedAt, false)).ToListAsync(ct);
            result.Add(new ChannelBacklog(properties[o.PropertyId].Code, o.PropertyId, o.Channel, await open.CountAsync(ct), overdueIds.Count,
                cases.Select(c => c with { Overdue = overdueIds.Contains(c.Id) }).ToList()));
        }

        return result;
    }
}

public sealed record ChannelOwnerJson(Channel Channel, Guid? StaffId, string? StaffName);

public sealed record ChannelOwnerInput(string? Channel, Guid? StaffId);

public sealed record ChannelOwnersBody(IReadOnlyList<ChannelOwnerInput>? Owners);

public sealed record ChannelBacklog(string Property, Guid PropertyId, Channel Channel, int Open, int Overdue, IReadOnlyList<BacklogCase> Cases);

public sealed record BacklogCase(Guid Id, string Number, string Title, CaseKind Kind, CaseStatus Status, DateTimeOffset ReceivedAt, bool Overdue);
