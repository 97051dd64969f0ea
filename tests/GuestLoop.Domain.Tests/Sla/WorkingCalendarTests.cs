using GuestLoop.Domain.Sla;
using static GuestLoop.Domain.Tests.Sla.Calendars;

namespace GuestLoop.Domain.Tests.Sla;

public class WorkingCalendarTests
{
    public static TheoryData<DateTimeOffset, int, DateTimeOffset> WorkingDayCases => new()
    {
        // An ordinary week: the day of receipt never counts, in or out of hours.
        { Bj(2026, 3, 2, 10), 1, Bj(2026, 3, 3, 18) },
        { Bj(2026, 3, 2, 23), 1, Bj(2026, 3, 3, 18) },
        { Bj(2026, 3, 2, 7), 1, Bj(2026, 3, 3, 18) },
        { Bj(2026, 3, 6, 17), 1, Bj(2026, 3, 9, 18) },
        { Bj(2026, 3, 7, 12), 1, Bj(2026, 3, 9, 18) },
        { Bj(2026, 3, 2, 10), 5, Bj(2026, 3, 9, 18) },
        // 2025 National Day + Mid-Autumn: Oct 1–8 off, Sunday Sep 28 and Saturday Oct 11 worked.
        { Bj(2025, 9, 26, 10), 1, Bj(2025, 9, 28, 18) },
        { Bj(2025, 9, 30, 10), 1, Bj(2025, 10, 9, 18) },
        { Bj(2025, 9, 30, 10), 3, Bj(2025, 10, 11, 18) },
        { Bj(2025, 10, 3, 10), 1, Bj(2025, 10, 9, 18) },
        // 2025 Spring Festival: Jan 28–Feb 4 off, Sunday Jan 26 and Saturday Feb 8 worked.
        { Bj(2025, 1, 24, 16), 1, Bj(2025, 1, 26, 18) },
        { Bj(2025, 1, 27, 9), 1, Bj(2025, 2, 5, 18) },
        { Bj(2025, 2, 7, 9), 1, Bj(2025, 2, 8, 18) },
        // 2025 Labour Day: May 1–5 off, Sunday Apr 27 worked.
        { Bj(2025, 4, 25, 12), 1, Bj(2025, 4, 27, 18) },
        { Bj(2025, 4, 30, 12), 1, Bj(2025, 5, 6, 18) },
        // 2026 New Year: Jan 1–3 off, Sunday Jan 4 worked.
        { Bj(2025, 12, 31, 12), 1, Bj(2026, 1, 4, 18) },
        // 2026 Spring Festival: Feb 15–23 off, Saturdays Feb 14 and Feb 28 worked.
        { Bj(2026, 2, 13, 15), 1, Bj(2026, 2, 14, 18) },
        { Bj(2026, 2, 13, 15), 2, Bj(2026, 2, 24, 18) },
        { Bj(2026, 2, 27, 15), 1, Bj(2026, 2, 28, 18) },
        // 2026 Labour Day: May 1–5 off, Saturday May 9 worked.
        { Bj(2026, 4, 30, 17), 1, Bj(2026, 5, 6, 18) },
        { Bj(2026, 5, 8, 10), 1, Bj(2026, 5, 9, 18) },
        // 2026 National Day: Oct 1–7 off, Sunday Sep 20 and Saturday Oct 10 worked.
        { Bj(2026, 9, 18, 10), 1, Bj(2026, 9, 20, 18) },
        { Bj(2026, 9, 30, 10), 1, Bj(2026, 10, 8, 18) },
        { Bj(2026, 9, 30, 10), 3, Bj(2026, 10, 10, 18) },
        // 2020 Spring Festival as extended: off through Feb 2, Feb 1 no longer a working day.
        { Bj(2020, 1, 23, 10), 1, Bj(2020, 2, 3, 18) },
        // Zero working days: the close of the working day in progress, or the next one.
        { Bj(2026, 3, 2, 10), 0, Bj(2026, 3, 2, 18) },
        { Bj(2026, 3, 2, 19), 0, Bj(2026, 3, 3, 18) },
        { Bj(2026, 10, 2, 10), 0, Bj(2026, 10, 8, 18) },
    };

    [Theory]
    [MemberData(nameof(WorkingDayCases))]
    public void Working_days_end_at_close_of_business_of_the_nth_working_day(DateTimeOffset start, int days, DateTimeOffset expected) =>
        Assert.Equal(expected, Cn.AddWorkingDays(start, days));

