using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Sla;
using static GuestLoop.Domain.Tests.Sla.Calendars;

namespace GuestLoop.Domain.Tests.Sla;

public class StatutoryHolidaysTests
{
    public static TheoryData<int> PublishedYears => new() { 2020, 2021, 2022, 2023, 2024, 2025, 2026 };

    [Theory]
    [MemberData(nameof(PublishedYears))]
    public void Every_computed_statutory_holiday_lies_in_the_published_holidays_of_its_year(int year)
    {
        var computed = StatutoryHolidays.Of(year);

        Assert.All(computed, day => Assert.Equal(CalendarDayKind.Holiday, Cn.Describe(day.Date).Kind));
        // 元旦 1, 春节 3 (4 from 2025), 清明 1, 劳动节 1 (2 from 2025), 端午 1, 中秋 1, 国庆 3; 中秋 fell on 1 October in 2020.
        var statutory = computed.Where(d => !d.Name.EndsWith(StatutoryHolidays.Compensation, StringComparison.Ordinal)).ToList();
        Assert.Equal((year >= 2025 ? 13 : 11) - (year == 2020 ? 1 : 0), statutory.Count);
        // One weekday off for each statutory day on a weekend.
        Assert.Equal(statutory.Count(d => d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday), computed.Count - statutory.Count);
    }

    [Fact]
    public void The_amended_rules_give_new_years_eve_and_the_second_of_may()
    {
        var days = StatutoryHolidays.Of(2027).ToDictionary(d => d.Date, d => d.Name);

        Assert.Equal("元旦", days[new DateOnly(2027, 1, 1)]);
        // 春节 2027 is 6 February: 除夕 the 5th to 初三 the 8th.
        Assert.Equal([new DateOnly(2027, 2, 5), new(2027, 2, 6), new(2027, 2, 7), new(2027, 2, 8)],
            days.Where(d => d.Value == "春节").Select(d => d.Key));
        Assert.Equal("清明节", days[new DateOnly(2027, 4, 5)]);
        Assert.Equal("劳动节", days[new DateOnly(2027, 5, 2)]);
        Assert.Equal("端午节", days[new DateOnly(2027, 6, 9)]);
        Assert.Equal("中秋节", days[new DateOnly(2027, 9, 15)]);
        Assert.Equal("国庆节", days[new DateOnly(2027, 10, 3)]);
        // Weekdays off for the holidays on a weekend: 6–7 February, 1–2 May, 2–3 October.
        Assert.Equal([new DateOnly(2027, 2, 9), new(2027, 2, 10), new(2027, 5, 3), new(2027, 5, 4), new(2027, 10, 4), new(2027, 10, 5)],
            days.Where(d => d.Value.EndsWith(StatutoryHolidays.Compensation, StringComparison.Ordinal)).Select(d => d.Key));
        Assert.Equal("国庆节补休", days[new DateOnly(2027, 10, 4)]);
        Assert.Equal(19, days.Count);
    }

