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

    /// <summary>The guests this scope found or made, by field and keyed hash.</summary>
    private readonly Dictionary<(SensitiveField Field, string Hash), Guest> _known = [];

    /// <summary>The hashes already looked up in the database by this scope: a miss among them needs no second query.</summary>
    private readonly HashSet<(SensitiveField Field, string Hash)> _looked = [];

    /// <summary>
    /// Reads the saved guests of many new cases (a batch of intakes, an import's chunk) in one query, so that matching
    /// each case after it costs no query of its own. Run in the transaction that saves them.
    /// </summary>
    public async Task PreloadAsync(IEnumerable<GuestDetails> details, CancellationToken ct)
    {
        var wanted = new Dictionary<SensitiveField, List<string>> { [SensitiveField.IdNumber] = [], [SensitiveField.Phone] = [], [SensitiveField.Email] = [] };
        foreach (var d in details)
        {
            foreach (var (field, value) in Contacts(d))
            {
                if (sensitive.Hash(field, value) is { } hash && _looked.Add((field, hash)))
                {
                    wanted[field].Add(hash);
                }
            }
        }

        var (ids, phones, emails) = (wanted[SensitiveField.IdNumber], wanted[SensitiveField.Phone], wanted[SensitiveField.Email]);
        if (ids.Count + phones.Count + emails.Count == 0)
        {
            return;
        }

        foreach (var guest in await WithContacts(ids, phones, emails).ToListAsync(ct))
        {
            Remember(guest);
        }
    }

    /// <summary>The live guests (not merged, not erased) with any of these keyed hashes, oldest first.</summary>
    internal IQueryable<Guest> WithContacts(List<string> ids, List<string> phones, List<string> emails) =>
        db.Guests.Where(g => g.MergedIntoId == null && g.ErasedAt == null
                && (ids.Contains(EF.Property<string>(g, SensitiveColumns.IdNumberHash))
                    || phones.Contains(EF.Property<string>(g, SensitiveColumns.PhoneHash))
                    || emails.Contains(EF.Property<string>(g, SensitiveColumns.EmailHash))))
            .OrderBy(g => g.CreatedAt);

    /// <summary>The guest with the same document number, phone or email (in that order), or a new one; none without a contact.</summary>
    public async Task<(Guest? Guest, bool Created)> FindOrCreateAsync(GuestDetails details, Guid propertyId, DateTimeOffset now, CancellationToken ct)
    {
        var hashes = Contacts(details).Select(x => (x.Field, Hash: sensitive.Hash(x.Field, x.Value))).ToList();
        if (hashes.All(h => h.Hash is null))
        {
            return (null, false);
        }

        Guest? guest = null;
        foreach (var (field, hash) in hashes)
        {
            if (hash is null)
            {
                continue;
            }

            if (_known.TryGetValue((field, hash), out guest))
            {
                break;
            }

            if (_looked.Add((field, hash)) && (guest = Tracked(field, hash) ?? await FindAsync(Column(field), hash, ct)) is not null)
            {
                break;
            }
        }

        if (guest is not null)
        {
            guest.Complete(details.Name, details.Phone, details.Email, details.IdNumber);
            guest.SeenAt(propertyId, now);
            Remember(guest);
            return (guest, false);
        }

        guest = Guest.Create(details, propertyId, now);
        db.Guests.Add(guest);
        Remember(guest);
        return (guest, true);
    }

    private static (SensitiveField Field, string? Value)[] Contacts(GuestDetails d) =>
        [(SensitiveField.IdNumber, d.IdNumber), (SensitiveField.Phone, d.Phone), (SensitiveField.Email, d.Email)];

    private static string Column(SensitiveField field) => field switch
    {
        SensitiveField.IdNumber => SensitiveColumns.IdNumberHash,
        SensitiveField.Phone => SensitiveColumns.PhoneHash,
        _ => SensitiveColumns.EmailHash,
    };

    /// <summary>A guest added or loaded in this scope by other means, not saved yet or not remembered.</summary>
    private Guest? Tracked(SensitiveField field, string hash) =>
        db.Guests.Local.FirstOrDefault(g => g.MergedIntoId is null && !g.IsErased && sensitive.Hash(field, Value(g, field)) == hash);

    private static string? Value(Guest g, SensitiveField field) => field switch
    {
        SensitiveField.IdNumber => g.IdNumber,
        SensitiveField.Phone => g.Phone,
        _ => g.Email,
    };

    /// <summary>Remembers a guest under each of its contacts; the first remembered (the oldest, as the query orders) keeps a contact.</summary>
    private void Remember(Guest guest)
    {
        foreach (var field in (SensitiveField[])[SensitiveField.IdNumber, SensitiveField.Phone, SensitiveField.Email])
        {
            if (sensitive.Hash(field, Value(guest, field)) is { } hash)
            {
                _known.TryAdd((field, hash), guest);
                _looked.Add((field, hash));
            }
        }
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
