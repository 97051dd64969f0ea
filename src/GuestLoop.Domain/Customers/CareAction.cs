namespace GuestLoop.Domain.Customers;

public enum CareKind
{
    Greeting,
    Offer,
}

public enum CareOutcome
{
    Pending,
    Delivered,
    Accepted,
    Declined,
}

/// <summary>A holiday greeting or an offer to a guest, and what came of it.</summary>
public sealed class CareAction
{
    private CareAction()
    {
        Note = string.Empty;
    }

    public CareAction(CareKind kind, string note, DateTimeOffset at, string by)
    {
        Kind = kind;
        Note = note;
        At = at;
        By = by;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public CareKind Kind { get; private set; }
    public string Note { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string By { get; private set; } = string.Empty;
    public CareOutcome Outcome { get; private set; }
    public DateTimeOffset? OutcomeAt { get; private set; }

    public void Record(CareOutcome outcome, DateTimeOffset at)
    {
        Outcome = outcome;
        OutcomeAt = at;
    }
}
