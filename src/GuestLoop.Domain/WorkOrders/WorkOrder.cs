using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.WorkOrders;

/// <summary>
/// One guest request or job, from the moment it is asked for to the work checked. Each step is a method that refuses
/// what the state does not allow and writes a line of the timeline; the response target runs until someone accepts, the
/// completion target until the work is done (a pause for parts does not stop the clock: the guest still waits).
/// </summary>
public sealed class WorkOrder
{
    public const int DescriptionMax = 2000;

    public const int NoteMax = 2000;

    private readonly List<WorkOrderEntry> _timeline = [];

    private readonly List<Photo> _photos = [];

    private WorkOrder()
    {
        Type = null!;
        Number = Location = Description = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid PropertyId { get; private set; }

    /// <summary>Read by people: the property's code, the local date and the order of the day (DEMO-HOTEL-W261207-004).</summary>
    public string Number { get; private set; }

    /// <summary>The type as it was when the order was opened: a later change of its targets does not move this order's.</summary>
    public RequestType Type { get; private set; }

    public WorkOrderChannel Channel { get; private set; }

    public Guid? GuestId { get; private set; }

    public Guid? CaseId { get; private set; }

    public string Location { get; private set; }

    public string Description { get; private set; }

    public WorkOrderPriority Priority { get; private set; }

    public WorkOrderState State { get; private set; } = WorkOrderState.Open;

    public Guid? AssigneeId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ResponseDueAt { get; private set; }

    public DateTimeOffset CompletionDueAt { get; private set; }

    public DateTimeOffset? AssignedAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? PauseReason { get; private set; }

    public string? CompletionNote { get; private set; }

    /// <summary>Why the supervisor sent the work back, until it is completed again.</summary>
    public string? ReturnedReason { get; private set; }

    public Guid? VerifiedBy { get; private set; }

    /// <summary>Changes with every step: two people stepping on one order at once, one of them is told it changed.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<WorkOrderEntry> Timeline => _timeline;

    public IReadOnlyList<Photo> Photos => _photos;

    public static WorkOrder Open(Guid id, RequestType type, string location, string description, WorkOrderPriority asked, bool specialNeeds,
        DateTimeOffset at, WorkOrderOrigin? origin = null, Actor? by = null)
    {
        var errors = new FieldErrors();
        CheckText(errors, location, description);
        errors.ThrowIfAny();
        var order = new WorkOrder
        {
            Id = id,
            PropertyId = origin?.PropertyId ?? Guid.Empty,
            Number = origin?.Number ?? string.Empty,
            Channel = origin?.Channel ?? WorkOrderChannel.Staff,
            GuestId = origin?.GuestId,
            CaseId = origin?.CaseId,
            Type = type,
            Location = location.Trim(),
            Description = description.Trim(),
            Priority = WorkOrderPriorities.For(asked, specialNeeds),
            CreatedAt = at,
            ResponseDueAt = at.AddMinutes(type.ResponseMinutes),
            CompletionDueAt = at.AddMinutes(type.CompletionMinutes),
        };
        order.Write(by ?? Actor.System, at, "open", null);
        return order;
    }

    /// <summary>The place and the description of a new order, checked into <paramref name="errors"/>.</summary>
    public static void CheckText(FieldErrors errors, string? location, string? description)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            errors.Add("location", "Required: a room, floor, area or scenic spot.");
        }
        else if (location.Trim().Length > 200)
        {
            errors.Add("location", "At most 200 characters.");
        }

