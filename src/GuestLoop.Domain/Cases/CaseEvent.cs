namespace GuestLoop.Domain.Cases;

/// <summary>One append-only line of a case's history: who did what, when, with the before/after values.</summary>
public sealed class CaseEvent
{
    private CaseEvent()
    {
        ActorName = string.Empty;
    }

    public CaseEvent(DateTimeOffset at, Guid? actorId, string actorName, CaseAction action, string? detail = null,
        string? before = null, string? after = null, bool isPublic = false)
    {
        Id = Guid.NewGuid();
        At = at;
        ActorId = actorId;
        ActorName = actorName;
        Action = action;
        Detail = detail;
        Before = before;
        After = after;
        IsPublic = isPublic;
    }

    public Guid Id { get; private set; }

    /// <summary>Position in the case's history: lines written by one step share their instant, and this keeps their order.</summary>
    public int Sequence { get; internal set; }
    public DateTimeOffset At { get; private set; }
    public Guid? ActorId { get; private set; }
    public string ActorName { get; private set; }
    public CaseAction Action { get; private set; }
    public string? Detail { get; private set; }
    public string? Before { get; private set; }
    public string? After { get; private set; }

    /// <summary>Shown on the guest's tracking page (without the actor's name).</summary>
    public bool IsPublic { get; private set; }
}

public static class CaseHistory
{
    /// <summary>History lines in the order they were written (by instant, then by position within one step).</summary>
    public static IOrderedEnumerable<CaseEvent> Chronological(this IEnumerable<CaseEvent> history) =>
        history.OrderBy(e => e.At).ThenBy(e => e.Sequence);
}
