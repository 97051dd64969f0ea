namespace GuestLoop.Web.Features.Customers;

/// <summary>
/// A merge of one guest profile into another, kept so it can be undone: the merged profile is hidden, not removed, and
/// the cases moved to the surviving profile are listed here to be moved back.
/// </summary>
public sealed class GuestMerge
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SurvivorId { get; set; }
    public Guid MergedId { get; set; }
    public List<Guid> MovedCaseIds { get; set; } = [];
    public List<Guid> SurvivorPropertyIdsBefore { get; set; } = [];
    public DateTimeOffset At { get; set; }
    public required string By { get; set; }
    public DateTimeOffset? UndoneAt { get; set; }
    public string? UndoneBy { get; set; }
}
