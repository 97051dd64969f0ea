using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Accountability;

/// <summary>
/// Who may read what is recorded about a staff member's conduct: the person, the head of their department,
/// level 1 and administrators. Peers may not, whatever else they can see of the case.
/// </summary>
public static class AccountabilityAccess
{
    public static bool CanRead(Guid? viewerId, AuthorityLevel viewerAuthority, bool viewerIsAdministrator, Guid subjectId, Guid? subjectDepartmentHeadId) =>
        viewerIsAdministrator
        || viewerAuthority == AuthorityLevel.Level1
        || viewerId is { } id && (id == subjectId || id == subjectDepartmentHeadId);

    /// <summary>Recording and evaluating is for the managers only, not for the person themselves.</summary>
    public static bool CanRecord(Guid? viewerId, AuthorityLevel viewerAuthority, bool viewerIsAdministrator, Guid subjectId, Guid? subjectDepartmentHeadId) =>
        viewerIsAdministrator
        || viewerAuthority == AuthorityLevel.Level1
        || viewerId is { } id && id != subjectId && id == subjectDepartmentHeadId;
}
