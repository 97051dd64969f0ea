using GuestLoop.Domain;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Improvement;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Improvement;

/// <summary>
/// Improvement actions inside the caller's scope: an action of a property is seen by those who see the
/// property; an enterprise-wide one (no property) by everyone in the workspace.
/// </summary>
public sealed class ImprovementActions(GuestLoopDbContext db, TimeProvider clock)
{
    public IQueryable<ImprovementAction> Visible(AccessScope scope)
    {
        var ids = scope.PropertyIds.ToList();
        return scope.AllProperties
            ? db.ImprovementActions
            : db.ImprovementActions.Where(a => a.PropertyId == null || ids.Contains(a.PropertyId.Value));
    }

    public async Task<IReadOnlyList<ImprovementJson>> ListAsync(AccessScope scope, ImprovementFilter filter, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var query = Visible(scope).AsNoTracking();
        if (filter.State is { } state)
        {
            query = query.Where(a => a.State == state);
        }

        if (filter.OwnerId is { } owner)
        {
            query = query.Where(a => a.OwnerId == owner);
        }

        if (filter.OverdueOnly)
        {
            query = query.Where(a => a.State == ImprovementState.Open && a.DueOn < today);
        }

        if (filter.CheckDueOnly)
        {
            query = query.Where(a => a.State == ImprovementState.Done && a.CheckDueAt <= now);
        }

        var items = await query.OrderBy(a => a.DueOn).ThenBy(a => a.CreatedAt).Take(500).ToListAsync(ct);
        return items.Select(a => ImprovementJson.From(a, now)).ToList();
    }

    public async Task<ImprovementAction> LoadAsync(Guid id, AccessScope scope, CancellationToken ct) =>
        await Visible(scope).SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new CaseNotFoundException();

    public async Task<ImprovementAction> RaiseAsync(RaiseImprovementRequest request, AccessScope scope, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var source = CreateCaseRequest.ParseEnum<ImprovementSource>("source", request.Source ?? "analysis", errors);
        Guid? propertyId = null;
        if (!string.IsNullOrWhiteSpace(request.Property))
        {
            var property = await db.Properties.AsNoTracking().SingleOrDefaultAsync(p => p.Code == request.Property, ct);
            if (property is null || !scope.CanSee(property.Id))
            {
                errors.Add("property", $"Unknown property '{request.Property}'.");
            }

            propertyId = property?.Id;
        }

        var caseIds = request.CaseIds ?? [];
        if (caseIds.Count > 0)
        {
            var found = await db.Cases.VisibleTo(scope).Where(c => caseIds.Contains(c.Id)).Select(c => new { c.Id, c.PropertyId }).ToListAsync(ct);
            if (found.Count != caseIds.Distinct().Count())
            {
                errors.Add("caseIds", "Unknown case.");
            }

            // An action about one property's cases belongs to that property.
            if (propertyId is null && found.Select(c => c.PropertyId).Distinct().Count() == 1)
            {
                propertyId = found[0].PropertyId;
            }
        }

        if (request.OwnerId is { } ownerId && !await db.Staff.AnyAsync(s => s.Id == ownerId && s.Active, ct))
        {
            errors.Add("owner", "Unknown staff member.");
        }

        if (request.DueOn is null)
        {
            errors.Add("dueOn", "The due date is required.");
        }

        errors.ThrowIfAny();

        var action = ImprovementAction.Raise(new NewImprovementAction(propertyId, request.Title ?? "", request.Description ?? "", source!.Value,
            caseIds, request.Analysis, request.OwnerId ?? Guid.Empty, request.DueOn!.Value, request.CheckAfterDays), scope.Actor, clock.GetUtcNow());
        db.ImprovementActions.Add(action);
        await db.SaveChangesAsync(ct);
        return action;
    }

    public async Task<ImprovementAction> PerformAsync(Guid id, AccessScope scope, Action<ImprovementAction, DateTimeOffset> step, CancellationToken ct)
    {
        var action = await LoadAsync(id, scope, ct);
        step(action, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return action;
    }
}
