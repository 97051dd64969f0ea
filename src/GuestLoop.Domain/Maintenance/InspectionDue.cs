namespace GuestLoop.Domain.Maintenance;

/// <summary>When a scheduled round counts as due and when as overdue: after its due instant plus the grace minutes.</summary>
public static class InspectionDue
{
    public static DateTimeOffset OverdueFrom(DateTimeOffset due, int graceMinutes) => due.AddMinutes(graceMinutes);

    /// <summary>Overdue once due plus grace has passed (strictly: at the very instant it is still on time).</summary>
    public static bool IsOverdue(DateTimeOffset due, int graceMinutes, DateTimeOffset now) => now > OverdueFrom(due, graceMinutes);

    /// <summary>Shown among the rounds to do now: due within <paramref name="ahead"/>, or already past.</summary>
    public static bool IsDueSoon(DateTimeOffset due, DateTimeOffset now, TimeSpan ahead) => due <= now + ahead;
}
