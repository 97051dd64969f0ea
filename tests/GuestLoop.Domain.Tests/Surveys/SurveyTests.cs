using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Surveys;

namespace GuestLoop.Domain.Tests.Surveys;

public class SurveyTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private static Survey New(SurveySchedule? schedule = null) => Survey.Issue(Guid.NewGuid(), 0, "token-123", T0, schedule);

    [Fact]
    public void A_new_survey_is_open_for_14_days_with_reminders_after_3_and_7_days()
    {
        var survey = New();

        Assert.Equal(T0.AddDays(14), survey.ExpiresAt);
        Assert.Equal(SurveyState.Open, survey.StateAt(T0));
        Assert.Equal(SurveyState.Open, survey.StateAt(T0.AddDays(14).AddTicks(-1)));
        Assert.Equal(SurveyState.Expired, survey.StateAt(T0.AddDays(14)));
        Assert.Equal(T0.AddDays(3), survey.NextReminderAt);
    }

    [Fact]
    public void An_answer_is_stored_with_its_scores_and_a_trimmed_comment()
    {
        var survey = New();

        survey.Answer(T0.AddHours(5), new SurveyAnswer(4, 9, "  很满意  "));

        Assert.Equal(SurveyState.Answered, survey.StateAt(T0.AddHours(6)));
        Assert.Equal(SurveyState.Answered, survey.StateAt(T0.AddDays(30)));
        Assert.Equal((4, 9, "很满意"), (survey.Csat!.Value, survey.Nps!.Value, survey.Comment));
        Assert.Equal(T0.AddHours(5), survey.AnsweredAt);
        Assert.False(survey.Unsatisfied);
        Assert.Equal(NpsCategory.Promoter, survey.NpsCategory);
        Assert.Null(survey.NextReminderAt);
    }

    [Fact]
    public void NPS_and_comment_are_optional()
    {
        var survey = New();

        survey.Answer(T0, new SurveyAnswer(3, null, "   "));

        Assert.Null(survey.Nps);
        Assert.Null(survey.NpsCategory);
        Assert.Null(survey.Comment);
    }

    [Fact]
    public void A_second_answer_is_refused_and_changes_nothing()
    {
        var survey = New();
        survey.Answer(T0, new SurveyAnswer(5, 10, "好"));

        var refused = Assert.Throws<SurveyClosedException>(() => survey.Answer(T0.AddMinutes(1), new SurveyAnswer(1, 0, "改主意了")));

        Assert.Equal(SurveyState.Answered, refused.State);
        Assert.Equal((5, 10, "好"), (survey.Csat!.Value, survey.Nps!.Value, survey.Comment));
        Assert.Equal(T0, survey.AnsweredAt);
    }

    [Fact]
    public void An_expired_link_refuses_an_answer()
    {
        var survey = New();

        var refused = Assert.Throws<SurveyClosedException>(() => survey.Answer(T0.AddDays(14), new SurveyAnswer(2, null, null)));

        Assert.Equal(SurveyState.Expired, refused.State);
        Assert.Null(survey.AnsweredAt);
        Assert.Null(survey.Csat);
    }

    [Theory]
    [InlineData(null, null, null, "csat")]
    [InlineData(0, null, null, "csat")]
    [InlineData(6, null, null, "csat")]
    [InlineData(7, 5, null, "csat")]
    [InlineData(3, -1, null, "nps")]
    [InlineData(3, 11, null, "nps")]
    public void Scores_out_of_range_are_refused_by_field(int? csat, int? nps, string? comment, string field)
    {
        var survey = New();

        var refused = Assert.Throws<CaseValidationException>(() => survey.Answer(T0, new SurveyAnswer(csat, nps, comment)));

        Assert.Contains(field, refused.Errors.Keys);
        Assert.Null(survey.AnsweredAt);
    }

    [Fact]
    public void A_comment_longer_than_2000_characters_is_refused()
    {
        var survey = New();

        Assert.Empty(new SurveyAnswer(3, null, new string('好', SurveyAnswer.CommentMax)).Validate());
        var refused = Assert.Throws<CaseValidationException>(() =>
            survey.Answer(T0, new SurveyAnswer(3, null, new string('好', SurveyAnswer.CommentMax + 1))));
        Assert.Equal(["comment"], refused.Errors.Keys);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(5, false)]
    public void Unsatisfied_means_CSAT_of_2_or_less(int csat, bool unsatisfied)
    {
        var survey = New();
        survey.Answer(T0, new SurveyAnswer(csat, null, null));

        Assert.Equal(unsatisfied, survey.Unsatisfied);
        Assert.Equal(2, SurveyAnswer.UnsatisfiedAtMost);
        Assert.Equal(new FollowUpRecord("survey", csat, null).Satisfied, !unsatisfied);
    }

    [Fact]
    public void The_unsatisfied_threshold_can_be_given()
    {
        Assert.True(SurveyAnswer.IsUnsatisfied(3, unsatisfiedAtMost: 3));
        Assert.False(SurveyAnswer.IsUnsatisfied(3));
    }

    [Theory]
    [InlineData(0, NpsCategory.Detractor)]
    [InlineData(6, NpsCategory.Detractor)]
    [InlineData(7, NpsCategory.Passive)]
    [InlineData(8, NpsCategory.Passive)]
    [InlineData(9, NpsCategory.Promoter)]
    [InlineData(10, NpsCategory.Promoter)]
    public void NPS_scores_fall_into_their_groups(int nps, NpsCategory category) =>
        Assert.Equal(category, SurveyAnswer.Categorize(nps));

    [Fact]
    public void Categorizing_an_NPS_out_of_range_is_an_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SurveyAnswer.Categorize(11));
}
