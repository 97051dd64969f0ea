using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Sla;
using static GuestLoop.Domain.Tests.Sla.Calendars;

namespace GuestLoop.Domain.Tests.Sla;

public class EscalationTests
{
    private static readonly Guid Assignee = Guid.NewGuid();
    private static readonly Guid Head = Guid.NewGuid();
    private static readonly Guid Manager = Guid.NewGuid();
    private static readonly Guid Director = Guid.NewGuid();
    private static readonly EscalationContacts Everyone = new(Assignee, Head, [Manager, Director]);

    // Received Monday 2 March 2026 10:00, due in 24 elapsed hours: Tuesday 10:00.
    private static readonly WatchedDeadline Hours24 = new(Bj(2026, 3, 2, 10), Bj(2026, 3, 3, 10), DurationUnit.Hours, Severity.General);

    // Received Monday 10:00, one working day: due Tuesday 18:00 after 17 working hours.
    private static readonly WatchedDeadline OneDay = new(Bj(2026, 3, 2, 10), Bj(2026, 3, 3, 18), DurationUnit.WorkingDays, Severity.General);

    private static IReadOnlyList<EscalationNotice> Due(WatchedDeadline d, DateTimeOffset now, EscalationContacts? contacts = null,
        EscalationSettings? settings = null, WorkingCalendar? calendar = null) =>
        Escalation.Due(d, contacts ?? Everyone, calendar ?? Cn, settings ?? EscalationSettings.Default, now);

    [Fact]
    public void Nothing_is_due_before_the_share_is_used()
    {
        Assert.Empty(Due(Hours24, Bj(2026, 3, 3, 5, 11)));
    }

    [Fact]
    public void At_80_percent_of_an_elapsed_target_the_assignee_is_warned()
    {
        var notice = Assert.Single(Due(Hours24, Bj(2026, 3, 3, 5, 12)));

        Assert.Equal(EscalationEvent.Approaching, notice.Event);
        Assert.Equal(Assignee, notice.RecipientId);
        Assert.Equal(Bj(2026, 3, 3, 5, 12), notice.OccurredAt);
        // 05:12 is before opening: a general case's warning waits for 09:00.
        Assert.Equal(Bj(2026, 3, 3, 9), notice.DeliverAfter);
    }

    [Fact]
    public void A_working_time_target_measures_its_share_in_working_time()
    {
        // 80% of 17 working hours is 13 h 36 min: the 8 hours of Monday, then 5 h 36 min into Tuesday.
        Assert.Equal(Bj(2026, 3, 3, 14, 36), Escalation.ApproachingAt(Cn, OneDay.StartedAt, OneDay.DueAt!.Value, OneDay.Unit, 0.8));
        Assert.Empty(Due(OneDay, Bj(2026, 3, 3, 14, 35)));

        var notice = Assert.Single(Due(OneDay, Bj(2026, 3, 3, 14, 36)));
        Assert.Equal(EscalationEvent.Approaching, notice.Event);
        Assert.Equal(Bj(2026, 3, 3, 14, 36), notice.DeliverAfter);
    }

    [Fact]
    public void The_share_is_configurable()
    {
        var half = new EscalationSettings { ApproachingShare = 0.5 };

        Assert.Empty(Due(Hours24, Bj(2026, 3, 2, 21, 59), settings: half));
        Assert.Equal(EscalationEvent.Approaching, Assert.Single(Due(Hours24, Bj(2026, 3, 2, 22), settings: half)).Event);
    }

    [Fact]
    public void An_unassigned_case_warns_the_department_head()
    {
        var notice = Assert.Single(Due(Hours24, Bj(2026, 3, 3, 6), new EscalationContacts(null, Head, [Manager])));

        Assert.Equal(Head, notice.RecipientId);
    }

    [Fact]
    public void Nobody_to_warn_means_no_warning()
    {
        Assert.Empty(Due(Hours24, Bj(2026, 3, 3, 6), new EscalationContacts(null, null, [Manager])));
    }

    [Fact]
    public void Exactly_at_the_due_instant_it_is_not_yet_breached()
    {
        Assert.Equal(EscalationEvent.Approaching, Assert.Single(Due(Hours24, Bj(2026, 3, 3, 10))).Event);
    }

