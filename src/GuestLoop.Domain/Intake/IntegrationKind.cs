namespace GuestLoop.Domain.Intake;

/// <summary>The third-party platforms that send cases in; the regulators' transfers carry the regulator's clock.</summary>
public enum IntegrationKind
{
    Regulator12301,
    Regulator12345,
    CultureTourismBureau,
    OtaReviews,
    Website,
    OfficialAccount,
}

public static class IntegrationKinds
{
    private static readonly Dictionary<IntegrationKind, string> Codes = new()
    {
        [IntegrationKind.Regulator12301] = "regulator-12301",
        [IntegrationKind.Regulator12345] = "regulator-12345",
        [IntegrationKind.CultureTourismBureau] = "culture-tourism-bureau",
        [IntegrationKind.OtaReviews] = "ota-reviews",
        [IntegrationKind.Website] = "website",
        [IntegrationKind.OfficialAccount] = "official-account",
    };

    /// <summary>The code used in the API and the database, e.g. <c>regulator-12301</c>.</summary>
    public static string Code(this IntegrationKind kind) => Codes[kind];

    public static IntegrationKind? Parse(string? code) =>
        Codes.FirstOrDefault(c => string.Equals(c.Value, code?.Trim(), StringComparison.OrdinalIgnoreCase)) is { Value: not null } hit ? hit.Key : null;

    /// <summary>A regulator (12301, 12345, a culture-and-tourism bureau) transfers complaints with its own reply deadline.</summary>
    public static bool IsRegulator(this IntegrationKind kind) =>
        kind is IntegrationKind.Regulator12301 or IntegrationKind.Regulator12345 or IntegrationKind.CultureTourismBureau;
}