    [Fact]
    public void A_UTC_instant_is_counted_from_its_local_date()
    {
        // 2025-09-30T20:00Z is already Oct 1 in Beijing, a holiday; the next working day is Oct 9.
        Assert.Equal(Bj(2025, 10, 9, 18), Cn.AddWorkingDays(new DateTimeOffset(2025, 9, 30, 20, 0, 0, TimeSpan.Zero), 1));
        Assert.Equal(Bj(2025, 10, 9, 18), Cn.AddWorkingDays(new DateTimeOffset(2025, 9, 30, 2, 0, 0, TimeSpan.Zero), 1));
    }

    public static TheoryData<DateTimeOffset, double, DateTimeOffset> WorkingHourCases => new()
    {
        { Bj(2026, 3, 2, 10), 2, Bj(2026, 3, 2, 12) },
        { Bj(2026, 3, 2, 17), 2, Bj(2026, 3, 3, 10) },
        { Bj(2026, 3, 2, 19), 2, Bj(2026, 3, 3, 11) },
        { Bj(2026, 3, 6, 17), 9, Bj(2026, 3, 9, 17) },
        { Bj(2026, 4, 30, 17), 2, Bj(2026, 5, 6, 10) },
        { Bj(2026, 2, 13, 17), 2, Bj(2026, 2, 14, 10) },
        { Bj(2026, 3, 2, 10), 0.5, Bj(2026, 3, 2, 10, 30) },
        { Bj(2026, 3, 2, 18), 9, Bj(2026, 3, 3, 18) },
    };

    [Theory]
    [MemberData(nameof(WorkingHourCases))]
    public void Working_hours_consume_opening_time_only(DateTimeOffset start, double hours, DateTimeOffset expected) =>
        Assert.Equal(expected, Cn.AddWorkingHours(start, TimeSpan.FromHours(hours)));

    [Fact]
    public void A_lunch_break_is_a_gap_between_shifts_not_a_holiday()
    {
        Assert.Equal(Bj(2026, 3, 2, 14), WithLunch.AddWorkingHours(Bj(2026, 3, 2, 11), TimeSpan.FromHours(2)));
        Assert.Equal(Bj(2026, 3, 2, 13, 30), WithLunch.AddWorkingHours(Bj(2026, 3, 2, 12, 15), TimeSpan.FromMinutes(30)));
        Assert.Equal(TimeSpan.FromHours(8), WithLunch.WorkingTimeBetween(Bj(2026, 3, 2, 0), Bj(2026, 3, 3, 0)));
        Assert.True(WithLunch.IsWorkingDay(new DateOnly(2026, 3, 2)));
        Assert.Equal(Bj(2026, 3, 3, 18), WithLunch.AddWorkingDays(Bj(2026, 3, 2, 12, 30), 1));
    }

    [Fact]
    public void Elapsed_hours_run_through_nights_and_holidays()
    {
        Assert.Equal(Bj(2025, 10, 2, 8), Cn.AddElapsed(new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(24)));
        Assert.Equal(Bj(2026, 2, 18, 15), Cn.AddElapsed(Bj(2026, 2, 15, 15), TimeSpan.FromHours(72)));
    }

    [Fact]
    public void Working_time_between_counts_only_opening_hours()
    {
        Assert.Equal(TimeSpan.FromHours(9), Cn.WorkingTimeBetween(Bj(2026, 3, 6, 17), Bj(2026, 3, 9, 17)));
        Assert.Equal(TimeSpan.Zero, Cn.WorkingTimeBetween(Bj(2025, 10, 1, 0), Bj(2025, 10, 8, 23)));
        Assert.Equal(TimeSpan.FromHours(1), Cn.WorkingTimeBetween(Bj(2026, 4, 30, 17), Bj(2026, 5, 6, 9)));
        Assert.Equal(TimeSpan.Zero, Cn.WorkingTimeBetween(Bj(2026, 3, 3, 0), Bj(2026, 3, 2, 0)));
    }

