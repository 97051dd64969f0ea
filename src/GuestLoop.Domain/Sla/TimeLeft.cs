namespace GuestLoop.Domain.Sla;

/// <summary>How much of a deadline's target is used: at risk from 80 % (less than 20 % left), overdue once it passed.</summary>
public enum TimeLeftState
{
    Ok,
    Risk,
    Overdue,
}

/// <summary>
/// The "time left" rule the inbox colours by and the dashboard counts by, measured in elapsed time between the stage's
/// start and its due instant (the escalation's warning measures working time, which can come later over a weekend).
/// </summary>
public static class TimeLeftStates
{
    public const double RiskShare = 0.8;

    public static TimeLeftState Of(DateTimeOffset startedAt, DateTimeOffset dueAt, DateTimeOffset now) =>
        now >= dueAt ? TimeLeftState.Overdue : now >= RiskFrom(startedAt, dueAt) ? TimeLeftState.Risk : TimeLeftState.Ok;

    /// <summary>The instant from which less than a fifth of the target is left; stored beside each deadline so lists can filter on it.</summary>
    public static DateTimeOffset RiskFrom(DateTimeOffset startedAt, DateTimeOffset dueAt) =>
        dueAt <= startedAt ? dueAt : startedAt + (dueAt - startedAt) * RiskShare;
}
