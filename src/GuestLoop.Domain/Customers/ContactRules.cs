using System.Net.Mail;
using PhoneNumbers;

namespace GuestLoop.Domain.Customers;

/// <summary>
/// Whether a contact a guest gave can be one: checked where it enters, on every channel, so "abc" is never stored as a
/// phone and a mistyped value is refused rather than silently dropped.
/// </summary>
public static class ContactRules
{
    public const int EmailMax = 254;
    private const string HomeRegion = "CN";
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// A mainland mobile (13812345678, +86 138 1234 5678), a landline with its area code (010-12345678, 0755 8888 6666) or
    /// any number in international form (+33 1 42 68 53 00), as valid for its country's numbering plan.
    /// </summary>
    public static bool IsPlausiblePhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone) || phone.Length > 40 || phone.Any(c => char.IsLetter(c)))
        {
            return false;
        }

        try
        {
            var number = Phones.Parse(phone.Trim(), HomeRegion);
            return Phones.IsValidNumber(number);
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    /// <summary>One address (local@domain.tld), no display name, no spaces, at most 254 characters.</summary>
    public static bool IsPlausibleEmail(string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || email.Length > EmailMax)
        {
            return false;
        }

        var trimmed = email.Trim();
        return !trimmed.Any(char.IsWhiteSpace)
            && MailAddress.TryCreate(trimmed, out var address)
            && address.Address == trimmed
            && address.Host.Contains('.')
            && !address.Host.StartsWith('.') && !address.Host.EndsWith('.');
    }

    /// <summary>Adds an error for each contact given that cannot be one; empty contacts are not errors.</summary>
    public static void Check(string? phone, string? email, FieldErrors errors, string prefix = "")
    {
        if (!string.IsNullOrWhiteSpace(phone) && !IsPlausiblePhone(phone))
        {
            errors.Add(prefix + "phone", "Not a phone number: a mainland mobile, a landline with its area code, or +country code and number.");
        }

        if (!string.IsNullOrWhiteSpace(email) && !IsPlausibleEmail(email))
        {
            errors.Add(prefix + "email", "Not an email address.");
        }
    }
}
