using GuestLoop.Domain.Maintenance;

namespace GuestLoop.Domain.Tests.Maintenance;

/// <summary>A schedule's due and overdue instants, moved on by each completed round.</summary>
public class InspectionScheduleTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static DateTimeOffset Bj(int day, int hour, int minute = 0) => new(2026, 3, day, hour, minute, 0, TimeSpan.FromHours(8));

    private static InspectionSchedule Nightly(int grace = 30) => InspectionSchedule.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null,
        Guid.NewGuid(), new InspectionRecurrence(1, RecurrenceUnit.Days, new TimeOnly(22, 0)), grace, Bj(2, 9), Shanghai);

    [Fact]
    public void Overdue_only_once_due_plus_grace_has_passed()
    {
        var due = Bj(2, 22);

        Assert.False(InspectionDue.IsOverdue(due, 30, Bj(2, 22, 29)));
        Assert.False(InspectionDue.IsOverdue(due, 30, Bj(2, 22, 30)));
        Assert.True(InspectionDue.IsOverdue(due, 30, Bj(2, 22, 31)));
        Assert.True(InspectionDue.IsOverdue(due, 0, due.AddTicks(1)));
    }

    [Fact]
    public void A_new_schedule_is_due_at_its_first_clock_time_and_overdue_after_the_grace()
    {
        var schedule = Nightly();

        Assert.Equal((Bj(2, 22), Bj(2, 22, 30)), (schedule.NextDueAt, schedule.OverdueAt));
        Assert.False(schedule.IsOverdue(Bj(2, 22, 30)));
        Assert.True(schedule.IsOverdue(Bj(2, 22, 31)));
    }

    [Fact]
    public void A_completed_round_moves_the_next_occurrence_on_and_a_new_recurrence_counts_from_it()
    {
        var schedule = Nightly();
        schedule.RoundCompleted(Bj(2, 22, 40), Shanghai);
        Assert.Equal((Bj(2, 22, 40), Bj(3, 22)), (schedule.LastCompletedAt, schedule.NextDueAt));
        Assert.False(schedule.IsOverdue(Bj(3, 10)));

        schedule.Change(null, schedule.DepartmentId, new InspectionRecurrence(6, RecurrenceUnit.Hours), 15, true, Bj(3, 9), Shanghai);
        Assert.Equal((Bj(3, 4, 40), Bj(3, 4, 55)), (schedule.NextDueAt, schedule.OverdueAt));

        // Only the grace changes: the occurrence stays.
        schedule.Change(null, schedule.DepartmentId, new InspectionRecurrence(6, RecurrenceUnit.Hours), 60, true, Bj(3, 9), Shanghai);
        Assert.Equal((Bj(3, 4, 40), Bj(3, 5, 40)), (schedule.NextDueAt, schedule.OverdueAt));
    }

    [Fact]
    public void A_retired_schedule_is_never_overdue_and_a_bad_grace_is_refused()
    {
        var schedule = Nightly();
        schedule.Change(null, schedule.DepartmentId, schedule.Recurrence, 30, false, Bj(2, 9), Shanghai);
        Assert.False(schedule.IsOverdue(Bj(20, 9)));

        var e = Assert.Throws<GuestLoop.Domain.Cases.CaseValidationException>(() => Nightly(grace: -1));
        Assert.Equal(["graceMinutes"], e.Errors.Keys);
    }
}
