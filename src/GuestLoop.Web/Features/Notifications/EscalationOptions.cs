using GuestLoop.Domain.Sla;

namespace GuestLoop.Web.Features.Notifications;

/// <summary>The <c>GuestLoop:Escalation</c> settings: whether and how often the job runs, and the rule's thresholds.</summary>
public sealed class EscalationOptions
{
    public const string Section = "GuestLoop:Escalation";

    public bool Enabled { get; set; } = true;
    public int IntervalSeconds { get; set; } = 60;
    public double ApproachingShare { get; set; } = EscalationSettings.Default.ApproachingShare;
    public int GraceAmount { get; set; } = EscalationSettings.Default.GraceAmount;
    public DurationUnit GraceUnit { get; set; } = EscalationSettings.Default.GraceUnit;
    public int UrgentGraceAmount { get; set; } = EscalationSettings.Default.UrgentGraceAmount;
    public DurationUnit UrgentGraceUnit { get; set; } = EscalationSettings.Default.UrgentGraceUnit;

    public EscalationSettings ToSettings() => new()
    {
        ApproachingShare = ApproachingShare,
        GraceAmount = GraceAmount,
        GraceUnit = GraceUnit,
        UrgentGraceAmount = UrgentGraceAmount,
        UrgentGraceUnit = UrgentGraceUnit,
    };

    public bool IsValid => IntervalSeconds > 0 && ToSettings().IsValid;
}
