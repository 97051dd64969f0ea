using System.Globalization;

namespace GuestLoop.Domain.Sla;

/// <summary>
/// Everything that defines a working calendar: its IANA time zone, its weekly opening shifts and its
/// dated exceptions. Holidays and adjusted working days are data an administrator edits; only the years after the
/// last published arrangement of a calendar that follows the PRC statutory holidays are computed, provisionally.
/// </summary>
public sealed record CalendarDefinition(
    string Code,
    string Name,
    string TimeZoneId,
    IReadOnlyList<WeeklyShift> Shifts,
    IReadOnlyList<SpecialDay> SpecialDays)
{
    /// <summary>Whether years beyond the published arrangements get <see cref="StatutoryHolidays"/> (deadlines there are provisional).</summary>
    public bool FollowsStatutoryHolidays { get; init; }

    /// <summary>
    /// The last year whose arrangement the calendar holds: the last with a holiday from February on (a notice's
    /// New Year period may begin in the December before its year, which does not publish that year).
    /// </summary>
    public int? LastPublishedYear => SpecialDays.Where(d => d.Kind == SpecialDayKind.Holiday && d.Date.Month >= 2)
        .Select(d => (int?)d.Date.Year).Max();
}

/// <summary>
/// An opening interval on a weekday in local time; several per day model a lunch break. An end of "24:00"
/// (<see cref="TimeOnly.MaxValue"/>) runs to midnight, so a round-the-clock calendar has no gap between days.
/// </summary>
public sealed record WeeklyShift(DayOfWeek Day, TimeOnly Start, TimeOnly End)
{
    public const string Midnight = "24:00";

    public bool IsValid => End > Start;

    /// <summary>"Monday 09:00-12:00", or "Sunday 00:00-24:00" for a whole day.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Day} {Start:HH:mm}-{(End == TimeOnly.MaxValue ? Midnight : End.ToString("HH:mm", CultureInfo.InvariantCulture))}");

    /// <summary>Reads "Monday 09:00-12:00"; throws <see cref="FormatException"/> on anything else.</summary>
    public static WeeklyShift Parse(string text)
    {
        var parts = text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3 || !Enum.TryParse<DayOfWeek>(parts[0], true, out var day) || int.TryParse(parts[0], out _)
            || !TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !TryParseEnd(parts[2], out var end)
            || end <= start)
        {
            throw new FormatException($"A shift reads like 'Monday 09:00-12:00' and ends after it starts, not '{text}'.");
        }

        return new WeeklyShift(day, start, end);
    }

    private static bool TryParseEnd(string text, out TimeOnly end)
    {
        if (text == Midnight)
        {
            end = TimeOnly.MaxValue;
            return true;
        }

        return TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out end);
    }
}

/// <summary>A dated exception: a holiday (day off) or an adjusted working day (调休).</summary>
public sealed record SpecialDay(DateOnly Date, SpecialDayKind Kind, string Name);

public enum SpecialDayKind
{
    Holiday,
    AdjustedWorkday,
}

/// <summary>What a calendar says about one date.</summary>
public sealed record CalendarDay(DateOnly Date, bool IsWorkingDay, string? Name, CalendarDayKind Kind);

public enum CalendarDayKind
{
    /// <summary>A weekday with opening shifts.</summary>
    Workday,
    /// <summary>A weekday without shifts (a weekend, for the default calendar).</summary>
    Rest,
    Holiday,
    AdjustedWorkday,
}
