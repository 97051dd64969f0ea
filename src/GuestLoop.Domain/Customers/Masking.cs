namespace GuestLoop.Domain.Customers;

/// <summary>How a sensitive value is shown to staff who do not see clear values: enough to recognise, not to use.</summary>
public static class Masking
{
    /// <summary>13812345678 → 138****5678; short numbers keep only their last two digits.</summary>
    public static string? Phone(string? phone)
    {
        if (string.IsNullOrEmpty(phone))
        {
            return phone;
        }

        return phone.Length >= 11 ? phone[..3] + "****" + phone[^4..] : new string('*', Math.Max(phone.Length - 2, 1)) + phone[^Math.Min(2, phone.Length)..];
    }

    /// <summary>110101199003071234 → 110***********1234.</summary>
    public static string? IdNumber(string? id) =>
        string.IsNullOrEmpty(id) ? id : id.Length <= 6 ? new string('*', id.Length) : id[..3] + new string('*', id.Length - 7) + id[^4..];

    /// <summary>zhang.wei@example.com → z***@example.com.</summary>
    public static string? Email(string? email)
    {
        if (string.IsNullOrEmpty(email))
        {
            return email;
        }

        var at = email.IndexOf('@');
        return at <= 0 ? "***" : email[0] + "***" + email[at..];
    }

    /// <summary>Only the first six characters (the city or district) of an address.</summary>
    public static string? Address(string? address) =>
        string.IsNullOrEmpty(address) ? address : address.Length <= 6 ? "****" : address[..6] + "****";
}
