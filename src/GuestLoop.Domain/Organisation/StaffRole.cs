namespace GuestLoop.Domain.Organisation;

/// <summary>What a staff member does in GuestLoop; authority to decide is separate (<see cref="AuthorityLevel"/>).</summary>
public enum StaffRole
{
    Agent,
    DepartmentHead,
    Manager,
    Supervisor,
    Administrator,
}
