using GuestLoop.Domain.Customers;
using GuestLoop.Domain.Organisation;

namespace GuestLoop.Web.Features.Account;

/// <summary>Who is asking and which properties they may see; every case query is filtered through it.</summary>
public sealed record AccessScope(
    Guid? StaffId,
    string Name,
    AuthorityLevel Authority,
    Guid? DepartmentId,
    bool AllProperties,
    IReadOnlySet<Guid> PropertyIds,
    bool IsAdministrator)
{
    public bool CanSee(Guid propertyId) => AllProperties || PropertyIds.Contains(propertyId);

    public Actor Actor => new(StaffId, Name, Authority, DepartmentId);

    /// <summary>Sees guests' phone numbers, e-mail addresses and document numbers in clear (PIPL: minimum necessary).</summary>
    public bool SeesClearValues => PrivacyRules.SeesClearValues(Authority, IsAdministrator);

    /// <summary>May reveal one masked value with a stated reason (audited).</summary>
    public bool MayReveal => PrivacyRules.MayReveal(Authority, IsAdministrator);

    /// <summary>
    /// Someone outside the staff or not signed in yet (a signed webhook, a guest, a sign-in attempt): no property, no
    /// authority, masked values only.
    /// </summary>
    public static AccessScope Outsider(string name) => new(null, name, AuthorityLevel.None, null, false, new HashSet<Guid>(), false);

    /// <summary>Refuses everyone but administrators, saying what only they may do.</summary>
    public void RequireAdministrator(string onlyAdministrators)
    {
        if (!IsAdministrator)
        {
            throw new PrivacyDeniedException(onlyAdministrators);
        }
    }
}
