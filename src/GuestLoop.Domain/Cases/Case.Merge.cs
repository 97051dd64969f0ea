using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Cases;

/// <summary>Merging a duplicate: it is closed as "merged into" the case that carries on; both keep their whole history.</summary>
public sealed partial class Case
{
    public Guid? MergedIntoId { get; private set; }
    public string? MergedIntoNumber { get; private set; }

    /// <summary>
    /// Closes this case as a duplicate of <paramref name="survivor"/> and writes the merge into both histories.
    /// Only cases of one property merge, and a merged case never carries on or absorbs others.
    /// </summary>
    public void MergeInto(Case survivor, Actor actor, DateTimeOffset now)
    {
        if (survivor.Id == Id)
        {
            throw CaseValidationException.For("into", "A case cannot be merged into itself.");
        }

        if (survivor.PropertyId != PropertyId)
        {
            throw CaseValidationException.For("into", "Only cases of the same property can be merged.");
        }

        if (survivor.MergedIntoId is not null)
        {
            throw CaseValidationException.For("into", $"That case was itself merged into {survivor.MergedIntoNumber}.");
        }

        var summary = $"Merged into {survivor.Number}";
        Move(actor, now, CaseAction.MergeInto, survivor.Number, isPublic: true, apply: () =>
        {
            MergedIntoId = survivor.Id;
            MergedIntoNumber = survivor.Number;
            ClosingSummary = summary;
            ClosedAt = now;
        });
        survivor.Record(now, actor, CaseAction.AbsorbDuplicate, Number, isPublic: true);
    }
}
