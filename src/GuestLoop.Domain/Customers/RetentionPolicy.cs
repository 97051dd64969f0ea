namespace GuestLoop.Domain.Customers;

/// <summary>
/// How long each kind of personal data is kept (PIPL art. 19): the complainant's contact on a closed case, consumption
/// records, and profiles of guests not seen for a long time. Zero keeps the kind for ever.
/// </summary>
public sealed record RetentionPolicy(int ClosedCaseContactDays = 1095, int VisitDays = 1095, int InactiveGuestDays = 1825)
{
    public static readonly RetentionPolicy Default = new();

    public DateTimeOffset? CutOff(int days, DateTimeOffset now) => days <= 0 ? null : now.AddDays(-days);

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        foreach (var (name, days) in new[] { ("closedCaseContactDays", ClosedCaseContactDays), ("visitDays", VisitDays), ("inactiveGuestDays", InactiveGuestDays) })
        {
            if (days is < 0 or > 36500)
            {
                errors.Add(name, "Between 0 (keep for ever) and 36500 days.");
            }
        }

        return errors;
    }
}
