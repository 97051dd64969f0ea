namespace GuestLoop.Domain.Customers;

/// <summary>A guest with <see cref="Count"/> complaints within <see cref="Days"/> days is a repeat complainant (DESIGN §8).</summary>
public sealed record RepeatComplaintRule(int Count = 3, int Days = 90)
{
    public static readonly RepeatComplaintRule Default = new();

    public bool IsRepeat(IEnumerable<DateTimeOffset> complaintsReceived, DateTimeOffset now)
    {
        var since = now.AddDays(-Days);
        return complaintsReceived.Count(at => at > since && at <= now) >= Count;
    }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        if (Count is < 2 or > 100)
        {
            errors.Add("repeatCount", "Between 2 and 100 complaints.");
        }

        if (Days is < 1 or > 3650)
        {
            errors.Add("repeatDays", "Between 1 and 3650 days.");
        }

        return errors;
    }
}
