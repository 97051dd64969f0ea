using GuestLoop.Domain.Sla;

namespace GuestLoop.Domain.Tests.Sla;

public class HolidayTableTests
{
    [Fact]
    public void Lines_of_the_notice_become_holidays_and_working_days_named_after_the_statutory_holiday()
    {
        var (days, errors) = HolidayTable.Parse("""
            # 2027
            2027-01-01..2027-01-03 休

            2027-02-05至2027-02-11 休 春节
            2027-02-20 班
            """);

        Assert.Empty(errors);
        Assert.Equal(11, days.Count);
        Assert.All(days.Where(d => d.Date.Month == 1), d => Assert.Equal(("元旦", SpecialDayKind.Holiday), (d.Name, d.Kind)));
        Assert.Equal(new SpecialDay(new DateOnly(2027, 2, 20), SpecialDayKind.AdjustedWorkday, "调休上班"), days[^1]);
    }

    [Theory]
    [InlineData("2027-02-30 休", 1)]
    [InlineData("2027-01-01 休\n2027-02-07 加班", 2)]
    [InlineData("2027-01-01", 1)]
    [InlineData("2027-01-03..2027-01-01 休", 1)]
    [InlineData("2027-01-01 休\n2027-01-01 班", 2)]
    public void A_bad_line_is_reported_by_its_number(string table, int line)
    {
        var (_, errors) = HolidayTable.Parse(table);

        Assert.Equal(line, Assert.Single(errors).Line);
    }
}
