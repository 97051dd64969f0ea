namespace GuestLoop.Domain.WorkOrders;

/// <summary>One line of a work order's timeline: who took which step when, with the note that came with it.</summary>
public sealed class WorkOrderEntry
{
    private WorkOrderEntry()
    {
        By = string.Empty;
        Step = string.Empty;
    }

    public WorkOrderEntry(DateTimeOffset at, Guid? byId, string by, string step, string? note)
    {
        (At, ById, By, Step, Note) = (at, byId, by, step, note);
    }

    public int Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid? ById { get; private set; }

    public string By { get; private set; }

    /// <summary>open, assign, accept, start, pause, complete, verify, return, cancel, photo (the note: its kind), case (the note: its number).</summary>
    public string Step { get; private set; }

    public string? Note { get; private set; }
}
