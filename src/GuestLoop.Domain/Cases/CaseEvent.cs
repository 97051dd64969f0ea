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
