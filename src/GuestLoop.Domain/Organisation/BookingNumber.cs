namespace GuestLoop.Domain.Organisation;

/// <summary>
/// The number a guest quotes for a booking: a letter for its kind, the property's date it was made and a random tail
/// of letters and digits that cannot be misread (no I, L, O or U), unique at the property by the database's index.
/// </summary>
public static class BookingNumber
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New(char kind, DateOnly today, int tail)
    {
        Span<char> chars = stackalloc char[tail];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[Random.Shared.Next(Alphabet.Length)];
        }

        return $"{kind}{today:yyMMdd}{chars}";
    }
}
