namespace GuestLoop.Web.Features.Workspace;

/// <summary>How much of a deadline's target is used: at risk from 80 % (less than 20 % left), overdue once it passed.</summary>
public enum TimeLeftState
{
    Ok,
    Risk,
    Overdue,
}

public static class TimeLeftStates
{
    public const double RiskShare = 0.8;

    /// <summary>Measured in elapsed time between the stage's start and its due instant.</summary>
    public static TimeLeftState Of(DateTimeOffset startedAt, DateTimeOffset dueAt, DateTimeOffset now)
    {
        if (now >= dueAt)
        {
            return TimeLeftState.Overdue;
        }

        var target = (dueAt - startedAt).TotalSeconds;
        return target <= 0 || (now - startedAt).TotalSeconds >= RiskShare * target ? TimeLeftState.Risk : TimeLeftState.Ok;
    }
}
