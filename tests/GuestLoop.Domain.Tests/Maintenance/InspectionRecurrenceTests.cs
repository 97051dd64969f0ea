using GuestLoop.Domain.Maintenance;

namespace GuestLoop.Domain.Tests.Maintenance;

/// <summary>When the next round is due: a period after the last one, at the nearest clock time of the property.</summary>
public class InspectionRecurrenceTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static DateTimeOffset Bj(int day, int hour, int minute = 0) => new(2026, 3, day, hour, minute, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(2, 22, 10, 3, 22)] // done a little late: tomorrow at 22:00
    [InlineData(2, 21, 30, 3, 22)] // done early: still tomorrow at 22:00
    [InlineData(3, 1, 0, 3, 22)] // last night's round done after midnight: tonight at 22:00, not tomorrow
    public void A_daily_patrol_is_next_due_at_its_clock_time_nearest_a_day_on(int day, int hour, int minute, int dueDay, int dueHour)
    {
        var daily = new InspectionRecurrence(1, RecurrenceUnit.Days, new TimeOnly(22, 0));

        Assert.Equal(Bj(dueDay, dueHour), daily.After(Bj(day, hour, minute), Shanghai));
    }

    [Fact]
    public void A_weekly_check_done_on_a_monday_is_due_the_next_monday_at_its_time()
    {
        var weekly = new InspectionRecurrence(7, RecurrenceUnit.Days, new TimeOnly(9, 0));

        Assert.Equal(Bj(9, 9), weekly.After(Bj(2, 10, 45), Shanghai));
        Assert.Equal(Bj(9, 9), weekly.After(Bj(2, 8, 15), Shanghai));
    }

    [Fact]
    public void Hours_and_days_without_a_clock_time_count_a_plain_period_from_the_last_round()
    {
        Assert.Equal(Bj(2, 14, 20), new InspectionRecurrence(4, RecurrenceUnit.Hours).After(Bj(2, 10, 20), Shanghai));
        Assert.Equal(Bj(4, 10, 20), new InspectionRecurrence(2, RecurrenceUnit.Days).After(Bj(2, 10, 20), Shanghai));
    }

    [Fact]
    public void The_first_round_is_due_at_the_first_clock_time_from_the_start()
    {
        var daily = new InspectionRecurrence(1, RecurrenceUnit.Days, new TimeOnly(22, 0));

        Assert.Equal(Bj(2, 22), daily.First(Bj(2, 9), Shanghai));
        Assert.Equal(Bj(3, 22), daily.First(Bj(2, 23), Shanghai));
        Assert.Equal(Bj(2, 9), new InspectionRecurrence(4, RecurrenceUnit.Hours).First(Bj(2, 9), Shanghai));
    }

    [Fact]
    public void A_clock_time_skipped_by_summer_time_is_taken_an_hour_on()
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var daily = new InspectionRecurrence(1, RecurrenceUnit.Days, new TimeOnly(2, 30));

        // 29 March 2026: the clocks go from 02:00 to 03:00.
        var due = daily.After(new DateTimeOffset(2026, 3, 28, 2, 30, 0, TimeSpan.FromHours(1)), paris);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 30, 0, TimeSpan.FromHours(2)), due);
    }

    [Theory]
    [InlineData(0, RecurrenceUnit.Days, null, "every")]
    [InlineData(367, RecurrenceUnit.Days, null, "every")]
    [InlineData(745, RecurrenceUnit.Hours, null, "every")]
    [InlineData(4, RecurrenceUnit.Hours, "08:00", "at")]
    public void A_period_out_of_range_or_a_clock_time_on_hours_is_refused(int every, RecurrenceUnit unit, string? at, string field)
    {
        var errors = new FieldErrors();
        new InspectionRecurrence(every, unit, at is null ? null : TimeOnly.Parse(at)).Check(errors);

        Assert.Equal([field], errors.Keys);
    }
}
