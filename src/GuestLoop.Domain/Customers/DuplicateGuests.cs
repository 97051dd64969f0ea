namespace GuestLoop.Domain.Customers;

/// <summary>A pair of profiles that probably are one person, and why.</summary>
public sealed record DuplicateGuestPair(Guid First, Guid Second, string Reason);

/// <summary>
/// Proposes probable duplicates: the same name with a similar contact (same phone ending, same email account name),
/// or the same contact under two profiles. Staff decide; nothing is merged automatically.
/// </summary>
public static class DuplicateGuests
{
    public sealed record Candidate(Guid Id, string? Name, string? Phone, string? Email, string? IdNumber);

    public static IReadOnlyList<DuplicateGuestPair> Find(IReadOnlyList<Candidate> guests)
    {
        var found = new List<DuplicateGuestPair>();
        for (var i = 0; i < guests.Count; i++)
        {
            for (var j = i + 1; j < guests.Count; j++)
            {
                if (Reason(guests[i], guests[j]) is { } reason)
                {
                    found.Add(new DuplicateGuestPair(guests[i].Id, guests[j].Id, reason));
                }
            }
        }

        return found;
    }

    public static string? Reason(Candidate a, Candidate b)
    {
        if (Same(a.IdNumber, b.IdNumber))
        {
            return "idNumber";
        }

        if (Same(a.Phone, b.Phone))
        {
            return "phone";
        }

        if (Same(a.Email, b.Email))
        {
            return "email";
        }

        if (string.IsNullOrWhiteSpace(a.Name) || a.Name.Trim() != b.Name?.Trim())
        {
            return null;
        }

        if (a.Phone is { Length: >= 4 } p1 && b.Phone is { Length: >= 4 } p2 && p1[^4..] == p2[^4..])
        {
            return "nameAndPhoneEnding";
        }

        if (a.Email is { } e1 && b.Email is { } e2 && e1.Split('@')[0] == e2.Split('@')[0])
        {
            return "nameAndEmailAccount";
        }

        return (a.Phone is null && a.Email is null) || (b.Phone is null && b.Email is null) ? "name" : null;
    }

    private static bool Same(string? a, string? b) => !string.IsNullOrEmpty(a) && a == b;
}
