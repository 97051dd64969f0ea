namespace GuestLoop.Domain.Compensation;

/// <summary>planned → done by its owner → verified by a decision maker.</summary>
public enum RemedyState
{
    Planned,
    Done,
    Verified,
}
