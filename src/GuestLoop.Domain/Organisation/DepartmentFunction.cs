namespace GuestLoop.Domain.Organisation;

/// <summary>The departments the service standards name (DESIGN §1).</summary>
public enum DepartmentFunction
{
    ComplaintReception,
    Business,
    Security,
    ServiceQuality,
    Coordination,
}
