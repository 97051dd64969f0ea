namespace GuestLoop.Domain.Supervision;

/// <summary>The points the supervision office checks on a sampled case.</summary>
public enum AuditCheck
{
    Timeliness,
    Responsibility,
    ReplyQuality,
    Satisfaction,
}

/// <summary>One point of the checklist: passed or failed, with a note.</summary>
public sealed record AuditCheckResult(AuditCheck Check, bool Pass, string? Note);
