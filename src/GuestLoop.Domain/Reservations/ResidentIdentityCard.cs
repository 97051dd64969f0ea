namespace GuestLoop.Domain.Reservations;

/// <summary>The 18-character resident identity card number of GB 11643-1999: 17 digits and an ISO 7064 MOD 11-2 check character.</summary>
public static class ResidentIdentityCard
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static bool IsValid(string? number) =>
        number is { Length: 18 } && CheckCharacter(number.AsSpan(0, 17)) is { } check && char.ToUpperInvariant(number[17]) == check
        && DateOnly.TryParseExact(number.AsSpan(6, 8), "yyyyMMdd", out _);

    /// <summary>The check character of a 17-digit body, or null when the body is not 17 ASCII digits.</summary>
    public static char? CheckCharacter(ReadOnlySpan<char> body)
    {
        if (body.Length != 17)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(body[i]))
            {
                return null;
            }

            sum += (body[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }
}
