using GuestLoop.Domain;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Compensation;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Compensation;

/// <summary>
/// The compensations of a case. Each step is saved with its line in the case history and, for decisions and
/// payments, its audit entry — all of it or nothing. The approval limit is checked by the domain.
/// </summary>
public sealed class CaseCompensations(GuestLoopDbContext db, CaseWorkflow workflow, AuditLog audit, TimeProvider clock)
{
    public const string AuditEntity = "compensation";

    public async Task<IReadOnlyList<GuestCompensation>> ListAsync(Guid caseId, AccessScope scope, CancellationToken ct)
    {
        if (!await db.Cases.VisibleTo(scope).AnyAsync(c => c.Id == caseId, ct))
        {
            throw new CaseNotFoundException();
        }

        return await db.Compensations.AsNoTracking().Include(c => c.Negotiation).Where(c => c.CaseId == caseId)
            .OrderBy(c => c.ProposedAt).ToListAsync(ct);
    }

    public async Task<ApprovalLimits> LimitsAsync(Guid propertyId, CancellationToken ct) =>
        await CompensationLimitsRecord.ForPropertyAsync(db, propertyId, ct);

    public async Task<GuestCompensation> ProposeAsync(Guid caseId, AccessScope scope, ProposeCompensationBody body, CancellationToken ct)
    {
        GuestCompensation? proposed = null;
        await workflow.PerformAsync(caseId, scope, (c, actor, now) =>
        {
            var errors = new FieldErrors();
            var basis = CreateCaseRequest.ParseEnum<CompensationBasis>("basis", body.Basis, errors);
            var method = CreateCaseRequest.ParseEnum<CompensationMethod>("method", body.Method, errors);
            var money = Money.Parse(body.Amount, body.Currency, errors);
            if (string.IsNullOrWhiteSpace(body.Scope))
            {
                errors.Add("scope", "'scope' is required.");
            }

            errors.ThrowIfAny();
            proposed = GuestCompensation.Propose(c.Id, c.PropertyId, actor, now, basis!.Value, body.Scope!, method!.Value, money);
            db.Compensations.Add(proposed);
            c.RecordRemedial(actor, now, CaseAction.ProposeCompensation, $"{proposed.Money} · {proposed.Scope}");
        }, ct);
        return proposed!;
    }

    public Task<GuestCompensation> ApproveAsync(Guid id, AccessScope scope, string? note, CancellationToken ct) =>
        StepAsync(id, scope, CaseAction.ApproveCompensation, "compensation.approve", ct,
            (comp, _, d, actor, now) => comp.Approve(actor, now, d.Limits, note, d.ApprovedOnCase, d.ApprovedForGuest), comp => $"{comp.Money} {comp.DecisionNote}".Trim());

    public Task<GuestCompensation> RejectAsync(Guid id, AccessScope scope, string? reason, CancellationToken ct) =>
        StepAsync(id, scope, CaseAction.RejectCompensation, "compensation.reject", ct,
            (comp, _, d, actor, now) => comp.Reject(actor, now, d.Limits, reason ?? string.Empty, d.ApprovedOnCase, d.ApprovedForGuest), comp => $"{comp.Money} {comp.DecisionNote}");

    public Task<GuestCompensation> NegotiateAsync(Guid id, AccessScope scope, NegotiationBody body, CancellationToken ct) =>
        StepAsync(id, scope, CaseAction.NegotiateCompensation, null, ct,
            (comp, _, _, actor, now) => comp.Negotiate(actor, now, body.At, body.Note ?? string.Empty), comp => comp.Negotiation[^1].Note);

    public async Task<GuestCompensation> AgreeAsync(Guid id, AccessScope scope, AgreeBody body, CancellationToken ct)
    {
        var propertyName = await db.Compensations.Where(c => c.Id == id)
            .Join(db.Properties, c => c.PropertyId, p => p.Id, (_, p) => p.Name).SingleOrDefaultAsync(ct);
        return await StepAsync(id, scope, CaseAction.AgreeCompensation, "compensation.agree", ct, (comp, c, _, actor, now) =>
        {
            var guest = string.IsNullOrWhiteSpace(body.AcceptedBy) ? c.Complainant.Name ?? string.Empty : body.AcceptedBy;
            var text = string.IsNullOrWhiteSpace(body.AgreementText)
                ? CompensationAgreement.Compose(comp, c.Number, propertyName ?? string.Empty, guest, DateOnly.FromDateTime(now.UtcDateTime))
                : body.AgreementText;
            comp.Agree(actor, now, text, guest);
        }, comp => $"{comp.Money} · {comp.AcceptedBy}");
    }

    /// <summary>
    /// The guest accepts an approved compensation online, from their private tracking link: the agreement is generated,
    /// accepted in their name and recorded on the case and in the audit log. Unknown token or compensation → not found.
    /// </summary>
    public async Task<GuestCompensation> AcceptByGuestAsync(string token, Guid id, string? acceptedBy, CancellationToken ct)
    {
        var @case = await db.Cases.Include(c => c.History).SingleOrDefaultAsync(c => c.TrackingToken == token, ct)
            ?? throw new CaseNotFoundException();
        var comp = await db.Compensations.Include(c => c.Negotiation).SingleOrDefaultAsync(c => c.Id == id && c.CaseId == @case.Id, ct)
            ?? throw new CaseNotFoundException();
        var propertyName = await db.Properties.Where(p => p.Id == comp.PropertyId).Select(p => p.Name).SingleAsync(ct);
        var name = string.IsNullOrWhiteSpace(acceptedBy) ? @case.Complainant.Name ?? string.Empty : acceptedBy.Trim();
        var guest = Actor.Guest(name);
        var now = clock.GetUtcNow();
        var before = Snapshot(comp);
        comp.Agree(guest, now, CompensationAgreement.Compose(comp, @case.Number, propertyName, name, DateOnly.FromDateTime(now.UtcDateTime)), name);
        @case.RecordRemedial(guest, now, CaseAction.AgreeCompensation, $"{comp.Money} · {comp.AcceptedBy}");
        audit.Append(GuestScope(name), "compensation.agree", AuditEntity, comp.Id.ToString(), before, Snapshot(comp));
        await db.SaveChangesAsync(ct);
        return comp;
    }

