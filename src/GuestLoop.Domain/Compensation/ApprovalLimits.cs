using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Compensation;

/// <summary>
/// Up to which amount each authority level may approve a compensation; an enterprise may set its own.
/// Level 1 approves any amount. An amount in another currency than the limits' needs level 1, as it cannot be compared.
/// </summary>
public sealed record ApprovalLimits(decimal Level3Max, decimal Level2Max, string Currency = Money.DefaultCurrency)
{
    public static readonly ApprovalLimits Default = new(500m, 5_000m);

    /// <summary>The lowest authority that may approve the amount: exactly at a limit is still within it.</summary>
    public AuthorityLevel RequiredFor(Money amount) =>
        amount.Currency != Currency ? AuthorityLevel.Level1
        : amount.Amount <= Level3Max ? AuthorityLevel.Level3
        : amount.Amount <= Level2Max ? AuthorityLevel.Level2
        : AuthorityLevel.Level1;

    public bool Allows(AuthorityLevel held, Money amount) => held.Covers(RequiredFor(amount));

    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        // No limit above the largest amount a compensation may have: beyond it a limit means nothing, and the column cannot hold it.
        if (Level3Max < 0 || Level3Max > Money.Max || decimal.Round(Level3Max, 2) != Level3Max)
        {
            errors["level3Max"] = [$"Zero or more, up to {Money.Max:0}, to the fen."];
        }

        if (Level2Max < Level3Max || Level2Max > Money.Max || decimal.Round(Level2Max, 2) != Level2Max)
        {
            errors["level2Max"] = [$"At least the level 3 limit, up to {Money.Max:0}, to the fen."];
        }

        if (Currency.Length != 3 || !Currency.All(char.IsAsciiLetterUpper))
        {
            errors["currency"] = ["An ISO 4217 currency code such as CNY."];
        }

        return errors;
    }

    public ApprovalLimits Checked()
    {
        var errors = Validate();
        return errors.Count > 0 ? throw new CaseValidationException(errors) : this;
    }
}
