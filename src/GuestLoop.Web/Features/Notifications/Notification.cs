using GuestLoop.Domain.Sla;

namespace GuestLoop.Web.Features.Notifications;

/// <summary>
/// A warning or escalation sent to one staff member about one stage deadline. A deadline is identified by
/// (case, stage, started at), because its stored row is replaced on every step; the unique index over that,
/// the event and the recipient is what keeps several app instances from sending the same notice twice.
/// </summary>
public sealed class Notification
{
    /// <summary>What the notice is about: a case (CaseId is the case) or an improvement action (CaseId is the action).</summary>
    public NotificationSubject Subject { get; set; } = NotificationSubject.Case;
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RecipientId { get; set; }
    public Guid CaseId { get; set; }
    public Guid PropertyId { get; set; }
    public required string CaseNumber { get; set; }
    public required string CaseTitle { get; set; }
    public SlaStage Stage { get; set; }
    public DateTimeOffset StageStartedAt { get; set; }
    public EscalationEvent Event { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset DeliverAfter { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    public DateTimeOffset? EmailClaimedAt { get; set; }
    public DateTimeOffset? EmailedAt { get; set; }
}

public enum NotificationSubject
{
    Case,
    ImprovementAction,
    Alert,
    /// <summary>A working calendar lacks next year's holiday arrangement (CaseId identifies the calendar and year, CaseNumber is its code).</summary>
    Calendar,
    /// <summary>A work order near or past a target (CaseId is the order, CaseNumber its number).</summary>
    WorkOrder,
    /// <summary>A scheduled inspection overdue (CaseId is the schedule, StageStartedAt the occurrence's due instant).</summary>
    Inspection,
}