    [Theory]
    [InlineData("2026-05-01", false, CalendarDayKind.Holiday, "劳动节")]
    [InlineData("2026-05-09", true, CalendarDayKind.AdjustedWorkday, "劳动节调休上班")]
    [InlineData("2026-05-10", false, CalendarDayKind.Rest, null)]
    [InlineData("2026-05-11", true, CalendarDayKind.Workday, null)]
    [InlineData("2026-02-14", true, CalendarDayKind.AdjustedWorkday, "春节调休上班")]
    [InlineData("2022-12-31", false, CalendarDayKind.Holiday, "元旦")]
    public void Describe_names_holidays_and_adjusted_days(string date, bool working, CalendarDayKind kind, string? name)
    {
        var day = Cn.Describe(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(working, day.IsWorkingDay);
        Assert.Equal(kind, day.Kind);
        Assert.Equal(name, day.Name);
    }

    [Fact]
    public void The_cn_calendar_covers_every_year_from_2020_to_2026()
    {
        foreach (var year in Enumerable.Range(2020, 7))
        {
            var holidays = Cn.Definition.SpecialDays.Where(d => d.Date.Year == year && d.Kind == SpecialDayKind.Holiday).Select(d => d.Name).Distinct().ToList();
            Assert.True(holidays.Count >= 6, $"{year} has only {holidays.Count} named holidays");
            Assert.Contains("春节", holidays);
            Assert.Contains("劳动节", holidays);
            Assert.NotNull(BuiltInCalendars.SourceOf(BuiltInCalendars.China, year));
        }

        // Every adjusted working day falls on a weekend; a weekday would not need one.
        Assert.All(Cn.Definition.SpecialDays.Where(d => d.Kind == SpecialDayKind.AdjustedWorkday),
            d => Assert.True(d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{d.Date} is a weekday"));
        Assert.Equal(Cn.Definition.SpecialDays.Count, Cn.Definition.SpecialDays.Select(d => d.Date).Distinct().Count());
    }

    [Fact]
    public void A_seven_day_scenic_calendar_works_weekends()
    {
        Assert.Equal(Bj(2026, 3, 8, 18), Scenic.AddWorkingDays(Bj(2026, 3, 7, 9), 1));
        Assert.Equal(Bj(2026, 3, 8, 9), Scenic.AddWorkingHours(Bj(2026, 3, 7, 17), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Paris_counts_in_local_time_across_daylight_saving()
    {
        var cet = TimeSpan.FromHours(1);
        var cest = TimeSpan.FromHours(2);
        // Friday 27 March 2026, 17:00 CET; clocks go forward on Sunday 29 March; the next working day closes at 17:30 CEST.
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 17, 30, 0, cest), Paris.AddWorkingDays(new DateTimeOffset(2026, 3, 27, 17, 0, 0, cet), 1));
        // Working hours: 30 minutes left on Friday, then from 09:00 CEST on Monday.
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 9, 30, 0, cest), Paris.AddWorkingHours(new DateTimeOffset(2026, 3, 27, 17, 0, 0, cet), TimeSpan.FromHours(1)));
        // Elapsed: 48 wall-clock hours across the jump are 49 local hours.
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 13, 0, 0, cest), Paris.AddElapsed(new DateTimeOffset(2026, 3, 27, 12, 0, 0, cet), TimeSpan.FromHours(48)));
        // Autumn back on 25 October 2026, with Easter Monday and All Saints' as holidays.
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 17, 30, 0, cet), Paris.AddWorkingDays(new DateTimeOffset(2026, 10, 23, 10, 0, 0, cest), 1));
        Assert.Equal(new DateTimeOffset(2026, 4, 7, 17, 30, 0, cest), Paris.AddWorkingDays(new DateTimeOffset(2026, 4, 3, 10, 0, 0, cest), 1));
    }

    [Fact]
    public void Bad_definitions_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new WorkingCalendar(new CalendarDefinition("x", "x", "Mars/Olympus", [new WeeklyShift(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(18, 0))], [])));
        Assert.Throws<ArgumentException>(() => new WorkingCalendar(new CalendarDefinition("x", "x", "UTC", [], [])));
        Assert.Throws<ArgumentException>(() => new WorkingCalendar(new CalendarDefinition("x", "x", "UTC", [new WeeklyShift(DayOfWeek.Monday, new TimeOnly(18, 0), new TimeOnly(9, 0))], [])));
        Assert.Throws<FormatException>(() => WeeklyShift.Parse("Funday 09:00-18:00"));
        Assert.Throws<FormatException>(() => WeeklyShift.Parse("Monday 18:00-09:00"));
        Assert.Equal(new WeeklyShift(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(12, 30)), WeeklyShift.Parse("Monday 09:00-12:30"));
        Assert.Equal("Monday 09:00-12:30", WeeklyShift.Parse("monday 09:00-12:30").ToString());
    }

    [Fact]
    public void A_calendar_whose_every_day_is_a_holiday_fails_loudly_rather_than_looping()
    {
        var allOff = Enumerable.Range(0, 4000).Select(i => new SpecialDay(new DateOnly(2026, 1, 1).AddDays(i), SpecialDayKind.Holiday, "closed")).ToList();
        var closed = new WorkingCalendar(new CalendarDefinition("closed", "closed", "UTC", [new WeeklyShift(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(18, 0))], allOff));

        Assert.Throws<InvalidOperationException>(() => closed.AddWorkingDays(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), 1));
        Assert.Throws<InvalidOperationException>(() => closed.AddWorkingHours(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1)));
    }
}
