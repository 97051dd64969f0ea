namespace GuestLoop.Domain.Sla;

/// <summary>A stretch of time during which a case waited for the guest or a third party; an open pause has no end.</summary>
public sealed record PauseInterval(DateTimeOffset Start, DateTimeOffset? End);

/// <summary>Turns a target into a due instant on a calendar, adding back the time the clock was paused.</summary>
public static class DeadlineCalculator
{
    /// <summary>The instant a target counted from <paramref name="start"/> falls due on <paramref name="calendar"/>.</summary>
    public static DateTimeOffset Due(WorkingCalendar calendar, SlaTarget target, DateTimeOffset start) =>
        Add(calendar, start, target.Amount, target.Unit);

    /// <summary>An amount counted in a unit from <paramref name="start"/>, with the working-time semantics of DESIGN §4.</summary>
    public static DateTimeOffset Add(WorkingCalendar calendar, DateTimeOffset start, int amount, DurationUnit unit) => unit switch
    {
        DurationUnit.WorkingDays => calendar.AddWorkingDays(start, amount),
        DurationUnit.WorkingHours => calendar.AddWorkingHours(start, TimeSpan.FromHours(amount)),
        DurationUnit.Hours => calendar.AddElapsed(start, TimeSpan.FromHours(amount)),
        DurationUnit.Minutes => calendar.AddElapsed(start, TimeSpan.FromMinutes(amount)),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>
    /// The due instant with pauses added back: each pause that begins after the start and before the (already
    /// extended) due instant pushes it out by the pause's length — its working time for working-time units,
    /// its wall-clock time otherwise. While a pause is still open the clock is stopped and there is no due instant.
    /// </summary>
    public static DateTimeOffset? Due(WorkingCalendar calendar, SlaTarget target, DateTimeOffset start, IEnumerable<PauseInterval> pauses)
    {
        var due = Due(calendar, target, start);
        var working = target.Unit is DurationUnit.WorkingDays or DurationUnit.WorkingHours;
        foreach (var pause in pauses.OrderBy(p => p.Start))
        {
            var from = pause.Start < start ? start : pause.Start;
            if (pause.End is { } end && end <= from)
            {
                continue;
            }

            if (from >= due)
            {
                break;
            }

            if (pause.End is not { } resumed)
            {
                return null;
            }

            due = working
                ? calendar.AddWorkingHours(due, calendar.WorkingTimeBetween(from, resumed))
                : due + (resumed - from);
        }

        return due;
    }
}
