namespace GuestLoop.Web.Features.Customers;

/// <summary>
/// One run of the retention job and what it removed. The unique slot (a day, or a manual run) lets only one of several
/// instances do a scheduled run.
/// </summary>
public sealed class RetentionRun
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Slot { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public int CaseContactsRemoved { get; set; }
    public int VisitsRemoved { get; set; }
    public int GuestsErased { get; set; }
    public string? Error { get; set; }
}
