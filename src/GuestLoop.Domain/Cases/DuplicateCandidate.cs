namespace GuestLoop.Domain.Cases;

public enum DuplicateState
{
    Open,
    Dismissed,
    Merged,
}

/// <summary>
/// A probable duplicate: a newer case that looks like an earlier one of the same guest. Staff merge the pair
/// or dismiss the candidate ("not a duplicate"); either decision is final.
/// </summary>
public sealed class DuplicateCandidate
{
    private DuplicateCandidate()
    {
    }

    public DuplicateCandidate(Guid caseId, Guid earlierCaseId, Guid propertyId, DuplicateReason reason, double similarity, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        CaseId = caseId;
        EarlierCaseId = earlierCaseId;
        PropertyId = propertyId;
        Reason = reason;
        Similarity = Math.Round(similarity, 3);
        DetectedAt = at;
    }

    public Guid Id { get; private set; }

    /// <summary>The newer case, which was flagged when it came in.</summary>
    public Guid CaseId { get; private set; }
    public Guid EarlierCaseId { get; private set; }
    public Guid PropertyId { get; private set; }
    public DuplicateReason Reason { get; private set; }
    public double Similarity { get; private set; }
    public DateTimeOffset DetectedAt { get; private set; }
    public DuplicateState State { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }

    public bool Involves(Guid caseId) => CaseId == caseId || EarlierCaseId == caseId;

    public Guid Other(Guid caseId) => CaseId == caseId ? EarlierCaseId : CaseId;

    public void Dismiss(string by, DateTimeOffset at) => Decide(DuplicateState.Dismissed, by, at);

    public void MarkMerged(string by, DateTimeOffset at) => Decide(DuplicateState.Merged, by, at);

    private void Decide(DuplicateState state, string by, DateTimeOffset at)
    {
        if (State != DuplicateState.Open)
        {
            throw new DuplicateDecidedException(State);
        }

        State = state;
        DecidedBy = by;
        DecidedAt = at;
    }
}

/// <summary>The candidate was already merged or dismissed (HTTP 409).</summary>
public sealed class DuplicateDecidedException(DuplicateState state)
    : DomainException(DomainErrorKind.Conflict, $"The duplicate candidate is already {state}.");
