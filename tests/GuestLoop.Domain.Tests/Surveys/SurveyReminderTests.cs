using GuestLoop.Domain.Surveys;

namespace GuestLoop.Domain.Tests.Surveys;

public class SurveyReminderTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private static Survey New(SurveySchedule? schedule = null) => Survey.Issue(Guid.NewGuid(), 0, "token-123", T0, schedule);

    [Fact]
    public void Reminders_fall_due_after_3_and_then_7_days()
    {
        var survey = New();

        Assert.False(survey.IsReminderDue(T0.AddDays(3).AddTicks(-1)));
        Assert.True(survey.IsReminderDue(T0.AddDays(3)));
        survey.RecordReminderSent(T0.AddDays(3).AddHours(1));
        Assert.Equal(1, survey.RemindersSent);
        Assert.False(survey.IsReminderDue(T0.AddDays(6)));
        Assert.True(survey.IsReminderDue(T0.AddDays(7)));
        survey.RecordReminderSent(T0.AddDays(7));

        Assert.Equal(2, survey.RemindersSent);
        Assert.Null(survey.NextReminderAt);
        Assert.False(survey.IsReminderDue(T0.AddDays(13)));
    }

    [Fact]
    public void A_late_sender_skips_the_reminders_already_past()
    {
        var survey = New();

        survey.RecordReminderSent(T0.AddDays(8));

        Assert.Equal(1, survey.RemindersSent);
        Assert.Null(survey.NextReminderAt);
    }

    [Fact]
    public void An_answered_survey_is_not_reminded()
    {
        var survey = New();
        survey.Answer(T0.AddDays(1), new SurveyAnswer(4, null, null));

        Assert.False(survey.IsReminderDue(T0.AddDays(3)));
        var refused = Assert.Throws<SurveyClosedException>(() => survey.RecordReminderSent(T0.AddDays(3)));
        Assert.Equal(SurveyState.Answered, refused.State);
    }

    [Fact]
    public void No_reminder_is_due_after_expiry()
    {
        var survey = New(SurveySchedule.FromDays(5, [3, 4]));

        Assert.True(survey.IsReminderDue(T0.AddDays(4)));
        Assert.False(survey.IsReminderDue(T0.AddDays(5)));
        Assert.Throws<SurveyClosedException>(() => survey.RecordReminderSent(T0.AddDays(6)));
    }

    [Fact]
    public void A_reminder_not_yet_due_is_refused()
    {
        var survey = New();

        Assert.Throws<SurveyReminderException>(() => survey.RecordReminderSent(T0.AddDays(1)));
        Assert.Equal(0, survey.RemindersSent);
    }

    [Fact]
    public void A_schedule_without_reminders_never_reminds()
    {
        var survey = New(SurveySchedule.FromDays(14, []));

        Assert.Null(survey.NextReminderAt);
        Assert.False(survey.IsReminderDue(T0.AddDays(10)));
    }

    [Theory]
    [InlineData(0, new int[0])]
    [InlineData(14, new[] { 0 })]
    [InlineData(14, new[] { 7, 3 })]
    [InlineData(14, new[] { 3, 3 })]
    [InlineData(14, new[] { 14 })]
    public void Schedules_that_make_no_sense_are_refused(int lifetimeDays, int[] reminderDays) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => New(SurveySchedule.FromDays(lifetimeDays, reminderDays)));

    [Fact]
    public void A_superseded_survey_expires_at_once_and_stops_reminding()
    {
        var survey = New();

        survey.Supersede(T0.AddDays(2));

        Assert.Equal(SurveyState.Expired, survey.StateAt(T0.AddDays(2)));
        Assert.Null(survey.NextReminderAt);
        Assert.Throws<SurveyClosedException>(() => survey.Answer(T0.AddDays(2), new SurveyAnswer(5, null, null)));
    }

    [Fact]
    public void Superseding_an_answered_survey_keeps_its_answer()
    {
        var survey = New();
        survey.Answer(T0.AddDays(1), new SurveyAnswer(5, null, null));

        survey.Supersede(T0.AddDays(2));

        Assert.Equal(SurveyState.Answered, survey.StateAt(T0.AddDays(2)));
        Assert.Equal(T0.AddDays(14), survey.ExpiresAt);
    }
}
