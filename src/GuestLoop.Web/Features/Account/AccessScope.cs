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

    /// <summary>Refuses everyone but administrators, saying what only they may do.</summary>
    public void RequireAdministrator(string onlyAdministrators)
    {
        if (!IsAdministrator)
        {
            throw new PrivacyDeniedException(onlyAdministrators);
        }
    }
}
