namespace GuestLoop.Domain.Cases;

/// <summary>A span during which the case waited for the guest or a third party; its time is added back to open deadlines.</summary>
public sealed class CasePause
{
    private CasePause()
    {
        Reason = string.Empty;
    }

    public CasePause(DateTimeOffset start, string reason)
    {
        Id = Guid.NewGuid();
        Start = start;
        Reason = reason;
    }

    public Guid Id { get; private set; }
    public DateTimeOffset Start { get; private set; }
    public DateTimeOffset? End { get; private set; }
    public string Reason { get; private set; }

    internal void Finish(DateTimeOffset at) => End = at;
}