    [Fact]
    public void A_breach_tells_the_assignee_and_the_head_and_no_longer_warns()
    {
        var notices = Due(Hours24, Bj(2026, 3, 3, 10, 1));

        Assert.All(notices, n => Assert.Equal(EscalationEvent.Breached, n.Event));
        Assert.Equal([Assignee, Head], notices.Select(n => n.RecipientId));
        Assert.All(notices, n => Assert.Equal(Bj(2026, 3, 3, 10), n.OccurredAt));
    }

    [Fact]
    public void An_assignee_who_heads_the_department_is_told_once()
    {
        var notice = Assert.Single(Due(Hours24, Bj(2026, 3, 3, 11), new EscalationContacts(Head, Head, [])));

        Assert.Equal(Head, notice.RecipientId);
    }

    [Fact]
    public void A_breach_still_open_a_working_day_later_goes_to_level_1()
    {
        // Due Tuesday 10:00; one working day after that is the close of Wednesday.
        Assert.DoesNotContain(Due(Hours24, Bj(2026, 3, 4, 17, 59)), n => n.Event == EscalationEvent.BreachedEscalated);

        var escalated = Due(Hours24, Bj(2026, 3, 4, 18)).Where(n => n.Event == EscalationEvent.BreachedEscalated).ToList();

        Assert.Equal([Manager, Director], escalated.Select(n => n.RecipientId));
        Assert.All(escalated, n => Assert.Equal(Bj(2026, 3, 4, 18), n.OccurredAt));
        Assert.All(escalated, n => Assert.Equal(Bj(2026, 3, 5, 9), n.DeliverAfter));
    }

    [Fact]
    public void An_urgent_breach_goes_to_level_1_after_two_hours_and_at_once_at_night()
    {
        var urgent = Hours24 with { StartedAt = Bj(2026, 3, 2, 20), DueAt = Bj(2026, 3, 3, 20), Severity = Severity.Urgent };

        Assert.DoesNotContain(Due(urgent, Bj(2026, 3, 3, 21, 59)), n => n.Event == EscalationEvent.BreachedEscalated);
        var notices = Due(urgent, Bj(2026, 3, 3, 22));

        Assert.Equal(4, notices.Count);
        var breach = notices.First(n => n.Event == EscalationEvent.Breached);
        Assert.Equal(Bj(2026, 3, 3, 20), breach.DeliverAfter);
        var escalated = notices.First(n => n.Event == EscalationEvent.BreachedEscalated);
        Assert.Equal(Bj(2026, 3, 3, 22), escalated.DeliverAfter);
    }

    [Fact]
    public void Urgent_warnings_are_not_held_for_working_hours()
    {
        var urgent = Hours24 with { Severity = Severity.Urgent };

        Assert.Equal(Bj(2026, 3, 3, 5, 12), Assert.Single(Due(urgent, Bj(2026, 3, 3, 6))).DeliverAfter);
    }

    [Fact]
    public void A_holiday_delays_delivery_to_the_next_working_day()
    {
        // Due Friday 3 April 2026 at 18:30, after closing; Qingming is Saturday 4 to Monday 6 April.
        var beforeHoliday = new WatchedDeadline(Bj(2026, 4, 2, 18, 30), Bj(2026, 4, 3, 18, 30), DurationUnit.Hours, Severity.Major);

        var breach = Due(beforeHoliday, Bj(2026, 4, 4, 10)).First(n => n.Event == EscalationEvent.Breached);

        Assert.Equal(Bj(2026, 4, 7, 9), breach.DeliverAfter);
        // The grace of one working day also skips the holiday: level 1 hears at the close of Tuesday.
        Assert.Equal(Bj(2026, 4, 7, 18), Escalation.EscalatesAt(Cn, EscalationSettings.Default, Severity.Major, Bj(2026, 4, 3, 18, 30)));
    }

    [Fact]
    public void A_lunch_break_delays_delivery_to_the_afternoon_shift()
    {
        Assert.Equal(Bj(2026, 3, 2, 13), Escalation.DeliverAfter(WithLunch, Severity.General, Bj(2026, 3, 2, 12, 15)));
        Assert.Equal(Bj(2026, 3, 2, 12, 15), Escalation.DeliverAfter(WithLunch, Severity.Urgent, Bj(2026, 3, 2, 12, 15)));
        Assert.Equal(Bj(2026, 3, 2, 11), Escalation.DeliverAfter(WithLunch, Severity.General, Bj(2026, 3, 2, 11)));
    }