    /// <summary>Approved compensations awaiting the guest's acceptance, and those already agreed, for the tracking page.</summary>
    public Task<List<GuestCompensation>> ForGuestAsync(Guid caseId, CancellationToken ct) =>
        db.Compensations.AsNoTracking().Where(GuestCompensation.Standing).Where(c => c.CaseId == caseId)
            .OrderBy(c => c.ProposedAt).ToListAsync(ct);

    private static AccessScope GuestScope(string name) =>
        AccessScope.Outsider(string.IsNullOrEmpty(name) ? "guest" : $"guest: {name}");

    public Task<GuestCompensation> PayAsync(Guid id, AccessScope scope, PayBody body, CancellationToken ct) =>
        StepAsync(id, scope, CaseAction.PayCompensation, "compensation.pay", ct,
            (comp, _, _, actor, now) => comp.Pay(actor, now, body.PaidAt, body.PaidBy, body.Reference ?? string.Empty),
            comp => $"{comp.Money} · {comp.PaidBy} · {comp.PaymentReference}");

    private async Task<GuestCompensation> StepAsync(Guid id, AccessScope scope, CaseAction action, string? auditAction, CancellationToken ct,
        Action<GuestCompensation, Case, CompensationDecision, Actor, DateTimeOffset> step, Func<GuestCompensation, string> detail)
    {
        var comp = await db.Compensations.Include(c => c.Negotiation).SingleOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new CaseNotFoundException();
        var limits = await LimitsAsync(comp.PropertyId, ct);
        // Only a decision is measured against what the case and its guest already have approved.
        var decision = action is CaseAction.ApproveCompensation or CaseAction.RejectCompensation
            ? new CompensationDecision(limits, await ApprovedAsync(comp, c => c.CaseId == comp.CaseId, ct), await ApprovedForGuestAsync(comp, limits, ct))
            : new CompensationDecision(limits, [], []);
        await workflow.PerformAsync(comp.CaseId, scope, (c, actor, now) =>
        {
            var before = Snapshot(comp);
            step(comp, c, decision, actor, now);
            c.RecordRemedial(actor, now, action, detail(comp));
            if (auditAction is not null)
            {
                audit.Append(scope, auditAction, AuditEntity, comp.Id.ToString(), before, Snapshot(comp));
            }
        }, ct);
        return comp;
    }

    /// <summary>The compensations still standing (approved, agreed or paid) that match, other than this one.</summary>
    private async Task<List<Money>> ApprovedAsync(GuestCompensation comp, System.Linq.Expressions.Expression<Func<GuestCompensation, bool>> which,
        CancellationToken ct) =>
        (await db.Compensations.AsNoTracking().Where(which).Where(GuestCompensation.Standing).Where(c => c.Id != comp.Id)
            .Select(c => new { c.Amount, c.Currency }).ToListAsync(ct))
        .Select(c => new Money(c.Amount, c.Currency)).ToList();

    /// <summary>What the case's guest was granted on any case within the enterprise's cap period; nothing to count without a cap or a guest.</summary>
    private async Task<List<Money>> ApprovedForGuestAsync(GuestCompensation comp, ApprovalLimits limits, CancellationToken ct)
    {
        if (limits.GuestCap is null
            || await db.Cases.AsNoTracking().Where(c => c.Id == comp.CaseId).Select(c => c.GuestId).SingleOrDefaultAsync(ct) is not { } guestId)
        {
            return [];
        }

        var since = clock.GetUtcNow().AddDays(-limits.GuestCapDays);
        var cases = db.Cases.Where(c => c.GuestId == guestId).Select(c => c.Id);
        return await ApprovedAsync(comp, c => cases.Contains(c.CaseId) && c.DecidedAt >= since, ct);
    }

    private static object Snapshot(GuestCompensation c) => new
    {
        c.CaseId, c.State, c.Amount, c.Currency, c.Basis, c.Method, c.DecidedBy, c.DecisionNote, c.AcceptedBy, c.PaidAt, c.PaidBy,
        c.PaymentReference,
    };
}

/// <summary>What a decision on a compensation is measured against: the limits, what the case and what its guest already have approved.</summary>
public sealed record CompensationDecision(ApprovalLimits Limits, IReadOnlyCollection<Money> ApprovedOnCase, IReadOnlyCollection<Money> ApprovedForGuest);

public sealed record ProposeCompensationBody(string? Basis, string? Scope, string? Method, decimal? Amount, string? Currency);
public sealed record DecisionBody(string? Note, string? Reason);
public sealed record NegotiationBody(DateTimeOffset? At, string? Note);
public sealed record AgreeBody(string? AcceptedBy, string? AgreementText);
public sealed record PayBody(DateTimeOffset? PaidAt, string? PaidBy, string? Reference);
