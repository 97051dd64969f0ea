namespace GuestLoop.Web.Features.Audit;

/// <summary>One recorded change: who did what to which entity, with its state before and after as JSON. Never updated or deleted.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTimeOffset At { get; set; }
    public Guid? ActorId { get; set; }
    public required string ActorName { get; set; }

    /// <summary>What was done, e.g. "calendar.save", "calendar.import", "policy.save".</summary>
    public required string Action { get; set; }

    /// <summary>The kind of thing changed, e.g. "calendar".</summary>
    public required string Entity { get; set; }
    public required string EntityKey { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
