namespace GuestLoop.Domain.Customers;

public enum VisitKind
{
    Stay,
    Visit,
    Tour,
    Order,
}

/// <summary>One consumption: a stay, a scenic-area visit, a tour or an order, as a PMS or ticketing system reports it.</summary>
public sealed class GuestVisit
{
    public const int ReferenceMax = 100;

    private GuestVisit()
    {
    }

    public GuestVisit(Guid propertyId, VisitKind kind, DateOnly from, DateOnly? to, string? reference, decimal? amount, string? note)
    {
        if (to is { } end && end < from)
        {
            throw new GuestRuleException("The end of a stay cannot be before its start.");
        }

        PropertyId = propertyId;
        Kind = kind;
        From = from;
        To = to;
        Reference = reference;
        Amount = amount;
        Note = note;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid PropertyId { get; private set; }
    public VisitKind Kind { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly? To { get; private set; }
    public string? Reference { get; private set; }
    public decimal? Amount { get; private set; }
    public string? Note { get; private set; }
}
