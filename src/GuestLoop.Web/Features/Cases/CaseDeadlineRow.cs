using GuestLoop.Domain.Sla;

namespace GuestLoop.Web.Features.Cases;

/// <summary>
/// The stored figure of one stage deadline, kept beside the case so that inbox views ("overdue") and the
/// escalation scan query them directly. Recomputed on every change of an open case; frozen once closed.
/// </summary>
public sealed class CaseDeadlineRow
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PropertyId { get; set; }
    public SlaStage Stage { get; set; }
    public int Amount { get; set; }
    public DurationUnit Unit { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset? MetAt { get; set; }

    /// <summary>Counted in a year whose holidays are computed, not yet published: recomputed when the arrangement is imported.</summary>
    public bool Provisional { get; set; }

    /// <summary>
    /// From when less than a fifth of the target is left (<see cref="GuestLoop.Domain.Sla.TimeLeftStates.RiskFrom"/>):
    /// the "at risk" list and figure read it. Null while the clock is paused.
    /// </summary>
    public DateTimeOffset? RiskFrom { get; set; }

    /// <summary>
    /// When the escalation scan should look at this deadline again (its next warning, breach or escalation). A row is
    /// written with the instant of its first warning when nothing is due yet, and with null — read on the scan's next
    /// pass — when a notice may already be due or its department keeps a duty calendar of its own. A row is replaced,
    /// not updated, whenever its case changes, so a change is always looked at.
    /// </summary>
    public DateTimeOffset? NextNoticeAt { get; set; }

    /// <summary>When its case was received: period statistics read the deadlines of a period without joining the cases.</summary>
    public DateTimeOffset CaseReceivedAt { get; set; }
}
