namespace GuestLoop.Domain.Compensation;

/// <summary>One dated line of the talks with the guest about a compensation.</summary>
public sealed class NegotiationEntry
{
    public const int NoteMax = 2_000;

    private NegotiationEntry()
    {
        Note = string.Empty;
        ByName = string.Empty;
    }

    internal NegotiationEntry(DateTimeOffset at, string note, Guid? byId, string byName, DateTimeOffset recordedAt)
    {
        Id = Guid.NewGuid();
        At = at;
        Note = note;
        ById = byId;
        ByName = byName;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    /// <summary>When the talk took place (may be before it was written down).</summary>
    public DateTimeOffset At { get; private set; }
    public string Note { get; private set; }
    public Guid? ById { get; private set; }
    public string ByName { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
}
