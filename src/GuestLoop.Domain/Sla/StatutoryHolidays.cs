using System.Globalization;

namespace GuestLoop.Domain.Sla;

/// <summary>
/// The statutory holidays of 《全国年节及纪念日放假办法》, for a year whose arrangement the State Council has not yet
/// published. Only the days the rules fix — the holidays, and a weekday off for each one that falls on a weekend (第六条
/// 补假, the next weekday after it that is not a holiday) — not the weekend days the notice moves around them (调休).
/// Before 2025 the 2013 text applies (春节 from the first day, 劳动节 one day); from 2025 the 2024 amendment.
/// </summary>
public static class StatutoryHolidays
{
    public const int AmendedFrom = 2025;

    /// <summary>The end of the name of a weekday given for a holiday that fell on a weekend.</summary>
    public const string Compensation = "补休";

    private static readonly ChineseLunisolarCalendar Lunar = new();

    /// <summary>The statutory holidays of a Gregorian year (1902–2100), each date once, in order.</summary>
    public static IReadOnlyList<SpecialDay> Of(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1902);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2100);
        var amended = year >= AmendedFrom;
        var days = new SortedDictionary<DateOnly, string>();
        void Add(DateOnly first, int count, string name)
        {
            for (var i = 0; i < count; i++)
            {
                var date = first.AddDays(i);
                days[date] = days.TryGetValue(date, out var other) && other != name ? $"{name}、{other}" : name;
            }
        }

        Add(new DateOnly(year, 1, 1), 1, "元旦");
        var newYear = LunarDate(year, 1, 1);
        Add(amended ? newYear.AddDays(-1) : newYear, amended ? 4 : 3, "春节");
        Add(SolarTerms.Qingming(year), 1, "清明节");
        Add(new DateOnly(year, 5, 1), amended ? 2 : 1, "劳动节");
        Add(LunarDate(year, 5, 5), 1, "端午节");
        Add(new DateOnly(year, 10, 1), 3, "国庆节");
        Add(LunarDate(year, 8, 15), 1, "中秋节");
        foreach (var (date, name) in days.Where(d => IsWeekend(d.Key)).ToList())
        {
            var instead = date.AddDays(1);
            while (IsWeekend(instead) || days.ContainsKey(instead))
            {
                instead = instead.AddDays(1);
            }

            days[instead] = name.Split('、')[0] + Compensation;
        }

        return [.. days.Select(d => new SpecialDay(d.Key, SpecialDayKind.Holiday, d.Value))];
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>The Gregorian date of a day of a regular (not leap) month of the lunar year that begins in <paramref name="year"/>.</summary>
    public static DateOnly LunarDate(int year, int month, int day)
    {
        // GetLeapMonth gives the index of the leap month, which comes after the regular month of the same number.
        var leap = Lunar.GetLeapMonth(year);
        var index = leap > 0 && leap <= month ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }
}
