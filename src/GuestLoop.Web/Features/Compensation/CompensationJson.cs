using GuestLoop.Domain.Compensation;
using GuestLoop.Domain.Organisation;

namespace GuestLoop.Web.Features.Compensation;

/// <summary>A compensation as the API shows it; <see cref="RequiredAuthority"/> is the level its approval needs.</summary>
public sealed record CompensationJson(
    Guid Id,
    Guid CaseId,
    CompensationBasis Basis,
    string Scope,
    CompensationMethod Method,
    decimal Amount,
    string Currency,
    CompensationState State,
    AuthorityLevel RequiredAuthority,
    DateTimeOffset ProposedAt,
    string ProposedBy,
    DateTimeOffset? DecidedAt,
    string? DecidedBy,
    string? DecisionNote,
    IReadOnlyList<NegotiationJson> Negotiation,
    string? AgreementText,
    DateTimeOffset? AgreedAt,
    string? AcceptedBy,
    DateTimeOffset? PaidAt,
    string? PaidBy,
    string? PaymentReference)
{
    /// <param name="approvedOnCase">The case's other standing compensations, when known: the limits bound the case's total.</param>
    public static CompensationJson From(GuestCompensation c, ApprovalLimits limits, IReadOnlyCollection<Money>? approvedOnCase = null) => new(
        c.Id, c.CaseId, c.Basis, c.Scope, c.Method, c.Amount, c.Currency, c.State, limits.RequiredFor(c.Money, approvedOnCase ?? []), c.ProposedAt, c.ProposedBy,
        c.DecidedAt, c.DecidedBy, c.DecisionNote,
        c.Negotiation.OrderBy(n => n.At).Select(n => new NegotiationJson(n.At, n.Note, n.ByName)).ToList(),
        c.AgreementText, c.AgreedAt, c.AcceptedBy, c.PaidAt, c.PaidBy, c.PaymentReference);

    /// <summary>The standing (approved, agreed, paid) compensations of the same case other than <paramref name="c"/>.</summary>
    public static IReadOnlyCollection<Money> ApprovedBesides(GuestCompensation c, IEnumerable<GuestCompensation> ofCase) =>
        ofCase.Where(o => o.Id != c.Id && o.CaseId == c.CaseId && o.IsApproved).Select(o => o.Money).ToList();
}

public sealed record NegotiationJson(DateTimeOffset At, string Note, string By);

public sealed record RemedyJson(
    Guid Id,
    Guid CaseId,
    RemedyKind Kind,
    string Description,
    Guid OwnerId,
    string OwnerName,
    DateOnly DueOn,
    RemedyState State,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? DoneAt,
    string? DoneBy,
    string? DoneNote,
    DateTimeOffset? VerifiedAt,
    string? VerifiedBy,
    string? VerifiedNote)
{
    public static RemedyJson From(Remedy r) => new(r.Id, r.CaseId, r.Kind, r.Description, r.OwnerId, r.OwnerName, r.DueOn, r.State,
        r.CreatedAt, r.CreatedBy, r.DoneAt, r.DoneBy, r.DoneNote, r.VerifiedAt, r.VerifiedBy, r.VerifiedNote);
}
