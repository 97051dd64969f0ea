namespace GuestLoop.Domain.Organisation;

/// <summary>Who performs a step on a case: a staff member, an integration key, or the guest.</summary>
public sealed record Actor(Guid? StaffId, string Name, AuthorityLevel Authority, Guid? DepartmentId = null)
{
    public static Actor Guest(string? name) => new(null, string.IsNullOrWhiteSpace(name) ? "guest" : name, AuthorityLevel.None);

    public static readonly Actor System = new(null, "system", AuthorityLevel.None);

    public bool IsStaff => StaffId is not null;
}
