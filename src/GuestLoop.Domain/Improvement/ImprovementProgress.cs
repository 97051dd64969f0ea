namespace GuestLoop.Domain.Improvement;

/// <summary>One entry of an action's tracking: what was done, with its evidence (text or links).</summary>
public sealed class ImprovementProgress
{
    private ImprovementProgress()
    {
        Note = string.Empty;
        By = string.Empty;
    }

    public ImprovementProgress(DateTimeOffset at, Guid? byId, string by, string note, string? evidence, string kind)
    {
        At = at;
        ById = byId;
        By = by;
        Note = note;
        Evidence = evidence;
        Kind = kind;
    }

    public int Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid? ById { get; private set; }
    public string By { get; private set; }
    public string Note { get; private set; }
    public string? Evidence { get; private set; }

    /// <summary>progress, done, effective or not-effective.</summary>
    public string Kind { get; private set; } = "progress";
}
