using GuestLoop.Domain.Compensation;

namespace GuestLoop.Web.Features.Compensation;

/// <summary>An amount as staff read it: ¥1,234.50 for yuan, the ISO code before any other currency.</summary>
public static class MoneyText
{
    public static string Format(decimal amount, string currency) =>
        currency == Money.DefaultCurrency ? $"¥{amount:N2}" : $"{currency} {amount:N2}";
}
