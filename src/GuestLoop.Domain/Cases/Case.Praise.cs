using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Cases;

/// <summary>A staff member named in a praise: one of the staff, or just the name the guest wrote.</summary>
public sealed record PraisedStaff(Guid? StaffId, string Name);

/// <summary>Praise is recorded and shared inside the enterprise to recognise the staff named (DESIGN §2).</summary>
public sealed partial class Case
{
    public const int PraisedNamesMax = 300;

    private readonly List<PraisedStaff> _praisedStaff = [];

    public IReadOnlyList<PraisedStaff> PraisedStaff => _praisedStaff;

    /// <summary>Names of praised people the guest gave as free text ("the tall waiter at breakfast").</summary>
    public string? PraisedNames { get; private set; }

    /// <summary>When the praise was passed on to the staff it names; this meets the recognition deadline.</summary>
    public DateTimeOffset? RecognisedAt { get; private set; }

    /// <summary>Passes the praise on to the staff it names and onto the recognition feed; once per praise.</summary>
    public void Recognise(Actor actor, DateTimeOffset now, string? note)
    {
        if (Kind != CaseKind.Praise || RecognisedAt is not null || MergedIntoId is not null)
        {
            throw new CaseTransitionException(Status, CaseAction.Recognise);
        }

        if (_praisedStaff.Count == 0 && string.IsNullOrWhiteSpace(PraisedNames))
        {
            throw CaseValidationException.For("praisedStaffIds", "Name at least one praised staff member first.");
        }

        RecognisedAt = now;
        var names = string.Join("、", _praisedStaff.Select(p => p.Name).Append(PraisedNames).OfType<string>());
        Record(now, actor, CaseAction.Recognise, string.IsNullOrWhiteSpace(note) ? names : $"{names} · {note.Trim()}", isPublic: true);
    }

    /// <summary>Names the praised staff after receipt (a praise taken by phone is often attributed later).</summary>
    public void NamePraised(Actor actor, DateTimeOffset now, IReadOnlyList<PraisedStaff> staff, string? names)
    {
        if (Kind != CaseKind.Praise || RecognisedAt is not null || IsClosed)
        {
            throw new CaseTransitionException(Status, CaseAction.Edit);
        }

        if (names is { Length: > PraisedNamesMax })
        {
            throw CaseValidationException.For("praisedNames", $"At most {PraisedNamesMax} characters.");
        }

        var before = string.Join("、", _praisedStaff.Select(p => p.Name).Append(PraisedNames).OfType<string>());
        _praisedStaff.Clear();
        _praisedStaff.AddRange(staff);
        PraisedNames = string.IsNullOrWhiteSpace(names) ? null : names.Trim();
        Record(now, actor, CaseAction.Edit, "praised", before, string.Join("、", _praisedStaff.Select(p => p.Name).Append(PraisedNames).OfType<string>()));
    }
}
