using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Cases;

/// <summary>Steps that keep the status (pause, assignment, edits, notes, evidence) and the shared guards.</summary>
public sealed partial class Case
{
    private readonly List<CaseEvidence> _evidence = [];

    public IReadOnlyList<CaseEvidence> Evidence => _evidence;

    /// <summary>Waiting for the guest or a third party stops the clock until <see cref="Resume"/>.</summary>
    public void Pause(Actor actor, DateTimeOffset now, string reason)
    {
        RequireText("reason", reason);
        Guard(CaseAction.Pause);
        _pauses.Add(new CasePause(now, reason));
        Record(now, actor, CaseAction.Pause, reason, isPublic: true);
    }

    public void Resume(Actor actor, DateTimeOffset now)
    {
        Guard(CaseAction.Resume);
        var open = _pauses.Single(p => p.End is null);
        open.Finish(now);
        Record(now, actor, CaseAction.Resume, $"{(now - open.Start).TotalMinutes:0} min", isPublic: true);
    }

    public void Assign(Actor actor, DateTimeOffset now, Guid? departmentId, Guid? assigneeId, string? describedAs)
    {
        Guard(CaseAction.Assign);
        var before = $"{DepartmentId}/{AssigneeId}";
        DepartmentId = departmentId;
        AssigneeId = assigneeId;
        Record(now, actor, CaseAction.Assign, describedAs, before, $"{departmentId}/{assigneeId}");
    }

    public void Edit(Actor actor, DateTimeOffset now, string title, string description, string? demands, string? place, DateTimeOffset? occurredAt)
    {
        Guard(CaseAction.Edit);
        var errors = new NewCase(PropertyId, Kind, Channel, title, description, Demands: demands, Place: place, OccurredAt: occurredAt,
            ReceivedAt: ReceivedAt).Validate(now);
        errors.ThrowIfAny();

        void Change(string field, string? before, string? after, Action apply)
        {
            if (before == after)
            {
                return;
            }

            apply();
            Record(now, actor, CaseAction.Edit, field, before, after);
        }

        Change("title", Title, title.Trim(), () => Title = title.Trim());
        Change("description", Description, description, () => Description = description);
        Change("demands", Demands, demands, () => Demands = demands);
        Change("place", Place, place, () => Place = place);
        Change("occurredAt", OccurredAt?.ToString("O"), occurredAt?.ToUniversalTime().ToString("O"), () => OccurredAt = occurredAt?.ToUniversalTime());
    }

    public void AddNote(Actor actor, DateTimeOffset now, string text)
    {
        RequireText("text", text);
        Record(now, actor, CaseAction.AddNote, text);
    }

    /// <summary>
    /// Adds a file to the case. A file uploaded with the form that opens the case is stored a moment before the case is
    /// received; it is dated at the receipt, so it never comes before the receipt it came with.
    /// </summary>
    public void AddEvidence(Actor actor, CaseEvidence evidence)
    {
        Guard(CaseAction.AddEvidence);
        evidence.NotBefore(ReceivedAt);
        _evidence.Add(evidence);
        Record(evidence.AddedAt, actor, CaseAction.AddEvidence, evidence.FileName, isPublic: evidence.FromGuest);
    }

    private void Move(Actor actor, DateTimeOffset now, CaseAction action, string? detail, bool isPublic = false,
        string? beforeDetail = null, Action? apply = null)
    {
        var to = CaseLifecycle.Next(Kind, Status, action) ?? throw new CaseTransitionException(Status, action);
        if (CaseLifecycle.NeedsAuthority(Kind, action) && !actor.Authority.Covers(RequiredAuthority))
        {
            throw new AuthorityException(actor.Authority, RequiredAuthority, action);
        }

        if (IsPaused)
        {
            // Progress on the case means the wait is over; the pause ends with the step.
            Resume(actor, now);
        }

        apply?.Invoke();
        var from = Status;
        Status = to;
        Record(now, actor, action, beforeDetail is null ? detail : $"{beforeDetail} → {detail}", from.ToString(), to.ToString(), isPublic);
    }

    private void Guard(CaseAction action)
    {
        if (!CanDoNow(action))
        {
            throw new CaseTransitionException(Status, action);
        }
    }

    private static void RequireText(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw CaseValidationException.For(field, $"'{field}' is required.");
        }

        if (TextLimits.Error(value, TextLimits.Text) is { } tooLong)
        {
            throw CaseValidationException.For(field, tooLong);
        }
    }
}
