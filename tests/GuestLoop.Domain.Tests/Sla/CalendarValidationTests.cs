using GuestLoop.Domain.Sla;

namespace GuestLoop.Domain.Tests.Sla;

public class CalendarValidationTests
{
    private static readonly WeeklyShift Morning = WeeklyShift.Parse("Monday 09:00-12:00");
    private static readonly WeeklyShift Afternoon = WeeklyShift.Parse("Monday 13:30-18:00");

    private static CalendarDefinition Calendar(string zone = "Asia/Shanghai", WeeklyShift[]? shifts = null, SpecialDay[]? days = null) =>
        new("office", "办公室", zone, shifts ?? [Morning, Afternoon], days ?? []);

    [Fact]
    public void A_calendar_with_a_lunch_break_is_valid() => Assert.Empty(Calendar().Validate());

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("")]
    [InlineData("China Standard Time")]
    public void An_unknown_or_non_IANA_zone_is_refused(string zone) =>
        Assert.Contains(Calendar(zone).Validate(), e => e.Field == "timeZone");

    [Fact]
    public void Overlapping_and_backwards_shifts_are_refused()
    {
        var errors = Calendar(shifts: [Morning, new WeeklyShift(DayOfWeek.Monday, new TimeOnly(11, 0), new TimeOnly(14, 0)),
            new WeeklyShift(DayOfWeek.Tuesday, new TimeOnly(18, 0), new TimeOnly(9, 0))]).Validate();

        Assert.Equal(["shifts[1]", "shifts[2]"], errors.Select(e => e.Field));
    }

    [Fact]
    public void No_shift_at_all_is_refused() => Assert.Contains(Calendar(shifts: []).Validate(), e => e.Field == "shifts");

    [Fact]
    public void A_date_listed_twice_is_refused()
    {
        var day = new SpecialDay(new DateOnly(2027, 1, 1), SpecialDayKind.Holiday, "元旦");

        var errors = Calendar(days: [day, day with { Name = "新年" }]).Validate();

        Assert.Equal("days[1].date", Assert.Single(errors).Field);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1999, 12, 31)]
    [InlineData(2101, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void A_day_before_2000_or_after_2100_is_refused(int year, int month, int day)
    {
        var errors = Calendar(days: [new SpecialDay(new DateOnly(year, month, day), SpecialDayKind.Holiday, "假日")]).Validate();

        Assert.Equal("days[0].date", Assert.Single(errors).Field);
    }
}
