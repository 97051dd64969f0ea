using System.Linq.Expressions;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Compensation;

/// <summary>
/// A compensation (赔偿/补偿) offered to the guest of a case: its basis, scope, method and amount, the talks, the
/// agreement the guest accepts and the payment. It is approved within the approver's limit, or refused.
/// </summary>
public sealed class GuestCompensation
{
    public const int ScopeMax = 2_000;
    public const int TextMax = 20_000;
    public const int ShortMax = 200;

    private readonly List<NegotiationEntry> _negotiation = [];

    private GuestCompensation()
    {
        Scope = string.Empty;
        Currency = Money.DefaultCurrency;
        ProposedBy = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public Guid PropertyId { get; private set; }
    public CompensationBasis Basis { get; private set; }
    public string Scope { get; private set; }
    public CompensationMethod Method { get; private set; }
    public decimal Amount { get; private set; }
    public string Currency { get; private set; }
    public CompensationState State { get; private set; }
    public DateTimeOffset ProposedAt { get; private set; }
    public string ProposedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public string? DecisionNote { get; private set; }
    public string? AgreementText { get; private set; }
    public DateTimeOffset? AgreedAt { get; private set; }

    /// <summary>Who accepted the agreement for the guest (the guest or their representative).</summary>
    public string? AcceptedBy { get; private set; }
    public DateTimeOffset? PaidAt { get; private set; }
    public string? PaidBy { get; private set; }
    public string? PaymentReference { get; private set; }
    public DateTimeOffset? PaymentRecordedAt { get; private set; }
    public IReadOnlyList<NegotiationEntry> Negotiation => _negotiation;

    public Money Money => new(Amount, Currency);

    /// <summary>Approved and still standing: approved, agreed or paid — as a query condition.</summary>
    public static readonly Expression<Func<GuestCompensation, bool>> Standing =
        c => c.State == CompensationState.Approved || c.State == CompensationState.Agreed || c.State == CompensationState.Paid;

    private static readonly Func<GuestCompensation, bool> IsStanding = Standing.Compile();

    /// <summary>Approved and still standing: approved, agreed or paid.</summary>
    public bool IsApproved => IsStanding(this);

    public static GuestCompensation Propose(Guid caseId, Guid propertyId, Actor actor, DateTimeOffset now,
        CompensationBasis basis, string scope, CompensationMethod method, Money money)
    {
        var errors = new FieldErrors();
        Money.Parse(money.Amount, money.Currency, errors);
        Text("scope", scope, ScopeMax, errors);
        if (!Enum.IsDefined(basis))
        {
            errors.Add("basis", "Unknown basis.");
        }

        if (!Enum.IsDefined(method))
        {
            errors.Add("method", "Unknown method.");
        }

        errors.ThrowIfAny();
        return new GuestCompensation
        {
            Id = Guid.NewGuid(),
            CaseId = caseId,
            PropertyId = propertyId,
            Basis = basis,
            Scope = scope.Trim(),
            Method = method,
            Amount = money.Amount,
            Currency = money.Currency,
            State = CompensationState.Proposed,
            ProposedAt = now,
            ProposedBy = actor.Name,
        };
    }

    /// <summary>
    /// Approves within the actor's limit, counted over the case's approved compensation (<paramref name="approvedOnCase"/>);
    /// above it the approval is refused, whatever the screen showed.
    /// </summary>
    /// <param name="approvedForGuest">What the guest was granted in the guest cap's period, on any case.</param>
    public void Approve(Actor actor, DateTimeOffset now, ApprovalLimits limits, string? note, IReadOnlyCollection<Money>? approvedOnCase = null,
        IReadOnlyCollection<Money>? approvedForGuest = null)
    {
        Decide(actor, now, limits, CaseAction.ApproveCompensation, note, approvedOnCase ?? [], approvedForGuest ?? []);
        State = CompensationState.Approved;
    }

    /// <summary>Refusing is a decision too, taken at the level the amount needs.</summary>
    public void Reject(Actor actor, DateTimeOffset now, ApprovalLimits limits, string reason, IReadOnlyCollection<Money>? approvedOnCase = null,
        IReadOnlyCollection<Money>? approvedForGuest = null)
    {
        var errors = new FieldErrors();
        Text("reason", reason, ShortMax * 10, errors);
        errors.ThrowIfAny();
        Decide(actor, now, limits, CaseAction.RejectCompensation, reason, approvedOnCase ?? [], approvedForGuest ?? []);
        State = CompensationState.Rejected;
    }

    public NegotiationEntry Negotiate(Actor actor, DateTimeOffset now, DateTimeOffset? at, string note)
    {
        Guard("negotiation", CompensationState.Proposed, CompensationState.Approved);
        var errors = new FieldErrors();
        Text("note", note, NegotiationEntry.NoteMax, errors);
        if (at > now)
        {
            errors.Add("at", "The talk cannot be in the future.");
        }
        else if (at < PlausibleDates.Earliest)
        {
            errors.Add("at", "Not before 2000.");
        }

        errors.ThrowIfAny();
        var entry = new NegotiationEntry(at ?? now, note.Trim(), actor.StaffId, actor.Name, now);
        _negotiation.Add(entry);
        return entry;
    }

    /// <summary>The guest accepts the agreement text; it is kept exactly as accepted.</summary>
    public void Agree(Actor actor, DateTimeOffset now, string agreementText, string acceptedBy)
    {
        Guard("agree", CompensationState.Approved);
        var errors = new FieldErrors();
        Text("agreementText", agreementText, TextMax, errors);
        Text("acceptedBy", acceptedBy, ShortMax, errors);
        errors.ThrowIfAny();
        AgreementText = agreementText;
        AcceptedBy = acceptedBy.Trim();
        AgreedAt = now;
        State = CompensationState.Agreed;
    }

    public void Pay(Actor actor, DateTimeOffset now, DateTimeOffset? paidAt, string? paidBy, string reference)
    {
        Guard("pay", CompensationState.Agreed);
        var errors = new FieldErrors();
        Text("reference", reference, ShortMax, errors);
        if (paidBy?.Length > ShortMax)
        {
            errors.Add("paidBy", $"Up to {ShortMax} characters.");
        }

        if (paidAt > now)
        {
            errors.Add("paidAt", "The payment cannot be in the future.");
        }
        else if (paidAt < AgreedAt)
        {
            errors.Add("paidAt", "The payment cannot be before the agreement.");
        }

        errors.ThrowIfAny();
        PaidAt = paidAt ?? now;
        PaidBy = string.IsNullOrWhiteSpace(paidBy) ? actor.Name : paidBy.Trim();
        PaymentReference = reference.Trim();
        PaymentRecordedAt = now;
        State = CompensationState.Paid;
    }

    private void Decide(Actor actor, DateTimeOffset now, ApprovalLimits limits, CaseAction action, string? note,
        IReadOnlyCollection<Money> approvedOnCase, IReadOnlyCollection<Money> approvedForGuest)
    {
        Guard(action == CaseAction.ApproveCompensation ? "approve" : "reject", CompensationState.Proposed);
        var required = limits.RequiredFor(Money, approvedOnCase, approvedForGuest);
        if (!actor.Authority.Covers(required))
        {
            throw new AuthorityException(actor.Authority, required, action);
        }

        DecidedAt = now;
        DecidedBy = actor.Name;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    private void Guard(string step, params CompensationState[] allowed)
    {
        if (!allowed.Contains(State))
        {
            throw new CompensationStepException(State.ToString(), step);
        }
    }

    internal static void Text(string field, string? value, int max, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, $"'{field}' is required.");
        }
        else if (value.Length > max)
        {
            errors.Add(field, $"Up to {max} characters.");
        }
    }
}
