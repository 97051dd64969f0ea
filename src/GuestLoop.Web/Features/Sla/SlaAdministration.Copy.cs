using GuestLoop.Domain;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cluster;
using GuestLoop.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Sla;

/// <summary>A property that uses a calendar or policy, by name.</summary>
public sealed record PresetUser(Guid Id, string Code, string Name);

/// <summary>Save an edited calendar or policy under a new code and name instead, optionally moving one of its properties onto it.</summary>
public sealed record PresetCopy(string Code, string Name, Guid? PropertyId)
{
    /// <summary>The message of a code already in use, told apart from a malformed one.</summary>
    public const string Taken = "taken";
}

/// <summary>
/// A calendar or policy shared by several properties: who uses it, and the edit saved as a copy so that the others keep
/// the original. The copy and the one property moved onto it are saved, audited and recomputed in one transaction.
/// </summary>
public sealed partial class SlaAdministration
{
    public Task<List<PresetUser>> PropertiesOnCalendarAsync(string code, CancellationToken ct) =>
        db.Properties.AsNoTracking().Where(p => p.CalendarCode == code).OrderBy(p => p.Name)
            .Select(p => new PresetUser(p.Id, p.Code, p.Name)).ToListAsync(ct);

    public Task<List<PresetUser>> PropertiesOnPolicyAsync(string code, CancellationToken ct) =>
        db.Properties.AsNoTracking().Where(p => p.PolicyCode == code).OrderBy(p => p.Name)
            .Select(p => new PresetUser(p.Id, p.Code, p.Name)).ToListAsync(ct);

    public async Task<SlaChange> SaveCalendarCopyAsync(CalendarDefinition edited, PresetCopy copy, AccessScope actor, CancellationToken ct)
    {
        var copied = edited with { Code = copy.Code.Trim(), Name = copy.Name.Trim() };
        var errors = CopyErrors(copy, copied.Validate(), await db.Calendars.AnyAsync(c => c.Code == copied.Code, ct),
            await PropertiesOnCalendarAsync(edited.Code, ct), actor);
        if (errors.Any)
        {
            return new SlaChange(errors, 0);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await WriteCalendarAsync(copied, actor, ct);
        var moved = await MoveAsync(copy.PropertyId, p => p.CalendarCode = copied.Code, actor, ct);
        return await FinishCopyAsync(tx, moved, ct);
    }

    public async Task<SlaChange> SavePolicyCopyAsync(SlaPolicy edited, PresetCopy copy, AccessScope actor, CancellationToken ct)
    {
        var copied = edited with { Code = copy.Code.Trim(), Name = copy.Name.Trim() };
        var errors = CopyErrors(copy, copied.Validate(), await db.Policies.AnyAsync(p => p.Code == copied.Code, ct),
            await PropertiesOnPolicyAsync(edited.Code, ct), actor);
        if (errors.Any)
        {
            return new SlaChange(errors, 0);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await WritePolicyAsync(copied, actor, ct);
        var moved = await MoveAsync(copy.PropertyId, p => p.PolicyCode = copied.Code, actor, ct);
        return await FinishCopyAsync(tx, moved, ct);
    }

    /// <summary>
    /// The copy's own code and name as <c>copy.code</c> and <c>copy.name</c>, the property to move as <c>copy.property</c>
    /// (one of those on the original that the actor sees); the rest of the edit keeps the fields it has on the form.
    /// </summary>
    private static FieldErrors CopyErrors(PresetCopy copy, IEnumerable<(string Field, string Message)> problems, bool codeTaken,
        IReadOnlyList<PresetUser> users, AccessScope actor)
    {
        var errors = new FieldErrors();
        foreach (var (field, message) in problems)
        {
            errors.Add(field is "code" or "name" ? "copy." + field : field, message);
        }

        var code = copy.Code.Trim();
        if (!errors.ContainsKey("copy.code") && (code.Length is 0 or > 40 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            errors.Add("copy.code", "A code of 1 to 40 letters, digits or hyphens is required.");
        }
        else if (codeTaken)
        {
            errors.Add("copy.code", PresetCopy.Taken);
        }

        if (copy.PropertyId is { } property && (users.All(u => u.Id != property) || !actor.CanSee(property)))
        {
            errors.Add("copy.property", "Only a property that uses the original, and that you see, moves onto the copy.");
        }

        return errors;
    }

    /// <summary>Moves one property onto the copy, audited as a change of the property; the property moved, if one was chosen.</summary>
    private async Task<Guid?> MoveAsync(Guid? propertyId, Action<Property> assign, AccessScope actor, CancellationToken ct)
    {
        if (propertyId is not { } id)
        {
            return null;
        }

        var property = await db.Properties.SingleAsync(p => p.Id == id, ct);
        var before = new { property.CalendarCode, property.PolicyCode };
        assign(property);
        audit.Append(actor, "property.update", "property", property.Code, before, new { property.CalendarCode, property.PolicyCode });
        return id;
    }

    private async Task<SlaChange> FinishCopyAsync(IDbContextTransaction tx, Guid? moved, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        var recomputed = moved is { } id ? await RecomputePropertyAsync(id, ct) : 0;
        await tx.CommitAsync(ct);
        catalog.Invalidate();
        await ClusterPublisher.PublishAsync(db, events, ClusterMessage.RulesChanged, ct);
        return new SlaChange(FieldErrors.None, recomputed, Created: true);
    }
}
