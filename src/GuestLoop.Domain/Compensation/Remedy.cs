using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Compensation;

/// <summary>One remedial measure of a case, owned by a staff member and due on a date; someone with authority verifies it.</summary>
public sealed class Remedy
{
    public const int DescriptionMax = 2_000;

    /// <summary>Verifying that a measure worked is a decision: a level 3 head or above.</summary>
    public const AuthorityLevel VerifierAuthority = AuthorityLevel.Level3;

    private Remedy()
    {
        Description = string.Empty;
        OwnerName = string.Empty;
        CreatedBy = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public RemedyKind Kind { get; private set; }
    public string Description { get; private set; }
    public Guid OwnerId { get; private set; }
    public string OwnerName { get; private set; }
    public DateOnly DueOn { get; private set; }
    public RemedyState State { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; }
    public DateTimeOffset? DoneAt { get; private set; }
    public string? DoneBy { get; private set; }
    public string? DoneNote { get; private set; }
    public DateTimeOffset? VerifiedAt { get; private set; }
    public string? VerifiedBy { get; private set; }
    public string? VerifiedNote { get; private set; }

    public static Remedy Plan(Guid caseId, Actor actor, DateTimeOffset now, RemedyKind kind, string description,
        Guid ownerId, string ownerName, DateOnly dueOn)
    {
        var errors = new FieldErrors();
        GuestCompensation.Text("description", description, DescriptionMax, errors);
        if (!Enum.IsDefined(kind))
        {
            errors.Add("kind", "Unknown kind.");
        }

        if (ownerId == Guid.Empty || string.IsNullOrWhiteSpace(ownerName))
        {
            errors.Add("ownerId", "An owner on the staff is required.");
        }

        if (dueOn < DateOnly.FromDateTime(now.UtcDateTime).AddDays(-1))
        {
            errors.Add("dueOn", "The due date cannot be in the past.");
        }
        else if (PlausibleDates.Due(dueOn, now) is { } dueError)
        {
            errors.Add("dueOn", dueError);
        }

        errors.ThrowIfAny();
        return new Remedy
        {
            Id = Guid.NewGuid(),
            CaseId = caseId,
            Kind = kind,
            Description = description.Trim(),
            OwnerId = ownerId,
            OwnerName = ownerName,
            DueOn = dueOn,
            State = RemedyState.Planned,
            CreatedAt = now,
            CreatedBy = actor.Name,
        };
    }

    public void MarkDone(Actor actor, DateTimeOffset now, string? note)
    {
        Guard(RemedyState.Planned, "done");
        DoneAt = now;
        DoneBy = actor.Name;
        DoneNote = Note(note);
        State = RemedyState.Done;
    }

    public void Verify(Actor actor, DateTimeOffset now, string? note)
    {
        Guard(RemedyState.Done, "verify");
        if (!actor.Authority.Covers(VerifierAuthority))
        {
            throw new AuthorityException(actor.Authority, VerifierAuthority, CaseAction.VerifyRemedy);
        }

        VerifiedAt = now;
        VerifiedBy = actor.Name;
        VerifiedNote = Note(note);
        State = RemedyState.Verified;
    }

    public bool IsOverdue(DateOnly today) => State == RemedyState.Planned && today > DueOn;

    private void Guard(RemedyState expected, string step)
    {
        if (State != expected)
        {
            throw new CompensationStepException(State.ToString(), step);
        }
    }

    private static string? Note(string? note)
    {
        if (note?.Length > DescriptionMax)
        {
            throw CaseValidationException.For("note", $"Up to {DescriptionMax} characters.");
        }

        return string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}
