using GuestLoop.Domain.Sla;

namespace GuestLoop.Web.Features.Sla;

/// <summary>Between the editable rows of a calendar and the domain's <see cref="CalendarDefinition"/>.</summary>
public static class CalendarMapping
{
    public static CalendarDefinition ToDefinition(CalendarRecord record, IEnumerable<CalendarDayRecord> days) =>
        new(record.Code, record.Name, record.TimeZoneId,
            record.Shifts.Select(ParseShift).ToList(),
            days.Select(d => new SpecialDay(d.Date, d.IsWorkingDay ? SpecialDayKind.AdjustedWorkday : SpecialDayKind.Holiday, d.Name)).ToList())
        {
            FollowsStatutoryHolidays = record.FollowsStatutoryHolidays == true,
        };

    public static string FormatShift(WeeklyShift shift) => shift.ToString();

    /// <summary>Parses "Monday 09:00-12:00".</summary>
    public static WeeklyShift ParseShift(string text) => WeeklyShift.Parse(text);

    public static CalendarRecord ToRecord(CalendarDefinition definition, DateTimeOffset now) => new()
    {
        Code = definition.Code,
        Name = definition.Name,
        TimeZoneId = definition.TimeZoneId,
        Shifts = definition.Shifts.Select(FormatShift).ToList(),
        FollowsStatutoryHolidays = definition.FollowsStatutoryHolidays,
        UpdatedAt = now,
    };
}
