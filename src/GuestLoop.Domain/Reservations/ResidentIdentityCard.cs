namespace GuestLoop.Domain.Reservations;

/// <summary>The 18-character resident identity card number of GB 11643-1999: 17 digits and an ISO 7064 MOD 11-2 check character.</summary>
public static class ResidentIdentityCard
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static bool IsValid(string? number)
    {
        if (number is not { Length: 18 })
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(number[i]))
            {
                return false;
            }

            sum += (number[i] - '0') * Weights[i];
        }

        return char.ToUpperInvariant(number[17]) == CheckCharacters[sum % 11]
            && DateOnly.TryParseExact(number.AsSpan(6, 8), "yyyyMMdd", out _);
    }
}
