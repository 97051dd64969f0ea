namespace GuestLoop.Domain.Organisation;

/// <summary>
/// Decision authority (DESIGN §1). Level 1 is the highest (general manager), level 3 the
/// business-department head; <see cref="None"/> is front-line staff who record and answer.
/// </summary>
public enum AuthorityLevel
{
    Level1 = 1,
    Level2 = 2,
    Level3 = 3,
    None = 9,
}

public static class AuthorityLevelExtensions
{
    /// <summary>True when someone holding <paramref name="held"/> may decide at <paramref name="required"/>.</summary>
    public static bool Covers(this AuthorityLevel held, AuthorityLevel required) => (int)held <= (int)required;
}
