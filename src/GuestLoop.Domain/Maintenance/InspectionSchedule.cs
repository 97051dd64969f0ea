namespace GuestLoop.Domain.Maintenance;

/// <summary>
/// A checklist (and the asset it is about, if any) that a department does on a recurrence. The schedule keeps the instant
/// its next round is due and the instant that round becomes overdue (due plus the grace minutes), moved on when a round
/// of it is completed: one occurrence is one due instant, and so one overdue notice.
/// </summary>
public sealed class InspectionSchedule
{
    /// <summary>A week: beyond that the round is simply late.</summary>
    public const int MaxGraceMinutes = 7 * 24 * 60;

    private InspectionSchedule()
    {
    }

    public Guid Id { get; private set; }

    public Guid PropertyId { get; private set; }

    public Guid ChecklistId { get; private set; }

    public Guid? AssetId { get; private set; }

    public Guid DepartmentId { get; private set; }

    public int Every { get; private set; }

    public RecurrenceUnit Unit { get; private set; }

    public TimeOnly? At { get; private set; }

    public int GraceMinutes { get; private set; }

    public bool Active { get; private set; } = true;

    public DateTimeOffset? LastCompletedAt { get; private set; }

    public DateTimeOffset NextDueAt { get; private set; }

    /// <summary><see cref="NextDueAt"/> plus the grace: the escalation round reads the schedules whose instant has come.</summary>
    public DateTimeOffset OverdueAt { get; private set; }

    public InspectionRecurrence Recurrence => new(Every, Unit, At);

    public static InspectionSchedule Create(Guid id, Guid propertyId, Guid checklistId, Guid? assetId, Guid departmentId, InspectionRecurrence recurrence,
        int graceMinutes, DateTimeOffset firstFrom, TimeZoneInfo zone)
    {
        var schedule = new InspectionSchedule { Id = id, PropertyId = propertyId, ChecklistId = checklistId };
        schedule.Change(assetId, departmentId, recurrence, graceMinutes, true, firstFrom, zone);
        return schedule;
    }

    /// <summary>A new recurrence counts from the last completed round, or without one from <paramref name="now"/>.</summary>
    public void Change(Guid? assetId, Guid departmentId, InspectionRecurrence recurrence, int graceMinutes, bool active, DateTimeOffset now, TimeZoneInfo zone)
    {
        var errors = new FieldErrors();
        Check(errors, recurrence, graceMinutes);
        errors.ThrowIfAny();
        var changed = recurrence != Recurrence || NextDueAt == default;
        (AssetId, DepartmentId, Every, Unit, At, GraceMinutes, Active) =
            (assetId, departmentId, recurrence.Every, recurrence.Unit, recurrence.At, graceMinutes, active);
        if (changed)
        {
            NextDueAt = LastCompletedAt is { } last ? recurrence.After(last, zone) : recurrence.First(now, zone);
        }

        OverdueAt = InspectionDue.OverdueFrom(NextDueAt, GraceMinutes);
    }

    public static void Check(FieldErrors errors, InspectionRecurrence recurrence, int graceMinutes)
    {
        recurrence.Check(errors);
        if (graceMinutes is < 0 or > MaxGraceMinutes)
        {
            errors.Add("graceMinutes", $"From 0 to {MaxGraceMinutes} minutes (a week).");
        }
    }

    /// <summary>A round of this schedule was completed: the next one is due a period on.</summary>
    public void RoundCompleted(DateTimeOffset at, TimeZoneInfo zone)
    {
        LastCompletedAt = at;
        NextDueAt = Recurrence.After(at, zone);
        OverdueAt = InspectionDue.OverdueFrom(NextDueAt, GraceMinutes);
    }

    public bool IsOverdue(DateTimeOffset now) => Active && InspectionDue.IsOverdue(NextDueAt, GraceMinutes, now);
}
