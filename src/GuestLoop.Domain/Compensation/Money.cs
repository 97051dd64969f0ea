using System.Globalization;

namespace GuestLoop.Domain.Compensation;

/// <summary>An amount with its ISO 4217 currency; kept to the fen (two decimals), never rounded.</summary>
public readonly record struct Money(decimal Amount, string Currency)
{
    public const string DefaultCurrency = "CNY";
    public const decimal Max = 100_000_000m;

    public static Money Cny(decimal amount) => new(amount, DefaultCurrency);

    /// <summary>Checks an amount and currency as entered; the currency defaults to CNY.</summary>
    public static Money Parse(decimal? amount, string? currency, FieldErrors errors)
    {
        var code = string.IsNullOrWhiteSpace(currency) ? DefaultCurrency : currency.Trim().ToUpperInvariant();
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
        {
            errors.Add("currency", "An ISO 4217 currency code such as CNY.");
        }

        if (amount is not { } a || a <= 0 || a > Max)
        {
            errors.Add("amount", $"An amount above 0 and up to {Max.ToString(CultureInfo.InvariantCulture)}.");
        }
        else if (decimal.Round(a, 2) != a)
        {
            errors.Add("amount", "At most two decimal places.");
        }

        return new Money(amount ?? 0, code);
    }

    public static Money Of(decimal amount, string currency)
    {
        var errors = new FieldErrors();
        var money = Parse(amount, currency, errors);
        errors.ThrowIfAny();
        return money;
    }

    public override string ToString() => $"{Currency} {Amount.ToString("0.00", CultureInfo.InvariantCulture)}";
}
