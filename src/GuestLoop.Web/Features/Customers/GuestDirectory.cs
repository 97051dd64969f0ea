using GuestLoop.Domain;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Customers;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Customers;

/// <summary>
/// Guest profiles for one caller, always inside their property scope: a guest belongs to the properties of their cases
/// and stays. Every read of a clear value on request, every export and every change is audited in the same transaction;
/// a refused attempt is audited too.
/// </summary>
public sealed class GuestDirectory(GuestLoopDbContext db, AuditLog audit, SensitiveData sensitive)
{
    public const string Entity = "guest";

    public IQueryable<Guest> Visible(AccessScope scope)
    {
        var guests = db.Guests.Where(g => g.MergedIntoId == null);
        if (scope.AllProperties)
        {
            return guests;
        }

        var ids = scope.PropertyIds.ToList();
        return guests.Where(g => g.PropertyIds.Any(p => ids.Contains(p)));
    }

    public async Task<GuestListJson> ListAsync(AccessScope scope, string? text, int page, int pageSize, CancellationToken ct)
    {
        var query = Visible(scope).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var q = text.Trim();
            var phone = sensitive.Hash(SensitiveField.Phone, q);
            var email = sensitive.Hash(SensitiveField.Email, q);
            var id = sensitive.Hash(SensitiveField.IdNumber, q);
            query = query.Where(g => (g.Name != null && g.Name.Contains(q))
                || EF.Property<string?>(g, SensitiveColumns.PhoneHash) == phone
                || EF.Property<string?>(g, SensitiveColumns.EmailHash) == email
                || EF.Property<string?>(g, SensitiveColumns.IdNumberHash) == id);
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(g => g.LastActivityAt).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var clear = scope.SeesClearValues;
        return new GuestListJson(items.Select(g => GuestJson.Summary(g, clear)).ToList(), total, page, pageSize);
    }

    /// <summary>Guests in a list, by id, inside the caller's scope and masked as the caller sees them; one query.</summary>
    public async Task<IReadOnlyDictionary<Guid, GuestSummaryJson>> SummariesAsync(IReadOnlyCollection<Guid> guestIds, AccessScope scope, CancellationToken ct)
    {
        var ids = guestIds.Distinct().ToList();
        var clear = scope.SeesClearValues;
        var guests = await Visible(scope).AsNoTracking().Where(g => ids.Contains(g.Id)).ToListAsync(ct);
        return guests.ToDictionary(g => g.Id, g => GuestJson.Summary(g, clear));
    }

    /// <summary>The special needs of the guests of listed cases, in one query (the cases were already scoped).</summary>
    public async Task<IReadOnlyDictionary<Guid, SpecialNeeds>> SpecialNeedsAsync(IEnumerable<Guid> guestIds, CancellationToken ct)
    {
        var ids = guestIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, SpecialNeeds>();
        }

        return await db.Guests.AsNoTracking().Where(g => ids.Contains(g.Id) && g.SpecialNeeds != SpecialNeeds.None)
            .ToDictionaryAsync(g => g.Id, g => g.SpecialNeeds, ct);
    }

    public async Task<GuestJson> GetAsync(Guid id, AccessScope scope, CancellationToken ct)
    {
        var guest = await LoadAsync(id, scope, "read", ct);
        return await ToJsonAsync(guest, scope, scope.SeesClearValues, ct);
    }

    /// <summary>The guest's cases (and those of profiles merged into it) that the caller may see, newest first.</summary>
    public async Task<List<GuestCaseJson>> CasesAsync(IReadOnlyCollection<Guid> guestIds, AccessScope scope, CancellationToken ct)
    {
        var ids = guestIds.ToList();
        var props = scope.PropertyIds.ToList();
        return await db.Cases.AsNoTracking()
            .Where(c => c.GuestId != null && ids.Contains(c.GuestId.Value) && (scope.AllProperties || props.Contains(c.PropertyId)))
            .OrderByDescending(c => c.ReceivedAt)
            .Select(c => new GuestCaseJson(c.Id, c.Number, c.Kind, c.Category, c.Status, c.Title, c.ReceivedAt)).ToListAsync(ct);
    }

    public async Task<RevealJson> RevealAsync(Guid id, AccessScope scope, RevealBody body, CancellationToken ct)
    {
        var guest = await LoadAsync(id, scope, "reveal", ct);
        await RequireAsync(scope.MayReveal, guest.Id, scope, "reveal", ct);
        if (!Enum.TryParse<SensitiveField>(body.Field, ignoreCase: true, out var field))
        {
            throw new GuestValidationException(FieldErrors.For("field", "One of phone, email, idNumber, address."));
        }

        try
        {
            PrivacyRules.RequireReason(body.Reason);
        }
        catch (GuestRuleException e)
        {
            throw new GuestValidationException(FieldErrors.For("reason", e.Message));
        }

        audit.Append(scope, "guest.reveal", Entity, guest.Id.ToString(), null, new { field, reason = body.Reason!.Trim() });
        await db.SaveChangesAsync(ct);
        return new RevealJson(field.ToString(), guest.Value(field));
    }

    public async Task<Guest> LoadForRightsAsync(Guid id, AccessScope scope, string operation, CancellationToken ct)
    {
        var guest = await LoadAsync(id, scope, operation, ct);
        await RequireAsync(PrivacyRules.MayExportOrErase(scope.Authority, scope.IsAdministrator), guest.Id, scope, operation, ct);
        return guest;
    }

    public async Task<GuestJson> ToJsonAsync(Guest guest, AccessScope scope, bool clear, CancellationToken ct)
    {
        var merged = await db.Guests.AsNoTracking().Where(g => g.MergedIntoId == guest.Id).ToListAsync(ct);
        var cases = await CasesAsync([guest.Id, .. merged.Select(m => m.Id)], scope, ct);
        return GuestJson.From(guest, clear, merged, cases);
    }

    /// <summary>
    /// A guest the caller may see, tracked for a change. A guest that exists elsewhere is reported as not found, and the
    /// attempt is audited.
    /// </summary>
    public async Task<Guest> LoadAsync(Guid id, AccessScope scope, string operation, CancellationToken ct)
    {
        var guest = await Visible(scope).SingleOrDefaultAsync(g => g.Id == id, ct);
        if (guest is not null)
        {
            return guest;
        }

        if (await db.Guests.AnyAsync(g => g.Id == id, ct))
        {
            await DenyAsync(id, scope, operation, "outside the caller's properties", ct);
        }

        throw new GuestNotFoundException();
    }

    public async Task RequireAsync(bool allowed, Guid guestId, AccessScope scope, string operation, CancellationToken ct)
    {
        if (allowed)
        {
            return;
        }

        await DenyAsync(guestId, scope, operation, "role", ct);
        throw new PrivacyDeniedException($"Your role may not {operation} a guest's personal data.");
    }

    private async Task DenyAsync(Guid guestId, AccessScope scope, string operation, string why, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        audit.Append(scope, "guest.denied", Entity, guestId.ToString(), null, new { operation, why });
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>No such guest, or one the caller may not see (HTTP 404).</summary>
public sealed class GuestNotFoundException() : DomainException(DomainErrorKind.NotFound, "Not found.");
