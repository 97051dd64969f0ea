namespace GuestLoop.Domain.Accountability;

/// <summary>Measures taken with a staff member involved in a case (DESIGN §5).</summary>
[Flags]
public enum AccountabilityMeasure
{
    None = 0,
    Education = 1,
    Criticism = 2,
    Reassignment = 4,
    Penalty = 8,
    LongTermTracking = 16,
}
