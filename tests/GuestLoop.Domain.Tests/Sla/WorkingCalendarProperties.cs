using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GuestLoop.Domain.Sla;
using static GuestLoop.Domain.Tests.Sla.Calendars;

namespace GuestLoop.Domain.Tests.Sla;

/// <summary>Laws the working-time arithmetic must keep for any instant from 2020 to 2026 and any amount.</summary>
public class WorkingCalendarProperties
{
    private static readonly DateTimeOffset From = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static Arbitrary<DateTimeOffset> Instants() =>
        Gen.Choose(0, 7 * 365 * 24 * 4).Select(q => From.AddMinutes(q * 15)).ToArbitrary();

    private static WorkingCalendar Pick(int i) => (i % 3) switch { 0 => Cn, 1 => Paris, _ => WithLunch };

    [Property(Arbitrary = [typeof(WorkingCalendarProperties)])]
    public bool Adding_working_hours_consumes_exactly_that_much_working_time(DateTimeOffset start, byte quarterHours, byte calendar)
    {
        var cal = Pick(calendar);
        var amount = TimeSpan.FromMinutes(quarterHours * 15);
        var due = cal.AddWorkingHours(start, amount);
        return due >= start && cal.WorkingTimeBetween(start, due) == amount;
    }

    [Property(Arbitrary = [typeof(WorkingCalendarProperties)])]
    public bool A_working_day_deadline_falls_at_closing_time_of_a_working_day_after_the_start(DateTimeOffset start, byte n, byte calendar)
    {
        var cal = Pick(calendar);
        var days = n % 15 + 1;
        var due = cal.AddWorkingDays(start, days);
        var dueDate = cal.LocalDate(due);
        var closing = cal.Shifts(dueDate)[^1].End;
        var between = Enumerable.Range(1, dueDate.DayNumber - cal.LocalDate(start).DayNumber)
            .Count(i => cal.IsWorkingDay(cal.LocalDate(start).AddDays(i)));
        return due > start && cal.IsWorkingDay(dueDate) && TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(due, cal.TimeZone).DateTime) == closing && between == days;
    }

    [Property(Arbitrary = [typeof(WorkingCalendarProperties)])]
    public bool Adding_n_then_m_working_hours_equals_adding_n_plus_m(DateTimeOffset start, byte n, byte m, byte calendar)
    {
        var cal = Pick(calendar);
        var first = TimeSpan.FromMinutes(n * 15);
        var second = TimeSpan.FromMinutes(m * 15);
        return cal.AddWorkingHours(cal.AddWorkingHours(start, first), second) == cal.AddWorkingHours(start, first + second);
    }

    [Property(Arbitrary = [typeof(WorkingCalendarProperties)])]
    public bool More_working_hours_never_fall_due_earlier_and_never_before_the_start(DateTimeOffset start, byte n, byte calendar)
    {
        var cal = Pick(calendar);
        var shorter = cal.AddWorkingHours(start, TimeSpan.FromMinutes(n * 15));
        return shorter >= start && shorter <= cal.AddWorkingHours(start, TimeSpan.FromMinutes(n * 15 + 15));
    }

    [Property(Arbitrary = [typeof(WorkingCalendarProperties)])]
    public bool More_working_days_never_fall_due_earlier(DateTimeOffset start, byte n)
    {
        var days = n % 20;
        return Cn.AddWorkingDays(start, days) <= Cn.AddWorkingDays(start, days + 1);
    }

    [Property(Arbitrary = [typeof(WorkingCalendarProperties)])]
    public bool Working_time_is_additive(DateTimeOffset a, DateTimeOffset b, DateTimeOffset c)
    {
        var xs = new[] { a, b, c }.Order().ToArray();
        return Cn.WorkingTimeBetween(xs[0], xs[2]) == Cn.WorkingTimeBetween(xs[0], xs[1]) + Cn.WorkingTimeBetween(xs[1], xs[2]);
    }
}
