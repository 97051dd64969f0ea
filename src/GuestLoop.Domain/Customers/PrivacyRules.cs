using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Customers;

/// <summary>
/// Who may do what with personal data (PIPL: minimum necessary). Administrators and levels 1–2 (who decide cases and
/// answer for them) see clear values; level 3 sees masked values and may reveal one with a stated reason; clerks see
/// masked values only. Exports, corrections and erasure answer a guest's request and are kept to levels 1–2.
/// </summary>
public static class PrivacyRules
{
    public const int ReasonMax = 300;

    public static bool SeesClearValues(AuthorityLevel authority, bool administrator) =>
        administrator || authority is AuthorityLevel.Level1 or AuthorityLevel.Level2;

    public static bool MayReveal(AuthorityLevel authority, bool administrator) =>
        SeesClearValues(authority, administrator) || authority == AuthorityLevel.Level3;

    public static bool MayExportOrErase(AuthorityLevel authority, bool administrator) => SeesClearValues(authority, administrator);

    public static bool MayCorrect(AuthorityLevel authority, bool administrator) => MayReveal(authority, administrator);

    public static void RequireReason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new GuestRuleException("A reason is required to reveal personal data.");
        }

        if (reason.Length > ReasonMax)
        {
            throw new GuestRuleException($"The reason is at most {ReasonMax} characters.");
        }
    }
}