    [Fact]
    public void A_paused_clock_has_no_due_instant_and_raises_nothing()
    {
        var paused = Hours24 with { DueAt = null };

        Assert.Empty(Due(paused, Bj(2026, 3, 20, 10)));
    }

    [Fact]
    public void A_pause_that_pushed_the_due_instant_out_delays_the_warning()
    {
        // Paused 6 hours on Monday evening: due Tuesday 16:00 instead of 10:00; the share still uses the whole span.
        var resumed = Hours24 with { DueAt = Bj(2026, 3, 3, 16) };

        Assert.Empty(Due(resumed, Bj(2026, 3, 3, 9, 59)));
        Assert.Equal(Bj(2026, 3, 3, 10), Escalation.ApproachingAt(Cn, resumed.StartedAt, resumed.DueAt!.Value, resumed.Unit, 0.8));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    public void A_share_outside_0_to_1_is_refused(double share)
    {
        Assert.False(new EscalationSettings { ApproachingShare = share }.IsValid);
        Assert.Throws<ArgumentOutOfRangeException>(() => Escalation.ApproachingAt(Cn, Bj(2026, 3, 2), Bj(2026, 3, 3), DurationUnit.Hours, share));
    }

    [Fact]
    public void Next_working_instant_is_itself_inside_a_shift_and_the_next_opening_outside()
    {
        Assert.Equal(Bj(2026, 3, 2, 10), Cn.NextWorkingInstant(Bj(2026, 3, 2, 10)));
        Assert.Equal(Bj(2026, 3, 3, 9), Cn.NextWorkingInstant(Bj(2026, 3, 2, 18)));
        Assert.Equal(Bj(2026, 3, 9, 9), Cn.NextWorkingInstant(Bj(2026, 3, 7, 12)));
        Assert.Equal(Bj(2026, 2, 24, 9), Cn.NextWorkingInstant(Bj(2026, 2, 16, 9)));
    }

    [Fact]
    public void Jumping_from_next_instant_to_next_instant_meets_every_notice_in_order()
    {
        var seen = new List<EscalationEvent>();
        DateTimeOffset? at = OneDay.StartedAt;
        var known = 0;
        while (at is { } now)
        {
            var due = Due(OneDay, now);
            seen.AddRange(due.Skip(known).Select(n => n.Event).Distinct());
            known = due.Count;
            at = Escalation.NextAt(OneDay, Cn, EscalationSettings.Default, now);
        }

        Assert.Equal([EscalationEvent.Approaching, EscalationEvent.Breached, EscalationEvent.BreachedEscalated], seen.Distinct());
    }

    [Theory]
    [InlineData(DurationUnit.Hours, Severity.General)]
    [InlineData(DurationUnit.WorkingDays, Severity.General)]
    [InlineData(DurationUnit.WorkingDays, Severity.Urgent)]
    [InlineData(DurationUnit.WorkingHours, Severity.Major)]
    public void Nothing_new_falls_due_before_the_next_instant_and_something_does_at_it(DurationUnit unit, Severity severity)
    {
        var deadline = new WatchedDeadline(Bj(2026, 4, 2, 16), Bj(2026, 4, 3, 17), unit, severity);
        for (var now = Bj(2026, 4, 2, 16); now < Bj(2026, 4, 12); now = now.AddMinutes(97))
        {
            var before = Due(deadline, now).Select(n => (n.Event, n.RecipientId)).ToHashSet();
            var next = Escalation.NextAt(deadline, Cn, EscalationSettings.Default, now);
            if (next is not { } instant)
            {
                Assert.Contains(EscalationEvent.BreachedEscalated, before.Select(b => b.Event));
                continue;
            }

            Assert.True(instant > now);
            // Halfway to the instant nothing has changed; at the instant something new is due.
            Assert.Equal(before, Due(deadline, now + (instant - now) / 2).Select(n => (n.Event, n.RecipientId)).ToHashSet());
            Assert.Equal(before, Due(deadline, instant.AddTicks(-1)).Select(n => (n.Event, n.RecipientId)).ToHashSet());
            Assert.NotEqual(before, Due(deadline, instant).Select(n => (n.Event, n.RecipientId)).ToHashSet());
        }
    }

    [Fact]
    public void A_paused_clock_has_no_next_instant()
    {
        Assert.Null(Escalation.NextAt(Hours24 with { DueAt = null }, Cn, EscalationSettings.Default, Bj(2026, 3, 2, 11)));
    }
}
