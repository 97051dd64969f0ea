namespace GuestLoop.Domain.WorkOrders;

/// <summary>One rostered shift of one staff member, as instants: a night shift crossing midnight is one shift.</summary>
public sealed record Shift
{
    public Shift(DateTimeOffset start, DateTimeOffset end)
    {
        if (end <= start)
        {
            FieldErrors.For("end", "A shift ends after it starts.").ThrowIfAny();
        }

        (Start, End) = (start, end);
    }

    public DateTimeOffset Start { get; }

    public DateTimeOffset End { get; }

    /// <summary>On duty from the start, off duty at the end.</summary>
    public bool Covers(DateTimeOffset at) => at >= Start && at < End;
}
