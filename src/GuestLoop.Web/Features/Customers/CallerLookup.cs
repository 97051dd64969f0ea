using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Customers;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Customers;

/// <summary>A guest who may be the caller: contacts as the staff member may see them, their open cases and their last case.</summary>
public sealed record CallerJson(GuestSummaryJson Guest, int OpenCases, GuestCaseJson? LastCase);

/// <summary>What a picked caller fills into the new-case form; the email only for a role that sees it in clear.</summary>
public sealed record CallerDetails(string? Name, string Phone, string? Email);

/// <summary>
/// Finds the guest on the line by the number they give, for the new-case form. Only a complete number that is valid for
/// its numbering plan is looked up, through its keyed hash: the numbers are stored encrypted, and a search by a few digits
/// would let anyone at the desk list the guests whose number contains them. Only guests of the staff member's properties
/// are offered; every lookup that finds someone and every pick is in the audit log.
/// </summary>
public sealed class CallerLookup(GuestLoopDbContext db, GuestDirectory directory, SensitiveData sensitive, AuditLog audit)
{
    public const int MaxCallers = 5;

    public async Task<IReadOnlyList<CallerJson>> FindAsync(string? phone, AccessScope scope, CancellationToken ct)
    {
        if (!ContactRules.IsPlausiblePhone(phone) || sensitive.Hash(SensitiveField.Phone, phone) is not { } hash)
        {
            return [];
        }

        var guests = await directory.Visible(scope).AsNoTracking()
            .Where(g => g.ErasedAt == null && EF.Property<string?>(g, SensitiveColumns.PhoneHash) == hash)
            .OrderByDescending(g => g.LastActivityAt).Take(MaxCallers).ToListAsync(ct);
        if (guests.Count == 0)
        {
            return [];
        }

        var ids = guests.Select(g => g.Id).ToList();
        var properties = scope.PropertyIds.ToList();
        var cases = db.Cases.AsNoTracking()
            .Where(c => c.GuestId != null && ids.Contains(c.GuestId.Value) && (scope.AllProperties || properties.Contains(c.PropertyId)));
        var open = await cases.Where(c => c.Status != CaseStatus.Closed).GroupBy(c => c.GuestId!.Value)
            .Select(g => new { Guest = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Guest, x => x.Count, ct);
        var callers = new List<CallerJson>();
        foreach (var guest in guests)
        {
            var last = await cases.Where(c => c.GuestId == guest.Id).OrderByDescending(c => c.ReceivedAt)
                .Select(c => new GuestCaseJson(c.Id, c.Number, c.Kind, c.Category, c.Status, c.Title, c.ReceivedAt)).FirstOrDefaultAsync(ct);
            callers.Add(new CallerJson(GuestJson.Summary(guest, scope.SeesClearValues), open.GetValueOrDefault(guest.Id), last));
            audit.Append(scope, "guest.lookup", GuestDirectory.Entity, guest.Id.ToString(), null, new { by = "phone", phone = Masking.Phone(phone) });
        }

        await db.SaveChangesAsync(ct);
        return callers;
    }

    /// <summary>The details of a guest found by <paramref name="phone"/>, to fill the form with; audited.</summary>
    public async Task<CallerDetails> PickAsync(Guid guestId, string phone, AccessScope scope, CancellationToken ct)
    {
        var guest = await directory.LoadAsync(guestId, scope, "lookup", ct);
        if (guest.IsErased || sensitive.Hash(SensitiveField.Phone, guest.Phone) is not { } hash || hash != sensitive.Hash(SensitiveField.Phone, phone))
        {
            throw new GuestNotFoundException();
        }

        var email = scope.SeesClearValues ? guest.Email : null;
        audit.Append(scope, "guest.pick", GuestDirectory.Entity, guest.Id.ToString(), null,
            new { purpose = "new case", fields = email is null ? new[] { "name" } : ["name", "email"] });
        await db.SaveChangesAsync(ct);
        return new CallerDetails(guest.Name, phone, email);
    }
}
