namespace GuestLoop.Domain.Sla;

/// <summary>
/// When warnings and escalations fire: the share of a target after which it is "approaching", and how long a
/// breached deadline may stay open before level 1 hears of it (shorter for urgent cases).
/// </summary>
public sealed record EscalationSettings
{
    public static EscalationSettings Default { get; } = new();

    public double ApproachingShare { get; init; } = 0.8;
    public int GraceAmount { get; init; } = 1;
    public DurationUnit GraceUnit { get; init; } = DurationUnit.WorkingDays;
    public int UrgentGraceAmount { get; init; } = 2;
    public DurationUnit UrgentGraceUnit { get; init; } = DurationUnit.Hours;

    public bool IsValid => ApproachingShare is > 0 and <= 1 && GraceAmount >= 0 && UrgentGraceAmount >= 0;
}
