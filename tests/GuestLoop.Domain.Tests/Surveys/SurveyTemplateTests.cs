using GuestLoop.Domain.Surveys;

namespace GuestLoop.Domain.Tests.Surveys;

public sealed class SurveyTemplateTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    private static readonly SurveyTemplate PostStay = new("离店满意度调查", SurveyOccasion.AfterCheckOut,
    [
        new("overall", "本次入住整体满意度", SurveyQuestionKind.Rating),
        new("checkin", "办理入住的速度", SurveyQuestionKind.Choice, ["很快", "一般", "较慢"]),
        new("nps", "您向亲友推荐本酒店的可能性", SurveyQuestionKind.Nps),
        new("comment", "其他意见和建议", SurveyQuestionKind.Text, Required: false),
    ], MinDaysBetween: 30);

    [Fact]
    public void A_post_stay_template_with_every_kind_of_question_is_valid_and_a_broken_one_names_its_fields()
    {
        Assert.False(PostStay.Validate().Any);

        var broken = new SurveyTemplate(" ", SurveyOccasion.AfterTour,
            [new("q", "行程安排", SurveyQuestionKind.Choice, ["满意"]), new("q", "", SurveyQuestionKind.Rating)], -1).Validate();

        Assert.Equal(["minDaysBetween", "questions[0].options", "questions[1].key", "questions[1].text", "title"], broken.Keys.Order());
    }

    [Fact]
    public void Answers_are_checked_question_by_question()
    {
        Assert.False(PostStay.Check(new Dictionary<string, string?> { ["overall"] = "5", ["checkin"] = "很快", ["nps"] = "9" }).Any);

        var errors = PostStay.Check(new Dictionary<string, string?> { ["overall"] = "6", ["checkin"] = "飞快", ["extra"] = "x" });

        Assert.Equal(["checkin", "extra", "nps", "overall"], errors.Keys.Order());
    }

    [Fact]
    public void A_guest_is_asked_only_with_consent_and_not_more_than_once_per_N_days()
    {
        Assert.Equal(SendingDecision.NoConsent, SurveySending.Decide(false, null, 30, Now));
        Assert.Equal(SendingDecision.Send, SurveySending.Decide(true, null, 30, Now));
        Assert.Equal(SendingDecision.TooSoon, SurveySending.Decide(true, Now.AddDays(-29), 30, Now));
        Assert.Equal(SendingDecision.Send, SurveySending.Decide(true, Now.AddDays(-30), 30, Now));
    }
}
