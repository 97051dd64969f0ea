using GuestLoop.Domain.Sla;

namespace GuestLoop.Domain.Cases;

/// <summary>
/// The deadline of one stage of a case: when it started, when it is due, when it was met; provisional when it counts
/// working time in a year whose holidays are computed from the statutory rules, not yet published.
/// </summary>
public sealed record StageDeadline(SlaStage Stage, SlaTarget Target, DateTimeOffset StartedAt, DateTimeOffset? DueAt, DateTimeOffset? MetAt,
    bool Provisional = false)
{
    public bool IsOpen => MetAt is null;

    /// <summary>Met late, or still open past its due time.</summary>
    public bool IsBreached(DateTimeOffset now) => DueAt is { } due && (MetAt ?? now) > due;
}
