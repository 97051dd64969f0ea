using GuestLoop.Domain;
using GuestLoop.Domain.Customers;
using GuestLoop.Domain.Surveys;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Surveys;

/// <summary>Whom to survey about what: a guest by id, or the guest of a stay or tour by its reference at the property.</summary>
public sealed record SurveyInvitationRequest(Guid? GuestId, string? VisitReference, SurveyOccasion? Occasion, Guid? PropertyId);

/// <summary>
/// The one way a template's survey goes to a guest, from the API and from a visit import: the property's template for
/// the occasion, the sending rule (consent to surveys, not more than once per N days), then the e-mail with the link.
/// </summary>
public sealed class SendSurveyInvitation(GuestLoopDbContext db, SurveyInvitationMail mail, TimeProvider clock)
{
    /// <summary>A stay that ended longer ago than this is history being loaded, not a guest to ask now.</summary>
    public const int MaxDaysAfterCheckOut = 7;

    public async Task<SurveyInvitation> SendAsync(AccessScope scope, SurveyInvitationRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (request.PropertyId is not { } propertyId)
        {
            errors.Add("propertyId", "A property is required.");
        }

        if (request.Occasion is null)
        {
            errors.Add("occasion", "An occasion is required.");
        }

        if (request.GuestId is null && string.IsNullOrWhiteSpace(request.VisitReference))
        {
            errors.Add("guestId", "A guest or a visit reference is required.");
        }

        errors.ThrowIfAny();
        if (!scope.CanSee(request.PropertyId!.Value))
        {
            throw new SurveyNotFoundException("Not a property you may see.");
        }

        var template = await db.SurveyTemplates.AsNoTracking()
            .SingleOrDefaultAsync(t => t.PropertyId == request.PropertyId && t.Occasion == request.Occasion, ct)
            ?? throw new SurveyNotFoundException($"The property has no survey template for {request.Occasion}.");
        var guest = await FindGuestAsync(request, ct)
            ?? throw new SurveyNotFoundException(request.GuestId is null ? "No guest has a visit with this reference at the property." : "There is no such guest.");
        // Two sends to one guest at once must not both pass the rule: the check and the insert are one transaction,
        // which takes the write gate on SQLite and a lock on the guest on PostgreSQL.
        SurveyInvitation invitation;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({guest.Id.ToString()}))", ct);
            }

            invitation = await InviteAsync(template, guest, request.VisitReference, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        await mail.SendAsync(invitation, template, guest, ct);
        return invitation;
    }

    /// <summary>
    /// The survey after a check-out imported with its visit, when the property has an after-check-out template and the
    /// sending rule allows it; added to the caller's unit of work, null when not sent. The caller mails it after saving.
    /// </summary>
    public async Task<SurveyInvitation?> AfterCheckOutAsync(Guest guest, GuestVisit visit, CancellationToken ct)
    {
        if (visit.Kind != VisitKind.Stay || visit.To is null)
        {
            return null;
        }

        var template = await db.SurveyTemplates.AsNoTracking()
            .SingleOrDefaultAsync(t => t.PropertyId == visit.PropertyId && t.Occasion == SurveyOccasion.AfterCheckOut, ct);
        var property = await db.Properties.AsNoTracking().SingleAsync(p => p.Id == visit.PropertyId, ct);
        var today = property.LocalDate(clock.GetUtcNow());
        if (template is null || visit.To > today || visit.To < today.AddDays(-MaxDaysAfterCheckOut))
        {
            return null;
        }

        try
        {
            return await InviteAsync(template, guest, visit.Reference, ct);
        }
        catch (SurveyRefusedException)
        {
            return null;
        }
    }

    private async Task<Guest?> FindGuestAsync(SurveyInvitationRequest request, CancellationToken ct)
    {
        var propertyId = request.PropertyId!.Value;
        var reference = request.VisitReference?.Trim();
        var guests = db.Guests.Where(g => g.MergedIntoId == null && g.PropertyIds.Contains(propertyId));
        return request.GuestId is { } id
            ? await guests.SingleOrDefaultAsync(g => g.Id == id, ct)
            : await guests.Where(g => g.Visits.Any(v => v.PropertyId == propertyId && v.Reference == reference)).FirstOrDefaultAsync(ct);
    }

    private async Task<SurveyInvitation> InviteAsync(SurveyTemplateRecord template, Guest guest, string? visitReference, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // A profile merged into this guest is the same person: its surveys count too.
        var lastSent = await db.SurveyInvitations
            .Where(i => i.GuestId == guest.Id || db.Guests.Any(g => g.Id == i.GuestId && g.MergedIntoId == guest.Id))
            .OrderByDescending(i => i.SentAt).Select(i => (DateTimeOffset?)i.SentAt).FirstOrDefaultAsync(ct);
        // Invitations of this import not saved yet count too.
        var pending = db.ChangeTracker.Entries<SurveyInvitation>().Where(e => e.State == EntityState.Added && e.Entity.GuestId == guest.Id)
            .Select(e => (DateTimeOffset?)e.Entity.SentAt).Max();
        var last = pending > lastSent || lastSent is null ? pending : lastSent;
        var decision = SurveySending.Decide(guest.MayBeContactedFor(ConsentPurpose.Surveys), last, template.MinDaysBetween, now);
        if (decision != SendingDecision.Send)
        {
            throw new SurveyRefusedException(decision, template.MinDaysBetween);
        }

        var invitation = SurveyInvitation.Send(template.Id, template.PropertyId, guest.Id, template.Occasion, visitReference,
            CaseWorkflow.NewTrackingToken(), now, template.ReminderAfterDays);
        db.SurveyInvitations.Add(invitation);
        return invitation;
    }
}
