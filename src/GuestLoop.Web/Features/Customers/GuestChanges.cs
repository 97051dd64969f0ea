using GuestLoop.Domain;
using GuestLoop.Domain.Customers;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Customers;

/// <summary>Profile, consent, care and consumption changes, and merging two profiles (and undoing it); each audited.</summary>
public sealed class GuestChanges(GuestLoopDbContext db, GuestDirectory directory, AuditLog audit, TimeProvider clock)
{
    public async Task<Guest> SetProfileAsync(Guid id, AccessScope scope, GuestProfileBody body, CancellationToken ct)
    {
        // The PUT replaces both lists: a missing or misspelt one is refused, never read as "none".
        var errors = new FieldErrors();
        if (body.SpecialNeeds is null)
        {
            errors.Add("specialNeeds", "The special needs are required; send [] for none.");
        }

        if (body.Tags is null || body.Tags.Any(t => t is null))
        {
            errors.Add("tags", body.Tags is null ? "The tags are required; send [] for none." : "A tag cannot be null.");
        }

        if (errors.Any)
        {
            throw new GuestValidationException(errors);
        }

        var guest = await directory.LoadAsync(id, scope, "profile", ct);
        var before = new { guest.Preferences, guest.SpecialNeeds, guest.Tier, guest.Tags };
        var needs = body.SpecialNeeds!.Aggregate(SpecialNeeds.None, (a, n) => a | n);
        guest.SetProfile(new GuestPreferences(body.RoomType, body.Floor, body.View, body.Diet), needs, body.Tier ?? guest.Tier, body.Tags!);
        audit.Append(scope, "guest.profile", GuestDirectory.Entity, guest.Id.ToString(), before,
            new { guest.Preferences, guest.SpecialNeeds, guest.Tier, guest.Tags });
        await db.SaveChangesAsync(ct);
        return guest;
    }

    public async Task<Guest> RecordConsentAsync(Guid id, AccessScope scope, ConsentBody body, CancellationToken ct)
    {
        if (body.Purpose is not { } purpose || body.Granted is not { } granted)
        {
            throw new GuestValidationException(FieldErrors.For("purpose", "purpose (service|marketing|surveys) and granted are required."));
        }

        var guest = await directory.LoadAsync(id, scope, "consent", ct);
        guest.RecordConsent(purpose, granted, clock.GetUtcNow(), body.Source);
        audit.Append(scope, "guest.consent", GuestDirectory.Entity, guest.Id.ToString(), null, new { purpose, granted, body.Source });
        await db.SaveChangesAsync(ct);
        return guest;
    }

    public async Task<CareAction> CareAsync(Guid id, AccessScope scope, CareBody body, CancellationToken ct)
    {
        var guest = await directory.LoadAsync(id, scope, "care", ct);
        var action = guest.Care(body.Kind ?? CareKind.Greeting, body.Note ?? string.Empty, clock.GetUtcNow(), scope.Name);
        audit.Append(scope, "guest.care", GuestDirectory.Entity, guest.Id.ToString(), null, new { action.Kind, action.Note });
        await db.SaveChangesAsync(ct);
        return action;
    }

    public async Task<CareAction> CareOutcomeAsync(Guid id, Guid actionId, AccessScope scope, CareOutcomeBody body, CancellationToken ct)
    {
        var guest = await directory.LoadAsync(id, scope, "care", ct);
        // A care action of a profile merged into this one is on this guest's page too, and is answered here.
        var action = guest.CareActions.SingleOrDefault(a => a.Id == actionId)
            ?? (await db.Guests.Where(g => g.MergedIntoId == guest.Id).ToListAsync(ct)).SelectMany(g => g.CareActions).SingleOrDefault(a => a.Id == actionId)
            ?? throw new GuestNotFoundException();
        action.Record(body.Outcome ?? CareOutcome.Delivered, clock.GetUtcNow());
        audit.Append(scope, "guest.care.outcome", GuestDirectory.Entity, guest.Id.ToString(), null, new { actionId, action.Outcome });
        await db.SaveChangesAsync(ct);
        return action;
    }

    public async Task<GuestVisit> AddVisitAsync(Guid id, AccessScope scope, VisitBody body, CancellationToken ct)
    {
        var guest = await directory.LoadAsync(id, scope, "visit", ct);
        var property = await db.Properties.AsNoTracking().SingleOrDefaultAsync(p => p.Code == body.Property, ct);
        if (property is null || !scope.CanSee(property.Id))
        {
            throw new GuestValidationException(FieldErrors.For("property", "Not a property you may see."));
        }

        if (body.From is not { } from)
        {
            throw new GuestValidationException(FieldErrors.For("from", "The date is required."));
        }

        var visit = guest.AddVisit(new GuestVisit(property.Id, body.Kind ?? VisitKind.Stay, from, body.To, body.Reference, body.Amount, body.Note),
            clock.GetUtcNow());
        audit.Append(scope, "guest.visit", GuestDirectory.Entity, guest.Id.ToString(), null, new { visit.Kind, visit.From, visit.Reference });
        await db.SaveChangesAsync(ct);
        return visit;
    }

