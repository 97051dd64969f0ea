using GuestLoop.Domain.Sla;

namespace GuestLoop.Domain.Tests.Sla;

/// <summary>Calendars shared by the Sla tests.</summary>
public static class Calendars
{
    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static WorkingCalendar Cn { get; } = new(BuiltInCalendars.Get(BuiltInCalendars.China));

    public static WorkingCalendar Paris { get; } = new(BuiltInCalendars.Get("eu-paris"));

    public static WorkingCalendar Scenic { get; } = new(BuiltInCalendars.Get("scenic-7d"));

    /// <summary>Monday–Friday 09:00–12:00 and 13:00–18:00 in Shanghai, with no holidays.</summary>
    public static WorkingCalendar WithLunch { get; } = new(new CalendarDefinition("lunch", "Lunch break", "Asia/Shanghai",
        [.. Enumerable.Range(1, 5).SelectMany(d => new[]
        {
            new WeeklyShift((DayOfWeek)d, new TimeOnly(9, 0), new TimeOnly(12, 0)),
            new WeeklyShift((DayOfWeek)d, new TimeOnly(13, 0), new TimeOnly(18, 0)),
        })], []));

    public static DateTimeOffset Bj(int y, int m, int d, int h = 0, int min = 0) => new(y, m, d, h, min, 0, Beijing);
}
