using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Sla;
using static GuestLoop.Domain.Tests.Sla.Calendars;

namespace GuestLoop.Domain.Tests.Sla;

public class RoundTheClockTests
{
    private static readonly WorkingCalendar AroundTheClock = new(BuiltInCalendars.Get(BuiltInCalendars.RoundTheClock));

    [Fact]
    public void A_shift_may_run_to_midnight_and_reads_back_the_same()
    {
        var shift = WeeklyShift.Parse("Sunday 00:00-24:00");

        Assert.Equal(TimeOnly.MaxValue, shift.End);
        Assert.Equal("Sunday 00:00-24:00", shift.ToString());
        Assert.Throws<FormatException>(() => WeeklyShift.Parse("Sunday 24:00-24:00"));
    }

    [Fact]
    public void Every_instant_is_working_time_on_the_round_the_clock_calendar()
    {
        // Sunday 05:30, the Spring Festival, and the turn of a day.
        foreach (var at in new[] { Bj(2026, 3, 8, 5, 30), Bj(2026, 2, 17, 3, 0), Bj(2026, 3, 8, 23, 59).AddSeconds(59.5) })
        {
            Assert.Equal(at, AroundTheClock.NextWorkingInstant(at));
        }

        var week = AroundTheClock.WorkingTimeBetween(Bj(2026, 3, 2), Bj(2026, 3, 9));
        Assert.InRange(week, TimeSpan.FromDays(7) - TimeSpan.FromMilliseconds(1), TimeSpan.FromDays(7));
    }

    [Fact]
    public void A_check_in_breached_at_dawn_on_a_Sunday_is_delivered_at_once_on_round_the_clock_duty_and_on_Monday_otherwise()
    {
        var checkIn = new WatchedDeadline(Bj(2026, 3, 8, 5, 0), Bj(2026, 3, 8, 5, 30), DurationUnit.Minutes, Severity.General);
        var desk = new EscalationContacts(Guid.NewGuid(), null, []);

        var onDuty = Assert.Single(Escalation.Due(checkIn, desk, AroundTheClock, EscalationSettings.Default, Bj(2026, 3, 8, 5, 31)));
        var office = Assert.Single(Escalation.Due(checkIn, desk, Cn, EscalationSettings.Default, Bj(2026, 3, 8, 5, 31)));

        Assert.Equal((EscalationEvent.Breached, Bj(2026, 3, 8, 5, 30)), (onDuty.Event, onDuty.DeliverAfter));
        Assert.Equal(Bj(2026, 3, 9, 9), office.DeliverAfter);
    }
}
