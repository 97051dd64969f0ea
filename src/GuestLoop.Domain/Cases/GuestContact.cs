namespace GuestLoop.Domain.Cases;

/// <summary>
/// A guest's phone and email reduced to the form two cases are compared in: the same person writes
/// "+86 138-0013-8000" on one channel and "13800138000" on another.
/// </summary>
public static class GuestContact
{
    /// <summary>Digits only, without the country code 86 of a mainland number; null when nothing is left.</summary>
    public static string? NormalisePhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("0086", StringComparison.Ordinal))
        {
            digits = digits[4..];
        }
        else if (digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        return digits.Length >= 5 ? digits : null;
    }

    /// <summary>Trimmed and lower-cased (invariant); null for an empty address.</summary>
    public static string? NormaliseEmail(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    /// <summary>The same guest: the same normalised phone, or the same email ignoring case.</summary>
    public static bool SameGuest(Complainant a, Complainant b)
    {
        var phone = NormalisePhone(a.Phone);
        if (phone is not null && phone == NormalisePhone(b.Phone))
        {
            return true;
        }

        var email = NormaliseEmail(a.Email);
        return email is not null && email == NormaliseEmail(b.Email);
    }
}
