namespace GuestLoop.Domain.Supervision;

/// <summary>What a report to the supervision office is about.</summary>
public enum ReportKind
{
    Mishandling,
    Delay,
}
