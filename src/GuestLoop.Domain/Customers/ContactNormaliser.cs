using System.Text;

namespace GuestLoop.Domain.Customers;

/// <summary>
/// One spelling per contact, so that the keyed hash of "+86 138-1234-5678" and "13812345678" is the same and a
/// search by exact value finds both.
/// </summary>
public static class ContactNormaliser
{
    public static string? Normalise(SensitiveField field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        return field switch
        {
            SensitiveField.Phone => Phone(trimmed),
            SensitiveField.Email => trimmed.ToLowerInvariant(),
            SensitiveField.IdNumber => trimmed.Replace(" ", string.Empty).ToUpperInvariant(),
            _ => trimmed,
        };
    }

    private static string? Phone(string value)
    {
        var digits = new StringBuilder();
        foreach (var c in value.Where(char.IsAsciiDigit))
        {
            digits.Append(c);
        }

        var s = digits.ToString();
        if (s.StartsWith("0086", StringComparison.Ordinal))
        {
            s = s[4..];
        }
        else if (s.Length == 13 && s.StartsWith("86", StringComparison.Ordinal))
        {
            s = s[2..];
        }

        return s.Length == 0 ? null : s;
    }
}
