using GuestLoop.Domain.Sla;

namespace GuestLoop.Domain.Improvement;

/// <summary>
/// Overdue improvement actions escalate like case deadlines: the owner hears at once when the due date has
/// passed (close of business on the due date, or of the next working day), the owner's department head and
/// level 1 a working day later. Notices wait for the calendar's working hours.
/// </summary>
public static class ImprovementEscalation
{
    /// <summary>When an action due on a date counts as overdue on this calendar.</summary>
    public static DateTimeOffset OverdueAt(WorkingCalendar calendar, DateOnly dueOn)
    {
        var midnight = dueOn.ToDateTime(TimeOnly.MinValue);
        return calendar.AddWorkingDays(new DateTimeOffset(midnight, calendar.TimeZone.GetUtcOffset(midnight)), 0);
    }

    /// <summary>The notices due by <paramref name="now"/> for an open action; none once it is done.</summary>
    public static IReadOnlyList<EscalationNotice> Due(ImprovementState state, DateOnly dueOn, Guid ownerId, Guid? ownerHeadId,
        IReadOnlyList<Guid> levelOne, WorkingCalendar calendar, DateTimeOffset now)
    {
        if (state != ImprovementState.Open)
        {
            return [];
        }

        var overdueAt = OverdueAt(calendar, dueOn);
        if (now <= overdueAt)
        {
            return [];
        }

        var notices = new List<EscalationNotice> { new(EscalationEvent.ActionOverdue, ownerId, overdueAt, calendar.NextWorkingInstant(overdueAt)) };
        var escalatesAt = calendar.AddWorkingDays(overdueAt, 1);
        if (now >= escalatesAt)
        {
            var deliver = calendar.NextWorkingInstant(escalatesAt);
            notices.AddRange(new[] { ownerHeadId }.OfType<Guid>().Concat(levelOne).Where(id => id != ownerId).Distinct()
                .Select(id => new EscalationNotice(EscalationEvent.ActionEscalated, id, escalatesAt, deliver)));
        }

        return notices;
    }
}
