using GuestLoop.Domain.Customers;

namespace GuestLoop.Domain.Cases;

/// <summary>
/// A guest's phone and email reduced to the form two cases are compared in: the same person writes
/// "+86 138-0013-8000" on one channel and "13800138000" on another.
/// </summary>
public static class GuestContact
{
    /// <summary>
    /// Digits only, without the country code 86 of a mainland number — the spelling the keyed hash of a phone uses
    /// (<see cref="ContactNormaliser"/>) — and null when fewer than 5 digits are left.
    /// </summary>
    public static string? NormalisePhone(string? phone) =>
        ContactNormaliser.Normalise(SensitiveField.Phone, phone) is { Length: >= 5 } digits ? digits : null;

    /// <summary>Trimmed and lower-cased (invariant), as the keyed hash of an email; null for an empty address.</summary>
    public static string? NormaliseEmail(string? email) => ContactNormaliser.Normalise(SensitiveField.Email, email);

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
