using GuestLoop.Domain;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Cases;

/// <param name="Query">The inbox's query string; it is checked as a case-list filter.</param>
public sealed record SavedViewBody(string? Name, string? Query, bool? Shared, Guid? PropertyId);

/// <param name="Editable">The caller may rename or delete it: its owner, or an administrator for a shared view.</param>
public sealed record SavedViewJson(Guid Id, string Name, string Query, bool Shared, Guid? PropertyId, Guid OwnerId, string OwnerName, bool Editable,
    DateTimeOffset UpdatedAt)
{
    public string Url => "/cases?" + Query;
}

public sealed class SavedViewNotFoundException() : DomainException(DomainErrorKind.NotFound, "No such saved view that you can see.");

public sealed class SavedViewForbiddenException() : DomainException(DomainErrorKind.Forbidden,
    "Only its owner or an administrator changes a shared view.");

public sealed class SavedViewValidationException(IReadOnlyDictionary<string, string[]> errors)
    : DomainException(errors, "The saved view is not valid.");

/// <summary>The saved views of the inbox: the one service behind the API and the inbox's menu.</summary>
public sealed class SavedViews(GuestLoopDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>The caller's own views and the shared views of their scope, by name.</summary>
    public async Task<IReadOnlyList<SavedViewJson>> ListAsync(AccessScope scope, CancellationToken ct)
    {
        var views = await db.SavedViews.AsNoTracking().Where(v => v.OwnerId == scope.StaffId || v.Shared).ToListAsync(ct);
        return views.Where(v => Sees(scope, v)).OrderBy(v => v.Name, StringComparer.CurrentCulture).Select(v => Json(scope, v)).ToList();
    }

    public async Task<SavedViewJson> GetAsync(Guid id, AccessScope scope, CancellationToken ct) => Json(scope, await VisibleAsync(id, scope, ct));

    public async Task<SavedViewJson> CreateAsync(SavedViewBody body, AccessScope scope, CancellationToken ct)
    {
        var owner = scope.StaffId ?? throw new SavedViewForbiddenException();
        var view = new SavedView { OwnerId = owner, OwnerName = scope.Name, CreatedAt = clock.GetUtcNow() };
        Apply(view, body, scope);
        db.SavedViews.Add(view);
        if (view.Shared)
        {
            audit.Append(scope, "savedView.create", "savedView", view.Id.ToString(), null, new { view.Name, view.Query, view.PropertyId });
        }

        await db.SaveChangesAsync(ct);
        return Json(scope, view);
    }

    public async Task<SavedViewJson> UpdateAsync(Guid id, SavedViewBody body, AccessScope scope, CancellationToken ct)
    {
        var view = await EditableAsync(id, scope, ct);
        var before = new { view.Name, view.Query, view.Shared, view.PropertyId };
        Apply(view, body, scope);
        if (before.Shared || view.Shared)
        {
            audit.Append(scope, "savedView.update", "savedView", view.Id.ToString(), before, new { view.Name, view.Query, view.Shared, view.PropertyId });
        }

        await db.SaveChangesAsync(ct);
        return Json(scope, view);
    }

    public async Task DeleteAsync(Guid id, AccessScope scope, CancellationToken ct)
    {
        var view = await EditableAsync(id, scope, ct);
        db.SavedViews.Remove(view);
        if (view.Shared)
        {
            audit.Append(scope, "savedView.delete", "savedView", view.Id.ToString(), new { view.Name, view.Query, view.PropertyId }, null);
        }

        await db.SaveChangesAsync(ct);
    }

    private static bool Sees(AccessScope scope, SavedView v) =>
        v.OwnerId == scope.StaffId || v.Shared && (v.PropertyId is { } p ? scope.CanSee(p) : scope.AllProperties);

    private static bool MayEdit(AccessScope scope, SavedView v) => v.OwnerId == scope.StaffId || v.Shared && scope.IsAdministrator;

    private static SavedViewJson Json(AccessScope scope, SavedView v) =>
        new(v.Id, v.Name, v.Query, v.Shared, v.PropertyId, v.OwnerId, v.OwnerName, MayEdit(scope, v), v.UpdatedAt);

    private async Task<SavedView> VisibleAsync(Guid id, AccessScope scope, CancellationToken ct)
    {
        var view = await db.SavedViews.SingleOrDefaultAsync(v => v.Id == id, ct);
        return view is not null && Sees(scope, view) ? view : throw new SavedViewNotFoundException();
    }

    private async Task<SavedView> EditableAsync(Guid id, AccessScope scope, CancellationToken ct)
    {
        var view = await VisibleAsync(id, scope, ct);
        return MayEdit(scope, view) ? view : throw new SavedViewForbiddenException();
    }

    private void Apply(SavedView view, SavedViewBody body, AccessScope scope)
    {
        var errors = new FieldErrors();
        var name = body.Name?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            errors.Add("name", "The name is required.");
        }
        else if (name.Length > SavedView.NameMax)
        {
            errors.Add("name", $"At most {SavedView.NameMax} characters.");
        }

        var query = (body.Query ?? string.Empty).Trim().TrimStart('?');
        if (query.Length > SavedView.QueryMax)
        {
            errors.Add("query", $"At most {SavedView.QueryMax} characters.");
        }
        else
        {
            // Stored only when the inbox can read it back: the same names and values as the case list.
            var parsed = QueryHelpers.ParseQuery(query);
            var filterErrors = new FieldErrors();
            CaseFilterQuery.Parse(n => parsed.TryGetValue(n, out var v) && v.ToString().Length > 0 ? v.ToString() : null, filterErrors);
            foreach (var (field, messages) in filterErrors)
            {
                errors.Add("query." + field, messages);
            }
        }

        var shared = body.Shared ?? false;
        if (shared && body.PropertyId is { } property && !scope.CanSee(property))
        {
            errors.Add("propertyId", "Not a property you can see.");
        }
        else if (shared && body.PropertyId is null && !scope.AllProperties)
        {
            errors.Add("propertyId", "A shared view names the property it is shared in.");
        }

        if (errors.Any)
        {
            throw new SavedViewValidationException(errors);
        }

        (view.Name, view.Query, view.Shared, view.PropertyId, view.UpdatedAt) = (name, query, shared, shared ? body.PropertyId : null, clock.GetUtcNow());
    }
}