    [Theory]
    // 2020 had a leap fourth month, 2023 a leap second, 2025 a leap sixth, 2028 a leap fifth.
    [InlineData(2020, 5, 5, 2020, 6, 25)]
    [InlineData(2020, 8, 15, 2020, 10, 1)]
    [InlineData(2023, 5, 5, 2023, 6, 22)]
    [InlineData(2023, 8, 15, 2023, 9, 29)]
    [InlineData(2025, 8, 15, 2025, 10, 6)]
    [InlineData(2028, 5, 5, 2028, 5, 28)]
    [InlineData(2028, 8, 15, 2028, 10, 3)]
    public void Lunar_dates_skip_the_leap_month(int year, int month, int day, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), StatutoryHolidays.LunarDate(year, month, day));

    [Theory]
    [InlineData(2020, 4)]
    [InlineData(2021, 4)]
    [InlineData(2022, 5)]
    [InlineData(2023, 5)]
    [InlineData(2024, 4)]
    [InlineData(2025, 4)]
    [InlineData(2026, 5)]
    [InlineData(2027, 5)]
    [InlineData(2028, 4)]
    [InlineData(2029, 4)]
    [InlineData(2030, 5)]
    public void Qingming_falls_on_the_known_dates(int year, int day) =>
        Assert.Equal(new DateOnly(year, 4, day), SolarTerms.Qingming(year));

    [Fact]
    public void Qingming_is_on_the_fourth_or_fifth_of_april_up_to_2100()
    {
        for (var year = 2020; year <= 2100; year++)
        {
            Assert.InRange(SolarTerms.Qingming(year), new DateOnly(year, 4, 4), new DateOnly(year, 4, 5));
        }
    }

    [Fact]
    public void Working_days_after_the_published_years_skip_the_statutory_holidays_and_are_provisional()
    {
        Assert.Equal(2026, Cn.LastPublishedYear);
        // 2027-01-01 (元旦) is a Friday: the next working day is Monday the 4th.
        var due = Cn.AddWorkingDays(Bj(2026, 12, 31, 10), 1);
        Assert.Equal(Bj(2027, 1, 4, 18), due);
        Assert.Equal(Bj(2027, 1, 5, 18), Cn.AddWorkingDays(Bj(2026, 12, 28, 10), 5));
        Assert.True(Cn.IsProvisional(due));
        Assert.False(Cn.IsProvisional(Bj(2026, 12, 31, 18)));
        Assert.Equal(CalendarDayKind.Holiday, Cn.Describe(new DateOnly(2027, 10, 1)).Kind);
    }

    [Fact]
    public void Published_days_of_a_later_year_win_and_a_published_arrangement_ends_the_computation()
    {
        var cn = BuiltInCalendars.Get(BuiltInCalendars.China);
        // A notice that makes 2027-02-04 a holiday and Sunday 2027-02-07 a working day.
        var published = cn with
        {
            SpecialDays = [.. cn.SpecialDays, new SpecialDay(new DateOnly(2027, 2, 4), SpecialDayKind.Holiday, "春节"),
                new SpecialDay(new DateOnly(2027, 2, 7), SpecialDayKind.AdjustedWorkday, "春节调休上班")],
        };
        var calendar = new WorkingCalendar(published);

        Assert.Equal(2027, calendar.LastPublishedYear);
        Assert.False(calendar.IsProvisional(Bj(2027, 12, 31, 18)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 2, 7)));
        // Only what the notice says counts for a published year: 2027-02-05 is not in it, so a working day.
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 2, 5)));
    }

    [Fact]
    public void A_calendar_that_does_not_follow_the_statutory_holidays_is_never_provisional()
    {
        Assert.Null(Paris.LastPublishedYear);
        Assert.False(Paris.IsProvisional(new DateTimeOffset(2040, 1, 2, 12, 0, 0, TimeSpan.Zero)));
        Assert.True(Scenic.IsWorkingDay(new DateOnly(2040, 10, 1)));
    }
}

public class ProvisionalDeadlineTests
{
    [Fact]
    public void Only_working_time_deadlines_due_in_an_unpublished_year_are_provisional()
    {
        // 10:00 in Beijing on 31 December 2026: 24 hours and 1 working day both end in 2027.
        var received = Bj(2026, 12, 31, 10);
        var c = Case.Receive(new NewCase(Guid.NewGuid(), CaseKind.Praise, Channel.Web, "感谢", "服务很好"), "C-1", "t", Actor.Guest("张伟"), received);

        var tourism = CaseClock.Compute(c, SlaPresets.Tourism.TargetsFor(c.Kind, c.Severity), Cn);
        var scenic = CaseClock.Compute(c, SlaPresets.Scenic.TargetsFor(c.Kind, c.Severity), Cn);

        Assert.False(tourism.Single(d => d.Stage == SlaStage.Response).Provisional);
        Assert.True(tourism.Single(d => d.Stage == SlaStage.Recognition).Provisional);
        var response = scenic.Single(d => d.Stage == SlaStage.Response);
        Assert.Equal((Bj(2027, 1, 4, 18), true), (response.DueAt, response.Provisional));
        var december = CaseClock.Compute(Case.Receive(new NewCase(Guid.NewGuid(), CaseKind.Praise, Channel.Web, "感谢", "服务很好"), "C-2", "t",
            Actor.Guest("张伟"), Bj(2026, 12, 1, 10)), SlaPresets.Scenic.TargetsFor(CaseKind.Praise, Severity.General), Cn);
        Assert.All(december, d => Assert.False(d.Provisional));
    }
}
