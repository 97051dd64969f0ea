using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.WorkOrders;

/// <summary>
/// One guest request or job, from the moment it is asked for to the work checked. Each step is a method that refuses
/// what the state does not allow; the response target runs until someone accepts, the completion target until the work
/// is done (a pause for parts does not stop the clock: the guest still waits).
/// </summary>
public sealed class WorkOrder
{
    private readonly HashSet<WorkOrderEscalationStep> _escalated = [];

    private WorkOrder(Guid id, RequestType type, string location, string description, WorkOrderPriority priority, DateTimeOffset createdAt)
    {
        (Id, Type, Location, Description, Priority, CreatedAt) = (id, type, location, description, priority, createdAt);
        ResponseDueAt = createdAt.AddMinutes(type.ResponseMinutes);
        CompletionDueAt = createdAt.AddMinutes(type.CompletionMinutes);
    }

    public Guid Id { get; }

    public RequestType Type { get; }

    public string Location { get; }

    public string Description { get; }

    public WorkOrderPriority Priority { get; }

    public WorkOrderState State { get; private set; } = WorkOrderState.Open;

    public Guid? AssigneeId { get; private set; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset ResponseDueAt { get; }

    public DateTimeOffset CompletionDueAt { get; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? PauseReason { get; private set; }

    public string? CompletionNote { get; private set; }

    /// <summary>Why the supervisor sent the work back, until it is completed again.</summary>
    public string? ReturnedReason { get; private set; }

    public Guid? VerifiedBy { get; private set; }

    /// <summary>The escalation steps already taken: each is taken once.</summary>
    public IReadOnlySet<WorkOrderEscalationStep> Escalated => _escalated;

    public static WorkOrder Open(Guid id, RequestType type, string location, string description, WorkOrderPriority asked, bool specialNeeds,
        DateTimeOffset at)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(location))
        {
            errors.Add("location", "Required: a room, floor, area or scenic spot.");
        }

        if (description.Length > 2000)
        {
            errors.Add("description", "At most 2,000 characters.");
        }

        errors.ThrowIfAny();
        return new WorkOrder(id, type, location.Trim(), description.Trim(), WorkOrderPriorities.For(asked, specialNeeds), at);
    }

    /// <summary>Dispatch's choice or a supervisor's reassignment; an accepted order handed on must be accepted again.</summary>
    public void Assign(Guid staffId)
    {
        Require("assign", WorkOrderState.Open, WorkOrderState.Assigned, WorkOrderState.Accepted, WorkOrderState.Paused);
        (AssigneeId, State) = (staffId, WorkOrderState.Assigned);
    }

    public void Accept(Actor by, DateTimeOffset at)
    {
        Require("accept", WorkOrderState.Assigned);
        RequireAssignee(by, "accept");
        State = WorkOrderState.Accepted;
        AcceptedAt ??= at;
    }

    public void Start(Actor by)
    {
        Require("start", WorkOrderState.Accepted, WorkOrderState.Paused);
        RequireAssignee(by, "start");
        (State, PauseReason) = (WorkOrderState.InProgress, null);
    }

    public void Pause(Actor by, string reason)
    {
        Require("pause", WorkOrderState.InProgress);
        RequireAssignee(by, "pause");
        if (string.IsNullOrWhiteSpace(reason))
        {
            FieldErrors.For("reason", "Say what the work waits for.").ThrowIfAny();
        }

        (State, PauseReason) = (WorkOrderState.Paused, reason.Trim());
    }

    public void Complete(Actor by, DateTimeOffset at, string note)
    {
        Require("complete", WorkOrderState.InProgress);
        RequireAssignee(by, "complete");
        (State, CompletedAt, CompletionNote, ReturnedReason) = (Type.NeedsVerification ? WorkOrderState.Completed : WorkOrderState.Verified, at, note.Trim(), null);
    }

    /// <summary>A supervisor's check of completed work: passed, or sent back to the assignee with the reason.</summary>
    public void Verify(Actor supervisor, bool passed, string? reason = null)
    {
        Require("verify", WorkOrderState.Completed);
        if (supervisor.StaffId is null || supervisor.StaffId == AssigneeId)
        {
            throw new WorkOrderStepException(State, "verify one's own work");
        }

        if (passed)
        {
            (State, VerifiedBy) = (WorkOrderState.Verified, supervisor.StaffId);
            return;
        }

        if (reason is not { } why || string.IsNullOrWhiteSpace(why))
        {
            FieldErrors.For("reason", "Say what is still to be done.").ThrowIfAny();
            return;
        }

        (State, CompletedAt, ReturnedReason) = (WorkOrderState.InProgress, null, why.Trim());
    }

    public void Cancel()
    {
        Require("cancel", WorkOrderState.Open, WorkOrderState.Assigned, WorkOrderState.Accepted, WorkOrderState.InProgress, WorkOrderState.Paused);
        State = WorkOrderState.Cancelled;
    }

    /// <summary>True once the work is done (verified, or completed where no check is needed) or cancelled.</summary>
    public bool IsClosed => State is WorkOrderState.Verified or WorkOrderState.Cancelled;

    /// <summary>The escalation steps due at <paramref name="now"/> and not taken yet; each is marked taken.</summary>
    public IReadOnlyList<WorkOrderEscalationStep> TakeDueEscalations(DateTimeOffset now, TimeSpan warnBefore)
    {
        return WorkOrderEscalation.Due(this, now, warnBefore).Where(_escalated.Add).ToList();
    }

    private void Require(string step, params WorkOrderState[] allowed)
    {
        if (!allowed.Contains(State))
        {
            throw new WorkOrderStepException(State, step);
        }
    }

    private void RequireAssignee(Actor by, string step)
    {
        if (by.StaffId is null || by.StaffId != AssigneeId)
        {
            throw new WorkOrderStepException(State, $"{step} someone else's order");
        }
    }
}
