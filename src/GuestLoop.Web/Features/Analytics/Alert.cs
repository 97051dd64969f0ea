namespace GuestLoop.Web.Features.Analytics;

/// <summary>
/// An early warning, stored once: its key (kind, property, subject, window) is unique, so several app instances
/// scanning at once raise it a single time. It carries its evidence and the link to the cases behind it.
/// </summary>
public sealed class Alert
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Key { get; set; }
    public AlertKind Kind { get; set; }
    public Guid PropertyId { get; set; }
    public Guid? CaseId { get; set; }
    public required string Title { get; set; }
    public required string Evidence { get; set; }
    public required string CasesLink { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum AlertKind
{
    RiskWord,
    Rise,
    RepeatComplainant,
    ReopenedTwice,
    /// <summary>Work orders of one type at one place keep coming back (a fault not fixed for good).</summary>
    RepeatedRequest,
}
