using GuestLoop.Domain.Cases;

namespace GuestLoop.Domain.Sla;

/// <summary>An open stage deadline as the escalation rule sees it; a null due instant means the clock is paused.</summary>
public sealed record WatchedDeadline(DateTimeOffset StartedAt, DateTimeOffset? DueAt, DurationUnit Unit, Severity Severity);

/// <summary>The people a case's deadline concerns: its assignee, the head of its department, level 1 of its property.</summary>
public sealed record EscalationContacts(Guid? AssigneeId, Guid? DepartmentHeadId, IReadOnlyList<Guid> LevelOne);

/// <summary>One notification that is due: an event for one recipient, when it happened and when it may be delivered.</summary>
public sealed record EscalationNotice(EscalationEvent Event, Guid RecipientId, DateTimeOffset OccurredAt, DateTimeOffset DeliverAfter);

/// <summary>
/// Warnings and escalations of DESIGN §4: approaching → the assignee (the department head when nobody is assigned);
/// breached → the assignee and the department head; still open after the grace → level 1. Notifications of
/// non-urgent cases wait for the calendar's working hours; urgent ones go at once.
/// </summary>
public static class Escalation
{
    /// <summary>Every notice that has fallen due by <paramref name="now"/>; the caller sends each one once.</summary>
    public static IReadOnlyList<EscalationNotice> Due(WatchedDeadline deadline, EscalationContacts contacts,
        WorkingCalendar calendar, EscalationSettings settings, DateTimeOffset now)
    {
        if (deadline.DueAt is not { } due)
        {
            return [];
        }

        var notices = new List<EscalationNotice>();
        void Add(EscalationEvent e, DateTimeOffset at, IEnumerable<Guid?> recipients)
        {
            var deliverAfter = DeliverAfter(calendar, deadline.Severity, at);
            notices.AddRange(recipients.OfType<Guid>().Distinct().Select(r => new EscalationNotice(e, r, at, deliverAfter)));
        }

        if (now > due)
        {
            // A warning that the deadline is near is noise once it has passed; only the breach is told.
            Add(EscalationEvent.Breached, due, [contacts.AssigneeId, contacts.DepartmentHeadId]);
            var escalatesAt = EscalatesAt(calendar, settings, deadline.Severity, due);
            if (now >= escalatesAt)
            {
                Add(EscalationEvent.BreachedEscalated, escalatesAt, contacts.LevelOne.Select(id => (Guid?)id));
            }
        }
        else
        {
            var approachingAt = ApproachingAt(calendar, deadline.StartedAt, due, deadline.Unit, settings.ApproachingShare);
            if (now >= approachingAt)
            {
                Add(EscalationEvent.Approaching, approachingAt, [contacts.AssigneeId ?? contacts.DepartmentHeadId]);
            }
        }

        return notices;
    }

    /// <summary>
    /// The first instant after <paramref name="now"/> at which <see cref="Due"/> would give a notice it does not give at
    /// <paramref name="now"/>; null when the deadline has no notice left to give (escalated already) or its clock is
    /// paused. A scan that keeps this instant beside each deadline reads only the deadlines whose instant has come, so
    /// its cost follows what fell due instead of the open backlog.
    /// </summary>
    public static DateTimeOffset? NextAt(WatchedDeadline deadline, WorkingCalendar calendar, EscalationSettings settings, DateTimeOffset now)
    {
        if (deadline.DueAt is not { } due)
        {
            return null;
        }

        if (now <= due)
        {
            var approachingAt = ApproachingAt(calendar, deadline.StartedAt, due, deadline.Unit, settings.ApproachingShare);
            // The breach is told once the due instant has passed, so the instant after it is the one to look again.
            return now < approachingAt ? approachingAt : due.AddTicks(1);
        }

        var escalatesAt = EscalatesAt(calendar, settings, deadline.Severity, due);
        return now < escalatesAt ? escalatesAt : null;
    }

    /// <summary>
    /// The instant the given share of the target is used: in opening time for working-time units, in wall-clock
    /// time otherwise. Paused time inside the span counts on both sides, so the share stays a fair measure.
    /// </summary>
    public static DateTimeOffset ApproachingAt(WorkingCalendar calendar, DateTimeOffset start, DateTimeOffset due, DurationUnit unit, double share)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(share);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(share, 1);
        if (due <= start)
        {
            return due;
        }

        if (unit is DurationUnit.WorkingDays or DurationUnit.WorkingHours)
        {
            var total = calendar.WorkingTimeBetween(start, due);
            var at = calendar.AddWorkingHours(start, total * share);
            return at < due ? at : due;
        }

        return start + (due - start) * share;
    }

    /// <summary>When a breach still open goes to level 1: the grace counted from the due instant.</summary>
    public static DateTimeOffset EscalatesAt(WorkingCalendar calendar, EscalationSettings settings, Severity severity, DateTimeOffset due) =>
        severity == Severity.Urgent
            ? DeadlineCalculator.Add(calendar, due, settings.UrgentGraceAmount, settings.UrgentGraceUnit)
            : DeadlineCalculator.Add(calendar, due, settings.GraceAmount, settings.GraceUnit);

    /// <summary>Urgent cases at once; the others at the first working instant at or after the event.</summary>
    public static DateTimeOffset DeliverAfter(WorkingCalendar calendar, Severity severity, DateTimeOffset occurredAt) =>
        severity == Severity.Urgent ? occurredAt : calendar.NextWorkingInstant(occurredAt);
}