        if (description is { Length: > DescriptionMax })
        {
            errors.Add("description", "At most 2,000 characters.");
        }
    }

    /// <summary>Dispatch's choice or a supervisor's reassignment; an accepted order handed on must be accepted again.</summary>
    public void Assign(Guid staffId, Actor by, DateTimeOffset at, string? note = null)
    {
        Require("assign", WorkOrderState.Open, WorkOrderState.Assigned, WorkOrderState.Accepted, WorkOrderState.Paused);
        var why = string.IsNullOrWhiteSpace(note) ? null : RequireNote("note", note, string.Empty);
        (AssigneeId, State, AssignedAt) = (staffId, WorkOrderState.Assigned, at);
        Write(by, at, "assign", why);
    }

    public void Accept(Actor by, DateTimeOffset at)
    {
        Require("accept", WorkOrderState.Assigned);
        RequireAssignee(by, "accept");
        State = WorkOrderState.Accepted;
        AcceptedAt ??= at;
        Write(by, at, "accept", null);
    }

    public void Start(Actor by, DateTimeOffset at)
    {
        Require("start", WorkOrderState.Accepted, WorkOrderState.Paused);
        RequireAssignee(by, "start");
        (State, PauseReason) = (WorkOrderState.InProgress, null);
        Write(by, at, "start", null);
    }

    public void Pause(Actor by, DateTimeOffset at, string reason)
    {
        Require("pause", WorkOrderState.InProgress);
        RequireAssignee(by, "pause");
        var why = RequireNote("reason", reason, "Say what the work waits for.");
        (State, PauseReason) = (WorkOrderState.Paused, why);
        Write(by, at, "pause", why);
    }

    public void Complete(Actor by, DateTimeOffset at, string note)
    {
        Require("complete", WorkOrderState.InProgress);
        RequireAssignee(by, "complete");
        var what = RequireNote("note", note, "Say what was done.");
        (State, CompletedAt, CompletionNote, ReturnedReason) = (Type.NeedsVerification ? WorkOrderState.Completed : WorkOrderState.Verified, at, what, null);
        if (State == WorkOrderState.Verified)
        {
            ClosedAt = at;
        }

        Write(by, at, "complete", what);
    }

    /// <summary>A supervisor's check of completed work: passed, or sent back to the assignee with the reason.</summary>
    public void Verify(Actor supervisor, DateTimeOffset at, bool passed, string? reason = null)
    {
        Require("verify", WorkOrderState.Completed);
        if (supervisor.StaffId is null || supervisor.StaffId == AssigneeId)
        {
            throw new WorkOrderStepException(State, "verify one's own work");
        }

        if (passed)
        {
            (State, VerifiedBy, ClosedAt) = (WorkOrderState.Verified, supervisor.StaffId, at);
            Write(supervisor, at, "verify", reason is { } r && !string.IsNullOrWhiteSpace(r) ? r.Trim() : null);
            return;
        }

        var why = RequireNote("reason", reason ?? string.Empty, "Say what is still to be done.");
        (State, CompletedAt, ReturnedReason) = (WorkOrderState.InProgress, null, why);
        Write(supervisor, at, "return", why);
    }

    public void Cancel(Actor by, DateTimeOffset at, string reason)
    {
        Require("cancel", WorkOrderState.Open, WorkOrderState.Assigned, WorkOrderState.Accepted, WorkOrderState.InProgress, WorkOrderState.Paused);
        var why = RequireNote("reason", reason, "Say why the order is cancelled.");
        (State, ClosedAt) = (WorkOrderState.Cancelled, at);
        Write(by, at, "cancel", why);
    }

    /// <summary>
    /// Keeps a photo. Whoever may see the order adds what it is about (<see cref="PhotoKind.Report"/>) while it is open;
    /// the place before and after the work is the assignee's to show, from accepting until the supervisor's check.
    /// </summary>
    public void AddPhoto(Photo photo, Actor by, DateTimeOffset at)
    {
        if (IsClosed)
        {
            throw new WorkOrderStepException(State, "add a photo to");
        }

        if (photo.Kind != PhotoKind.Report)
        {
            Require("add a work photo to", WorkOrderState.Accepted, WorkOrderState.InProgress, WorkOrderState.Paused, WorkOrderState.Completed);
            RequireAssignee(by, "add a work photo to");
        }

        Photo.Check(photo, _photos.Count);
        _photos.Add(photo);
        Write(by, at, "photo", photo.Kind.ToString().ToLowerInvariant());
    }

    /// <summary>
    /// Ties the order to the complaint case it became (or came from); the link is one case, set once, and the case
    /// lists its orders by it.
    /// </summary>
    public void LinkCase(Guid caseId, string caseNumber, Actor by, DateTimeOffset at)
    {
        if (CaseId is not null)
        {
            throw new WorkOrderStepException(State, "link a second case to");
        }

        CaseId = caseId;
        Write(by, at, "case", caseNumber);
    }

    /// <summary>True once the work is done (verified, or completed where no check is needed) or cancelled.</summary>
    public bool IsClosed => State is WorkOrderState.Verified or WorkOrderState.Cancelled;

    /// <summary>Open past its response target without anyone accepting, or past its completion target unfinished.</summary>
    public bool IsLate(DateTimeOffset now) =>
        !IsClosed && ((AcceptedAt is null && now >= ResponseDueAt) || (CompletedAt is null && now >= CompletionDueAt));

    /// <summary>The escalation steps due at <paramref name="now"/> (each is stored once by whoever sends it).</summary>
    public IReadOnlyList<WorkOrderEscalationStep> DueEscalations(DateTimeOffset now, TimeSpan warnBefore) =>
        WorkOrderEscalation.Due(this, now, warnBefore).ToList();

    private void Write(Actor by, DateTimeOffset at, string step, string? note)
    {
        _timeline.Add(new WorkOrderEntry(at, by.StaffId, by.Name, step, note));
        Version++;
    }

    private static string RequireNote(string field, string text, string message)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, message);
        }
        else if (text.Length > NoteMax)
        {
            errors.Add(field, "At most 2,000 characters.");
        }

        errors.ThrowIfAny();
        return text.Trim();
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
