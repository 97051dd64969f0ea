using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Improvement;

/// <summary>
/// A corrective or preventive action (改进措施) raised from cases or an analysis: an owner, a due date,
/// tracked progress with evidence, and an effectiveness check a set period after it is done.
/// </summary>
public sealed class ImprovementAction
{
    public const int DefaultCheckAfterDays = 30;
    public const int TitleMax = TextLimits.Title;

    private readonly List<ImprovementProgress> _progress = [];

    private ImprovementAction()
    {
        Title = string.Empty;
        Description = string.Empty;
        CaseIds = [];
    }

    public Guid Id { get; private set; }
    public Guid? PropertyId { get; private set; }
    public string Title { get; private set; }
    public string Description { get; private set; }
    public ImprovementSource Source { get; private set; }
    public List<Guid> CaseIds { get; private set; }
    public string? Analysis { get; private set; }
    public Guid OwnerId { get; private set; }
    public DateOnly DueOn { get; private set; }
    public ImprovementState State { get; private set; }
    public int CheckAfterDays { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid? CreatedById { get; private set; }
    public DateTimeOffset? DoneAt { get; private set; }
    public DateTimeOffset? CheckDueAt { get; private set; }
    public DateTimeOffset? CheckedAt { get; private set; }
    public int ReopenCount { get; private set; }
    public IReadOnlyList<ImprovementProgress> Progress => _progress;

    public static ImprovementAction Raise(NewImprovementAction input, Actor actor, DateTimeOffset now)
    {
        var errors = input.Validate(now);
        errors.ThrowIfAny();

        return new ImprovementAction
        {
            Id = Guid.NewGuid(),
            PropertyId = input.PropertyId,
            Title = input.Title.Trim(),
            Description = input.Description,
            Source = input.Source,
            CaseIds = input.CaseIds.Distinct().ToList(),
            Analysis = input.Analysis,
            OwnerId = input.OwnerId,
            DueOn = input.DueOn,
            State = ImprovementState.Open,
            CheckAfterDays = input.CheckAfterDays ?? DefaultCheckAfterDays,
            CreatedAt = now,
            CreatedById = actor.StaffId,
        };
    }

    /// <summary>Open and past the end of its due date (in UTC days).</summary>
    public bool IsOverdue(DateTimeOffset now) => State == ImprovementState.Open && DateOnly.FromDateTime(now.UtcDateTime) > DueOn;

    /// <summary>Done, not yet checked, and the check date has come.</summary>
    public bool IsCheckDue(DateTimeOffset now) => State == ImprovementState.Done && CheckDueAt <= now;

    public void AddProgress(Actor actor, DateTimeOffset now, string note, string? evidence)
    {
        RequireText("note", note);
        TooLong("evidence", evidence);
        if (State == ImprovementState.Effective)
        {
            throw new ImprovementStateException(State, "progress");
        }

        _progress.Add(new ImprovementProgress(now, actor.StaffId, actor.Name, note, evidence, "progress"));
    }

    public void MarkDone(Actor actor, DateTimeOffset now, string? note, string? evidence)
    {
        TooLong("note", note);
        TooLong("evidence", evidence);
        if (State != ImprovementState.Open)
        {
            throw new ImprovementStateException(State, "done");
        }

        State = ImprovementState.Done;
        DoneAt = now;
        CheckDueAt = EffectivenessCheckDue(now, CheckAfterDays);
        _progress.Add(new ImprovementProgress(now, actor.StaffId, actor.Name, note ?? string.Empty, evidence, "done"));
    }

    /// <summary>Effective closes the action; not effective sends it back to open with a new due date.</summary>
    public void CheckEffectiveness(Actor actor, DateTimeOffset now, bool effective, string note, DateOnly? newDueOn)
    {
        RequireText("note", note);
        if (newDueOn is { } due && PlausibleDates.Due(due, now) is { } dueError)
        {
            throw CaseValidationException.For("newDueOn", dueError);
        }

        if (State != ImprovementState.Done)
        {
            throw new ImprovementStateException(State, "effectiveness");
        }

        CheckedAt = now;
        _progress.Add(new ImprovementProgress(now, actor.StaffId, actor.Name, note, null, effective ? "effective" : "not-effective"));
        if (effective)
        {
            State = ImprovementState.Effective;
            return;
        }

        State = ImprovementState.Open;
        ReopenCount++;
        DoneAt = null;
        CheckDueAt = null;
        DueOn = newDueOn ?? DateOnly.FromDateTime(now.UtcDateTime).AddDays(CheckAfterDays);
    }

    public static DateTimeOffset EffectivenessCheckDue(DateTimeOffset doneAt, int checkAfterDays) => doneAt.AddDays(checkAfterDays);

    private static void RequireText(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw CaseValidationException.For(field, $"'{field}' is required.");
        }

        TooLong(field, value);
    }

    private static void TooLong(string field, string? value)
    {
        if (TextLimits.Error(value, TextLimits.Text) is { } message)
        {
            throw CaseValidationException.For(field, message);
        }
    }
}
