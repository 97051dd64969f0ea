using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Customers;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Customers;

/// <summary>
/// Links a new case to its guest: an existing profile with the same document number, phone or email (compared through
/// their keyed hashes), or a new profile. A guest with special needs gives the case priority; a guest reaching the
/// repeat-complainant threshold is flagged and the service-quality office told, once. Runs in the case's transaction.
/// </summary>
public sealed class GuestMatching(GuestLoopDbContext db, SensitiveData sensitive)
{
    public async Task<Guest?> LinkAsync(Case @case, Property property, DateTimeOffset now, CancellationToken ct)
    {
        var c = @case.Complainant;
        var (guest, created) = await FindOrCreateAsync(new GuestDetails(c.Name, c.Phone, c.Email, c.IdNumber), property.Id, now, ct);
        if (guest is null)
        {
            return null;
        }

        @case.LinkGuest(guest.Id, guest.SpecialNeeds != SpecialNeeds.None);
        if (@case.Kind == CaseKind.Complaint)
        {
            await CheckRepeatAsync(guest, created, @case, property, now, ct);
        }

        return guest;
    }

    /// <summary>The guest with the same document number, phone or email (in that order), or a new one; none without a contact.</summary>
    public async Task<(Guest? Guest, bool Created)> FindOrCreateAsync(GuestDetails details, Guid propertyId, DateTimeOffset now, CancellationToken ct)
    {
        var idHash = sensitive.Hash(SensitiveField.IdNumber, details.IdNumber);
        var phoneHash = sensitive.Hash(SensitiveField.Phone, details.Phone);
        var emailHash = sensitive.Hash(SensitiveField.Email, details.Email);
        if (idHash is null && phoneHash is null && emailHash is null)
        {
            return (null, false);
        }

        var guest = db.Guests.Local.FirstOrDefault(g => g.MergedIntoId is null && !g.IsErased
                && ((idHash != null && sensitive.Hash(SensitiveField.IdNumber, g.IdNumber) == idHash)
                    || (phoneHash != null && sensitive.Hash(SensitiveField.Phone, g.Phone) == phoneHash)))
            ?? await FindAsync(SensitiveColumns.IdNumberHash, idHash, ct)
            ?? await FindAsync(SensitiveColumns.PhoneHash, phoneHash, ct)
            ?? await FindAsync(SensitiveColumns.EmailHash, emailHash, ct);
        if (guest is not null)
        {
            guest.Complete(details.Name, details.Phone, details.Email, details.IdNumber);
            guest.SeenAt(propertyId, now);
            return (guest, false);
        }

        guest = Guest.Create(details, propertyId, now);
        db.Guests.Add(guest);
        return (guest, true);
    }

    private Task<Guest?> FindAsync(string hashColumn, string? hash, CancellationToken ct) =>
        hash is null
            ? Task.FromResult<Guest?>(null)
            : db.Guests.Where(g => g.MergedIntoId == null && g.ErasedAt == null && EF.Property<string?>(g, hashColumn) == hash)
                .OrderBy(g => g.CreatedAt).FirstOrDefaultAsync(ct);

    /// <param name="created">A guest made just now has no saved cases: only the cases received with this one count.</param>
    private async Task CheckRepeatAsync(Guest guest, bool created, Case @case, Property property, DateTimeOffset now, CancellationToken ct)
    {
        // Cases received in the same transaction (a batch of intakes, an import's chunk) are not saved yet: they count too.
        var unsaved = db.Cases.Local.Where(x => x.GuestId == guest.Id && x.Kind == CaseKind.Complaint && x.Id != @case.Id)
            .Select(x => x.ReceivedAt).ToList();
        if (guest.RepeatFlaggedAt is not null || created && unsaved.Count == 0)
        {
            return;
        }

        var rule = (await db.CustomerSettings.AsNoTracking().SingleOrDefaultAsync(s => s.EnterpriseId == property.EnterpriseId, ct))?.Repeat
            ?? RepeatComplaintRule.Default;
        var since = now.AddDays(-rule.Days);
        var earlier = unsaved.Where(at => at > since).ToList();
        if (!created)
        {
            var ids = await db.Guests.Where(g => g.Id == guest.Id || g.MergedIntoId == guest.Id).Select(g => g.Id).ToListAsync(ct);
            // By the guests' index alone, then filtered here (see DuplicateFinder): a guest has few cases.
            earlier.AddRange((await db.Cases.Where(x => x.GuestId != null && ids.Contains(x.GuestId.Value))
                    .Select(x => new { x.Id, x.Kind, x.ReceivedAt }).ToListAsync(ct))
                .Where(x => x.Kind == CaseKind.Complaint && x.Id != @case.Id && x.ReceivedAt > since).Select(x => x.ReceivedAt));
        }

        if (!rule.IsRepeat([.. earlier, @case.ReceivedAt], now) || !guest.FlagRepeat(now))
        {
            return;
        }

        foreach (var recipient in await OfficeAsync(property.Id, ct))
        {
            db.Notifications.Add(new Notification
            {
                RecipientId = recipient,
                CaseId = @case.Id,
                PropertyId = property.Id,
                CaseNumber = @case.Number,
                CaseTitle = @case.Title,
                StageStartedAt = now,
                Event = EscalationEvent.RepeatComplainant,
                DueAt = now,
                CreatedAt = now,
                DeliverAfter = now,
            });
        }
    }

    /// <summary>The service-quality office of a property: its department's staff and level-2 department heads who see it.</summary>
    private async Task<List<Guid>> OfficeAsync(Guid propertyId, CancellationToken ct)
    {
        var quality = await db.Departments.AsNoTracking().Where(d => d.Function == DepartmentFunction.ServiceQuality).Select(d => d.Id).ToListAsync(ct);
        var staff = await db.Staff.AsNoTracking().Where(s => s.Active
                && (s.Authority == AuthorityLevel.Level2 || (s.DepartmentId != null && quality.Contains(s.DepartmentId.Value))))
            .Select(s => new { s.Id, s.AllProperties, s.PropertyIds }).ToListAsync(ct);
        return staff.Where(s => s.AllProperties || s.PropertyIds.Contains(propertyId)).Select(s => s.Id).Distinct().ToList();
    }
}