    /// <summary>Profiles among the caller's guests that probably are one person.</summary>
    public async Task<IReadOnlyList<DuplicateGuestPair>> DuplicatesAsync(AccessScope scope, CancellationToken ct)
    {
        var guests = await directory.Visible(scope).AsNoTracking().Where(g => g.ErasedAt == null)
            .OrderByDescending(g => g.LastActivityAt).Take(2000).ToListAsync(ct);
        return DuplicateGuests.Find(guests.Select(g => new DuplicateGuests.Candidate(g.Id, g.Name, g.Phone, g.Email, g.IdNumber)).ToList());
    }

    /// <summary>The merges into a guest the caller may see, newest first, each with whether it was undone.</summary>
    public async Task<List<GuestMerge>> MergesAsync(Guid id, AccessScope scope, CancellationToken ct)
    {
        var guest = await directory.LoadAsync(id, scope, "read", ct);
        return await db.GuestMerges.AsNoTracking().Where(m => m.SurvivorId == guest.Id).OrderByDescending(m => m.At).ToListAsync(ct);
    }

    /// <summary>Merges one profile into another: its cases move, its history shows on the survivor, and the merge is kept for undoing.</summary>
    public async Task<GuestMerge> MergeAsync(Guid survivorId, Guid mergedId, AccessScope scope, CancellationToken ct)
    {
        var survivor = await directory.LoadAsync(survivorId, scope, "merge", ct);
        var merged = await directory.LoadAsync(mergedId, scope, "merge", ct);
        await directory.RequireAsync(PrivacyRules.MayCorrect(scope.Authority, scope.IsAdministrator), survivorId, scope, "merge", ct);
        if (survivor.IsErased)
        {
            throw new GuestRuleException("The guest's personal data was erased.");
        }

        merged.MergeInto(survivor.Id);
        var cases = await db.Cases.Where(c => c.GuestId == merged.Id).ToListAsync(ct);
        cases.ForEach(c => c.LinkGuest(survivor.Id, survivor.SpecialNeeds != SpecialNeeds.None));
        var merge = new GuestMerge
        {
            SurvivorId = survivor.Id,
            MergedId = merged.Id,
            MovedCaseIds = cases.Select(c => c.Id).ToList(),
            SurvivorPropertyIdsBefore = survivor.Absorb(merged),
            At = clock.GetUtcNow(),
            By = scope.Name,
        };
        db.GuestMerges.Add(merge);
        audit.Append(scope, "guest.merge", GuestDirectory.Entity, survivor.Id.ToString(), null, new { merged = merged.Id, cases = cases.Count, merge = merge.Id });
        await db.SaveChangesAsync(ct);
        return merge;
    }

    /// <summary>Undoes a merge: both profiles as they were, each with its own cases.</summary>
    public async Task<GuestMerge> UndoMergeAsync(Guid mergeId, AccessScope scope, CancellationToken ct)
    {
        var merge = await db.GuestMerges.SingleOrDefaultAsync(m => m.Id == mergeId, ct) ?? throw new GuestNotFoundException();
        var survivor = await directory.LoadAsync(merge.SurvivorId, scope, "unmerge", ct);
        await directory.RequireAsync(PrivacyRules.MayCorrect(scope.Authority, scope.IsAdministrator), survivor.Id, scope, "unmerge", ct);
        if (merge.UndoneAt is not null)
        {
            throw new GuestRuleException("This merge was already undone.");
        }

        var merged = await db.Guests.SingleAsync(g => g.Id == merge.MergedId, ct);
        merged.Unmerge();
        survivor.RestoreProperties(merge.SurvivorPropertyIdsBefore);
        var cases = await db.Cases.Where(c => merge.MovedCaseIds.Contains(c.Id)).ToListAsync(ct);
        cases.ForEach(c => c.LinkGuest(merged.Id, merged.SpecialNeeds != SpecialNeeds.None));
        merge.UndoneAt = clock.GetUtcNow();
        merge.UndoneBy = scope.Name;
        audit.Append(scope, "guest.unmerge", GuestDirectory.Entity, survivor.Id.ToString(), null, new { merged = merged.Id, cases = cases.Count, merge = merge.Id });
        await db.SaveChangesAsync(ct);
        return merge;
    }
}
