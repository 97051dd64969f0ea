namespace GuestLoop.Domain.WorkOrders;

/// <summary>A staff member's skills as written on their profile: words separated by commas, semicolons, 、 or spaces.</summary>
public static class StaffSkills
{
    private static readonly char[] Separators = [',', '，', ';', '；', '、', ' ', '\t', '\n'];

    public static IReadOnlySet<string> Parse(string? skills) =>
        (skills ?? string.Empty).Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
