using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Compensation;

/// <summary>
/// Up to which amount each authority level may approve a compensation; an enterprise may set its own.
/// Level 1 approves any amount. An amount in another currency than the limits' needs level 1, as it cannot be compared.
/// </summary>
/// <param name="GuestCap">
/// Optional: what one guest may be granted over <paramref name="GuestCapDays"/> days, all cases together, before every
/// further approval needs level 1.
/// </param>
public sealed record ApprovalLimits(decimal Level3Max, decimal Level2Max, string Currency = Money.DefaultCurrency, decimal? GuestCap = null,
    int GuestCapDays = ApprovalLimits.DefaultGuestCapDays)
{
    public const int DefaultGuestCapDays = 365;

    public static readonly ApprovalLimits Default = new(500m, 5_000m);

    /// <summary>The lowest authority that may approve the amount: exactly at a limit is still within it.</summary>
    public AuthorityLevel RequiredFor(Money amount) =>
        amount.Currency != Currency ? AuthorityLevel.Level1
        : amount.Amount <= Level3Max ? AuthorityLevel.Level3
        : amount.Amount <= Level2Max ? AuthorityLevel.Level2
        : AuthorityLevel.Level1;

    /// <summary>
    /// The lowest authority that may approve the amount on top of what is already approved on the case: a limit bounds the
    /// case's total, so splitting a sum into several approvals does not keep it below a limit.
    /// </summary>
    public AuthorityLevel RequiredFor(Money amount, IReadOnlyCollection<Money> approvedBefore) =>
        approvedBefore.Any(m => m.Currency != amount.Currency)
            ? AuthorityLevel.Level1
            : RequiredFor(amount with { Amount = amount.Amount + approvedBefore.Sum(m => m.Amount) });

    /// <summary>
    /// As above, and past the enterprise's cap for one guest (<paramref name="approvedForGuest"/>: what the guest was granted
    /// in the cap's period on any case) only level 1 decides.
    /// </summary>
    public AuthorityLevel RequiredFor(Money amount, IReadOnlyCollection<Money> approvedOnCase, IReadOnlyCollection<Money> approvedForGuest)
    {
        var required = RequiredFor(amount, approvedOnCase);
        var overCap = GuestCap is { } cap
            && (approvedForGuest.Any(m => m.Currency != Currency) || amount.Currency != Currency
                || approvedForGuest.Sum(m => m.Amount) + amount.Amount > cap);
        return overCap ? AuthorityLevel.Level1 : required;
    }

    public bool Allows(AuthorityLevel held, Money amount) => held.Covers(RequiredFor(amount));

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        // No limit above the largest amount a compensation may have: beyond it a limit means nothing, and the column cannot hold it.
        if (Level3Max < 0 || Level3Max > Money.Max || decimal.Round(Level3Max, 2) != Level3Max)
        {
            errors.Add("level3Max", $"Zero or more, up to {Money.Max:0}, to the fen.");
        }

        if (Level2Max < Level3Max || Level2Max > Money.Max || decimal.Round(Level2Max, 2) != Level2Max)
        {
            errors.Add("level2Max", $"At least the level 3 limit, up to {Money.Max:0}, to the fen.");
        }

        if (Currency.Length != 3 || !Currency.All(char.IsAsciiLetterUpper))
        {
            errors.Add("currency", "An ISO 4217 currency code such as CNY.");
        }

        if (GuestCap is { } cap && (cap < 0 || cap > Money.Max || decimal.Round(cap, 2) != cap))
        {
            errors.Add("guestCap", "Zero or more, to the fen; leave it empty for no cap.");
        }

        if (GuestCapDays is < 1 or > 3650)
        {
            errors.Add("guestCapDays", "Between 1 and 3650 days.");
        }

        return errors;
    }

    public ApprovalLimits Checked()
    {
        Validate().ThrowIfAny();
        return this;
    }
}
