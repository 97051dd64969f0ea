using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Surveys;

namespace GuestLoop.Domain.Tests.Surveys;

public sealed class SurveyInvitationTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    private static readonly SurveyTemplate PostStay = new("离店满意度调查", SurveyOccasion.AfterCheckOut,
    [
        new("overall", "本次入住整体满意度", SurveyQuestionKind.Rating),
        new("checkin", "办理入住的速度", SurveyQuestionKind.Choice, ["很快", "一般", "较慢"]),
        new("nps", "您向亲友推荐本酒店的可能性", SurveyQuestionKind.Nps),
        new("comment", "其他意见和建议", SurveyQuestionKind.Text, Required: false),
    ], MinDaysBetween: 30);

    private static SurveyInvitation Sent() =>
        SurveyInvitation.Send(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), SurveyOccasion.AfterCheckOut, " R-1001 ", "token-0123456789abcdef", Now, 3);

    [Fact]
    public void An_invitation_takes_one_checked_answer_and_keeps_only_the_questions_answered()
    {
        var invitation = Sent();
        var wrong = Assert.Throws<CaseValidationException>(() =>
            invitation.Answer(PostStay, new Dictionary<string, string?> { ["overall"] = "6", ["checkin"] = "很快" }, Now));
        Assert.Equal(["nps", "overall"], wrong.Errors.Keys.Order());
        Assert.Null(invitation.AnsweredAt);

        invitation.Answer(PostStay, new Dictionary<string, string?> { ["overall"] = "4", ["checkin"] = " 一般 ", ["nps"] = "9", ["comment"] = "" }, Now.AddHours(1));

        Assert.Equal("R-1001", invitation.VisitReference);
        Assert.Equal(Now.AddHours(1), invitation.AnsweredAt);
        Assert.Equal([new("overall", "4"), new("checkin", "一般"), new("nps", "9")], invitation.Answers);
        var again = Assert.Throws<SurveyClosedException>(() =>
            invitation.Answer(PostStay, new Dictionary<string, string?> { ["overall"] = "1", ["checkin"] = "较慢", ["nps"] = "0" }, Now.AddHours(2)));
        Assert.Equal(SurveyState.Answered, again.State);
    }

    [Fact]
    public void One_reminder_falls_due_after_the_days_set_and_none_once_answered()
    {
        var invitation = Sent();
        Assert.False(invitation.IsReminderDue(Now.AddDays(3).AddMinutes(-1)));
        Assert.Throws<SurveyReminderException>(() => invitation.RecordReminder(Now.AddDays(1)));

        invitation.RecordReminder(Now.AddDays(3));

        Assert.Equal(Now.AddDays(3), invitation.RemindedAt);
        Assert.False(invitation.IsReminderDue(Now.AddDays(30)));
        var answered = Sent();
        answered.Answer(PostStay, new Dictionary<string, string?> { ["overall"] = "5", ["checkin"] = "很快", ["nps"] = "10" }, Now);
        Assert.False(answered.IsReminderDue(Now.AddDays(30)));
    }

    [Fact]
    public void Forgetting_an_erased_guest_drops_their_words_and_visit_but_keeps_the_scores()
    {
        var invitation = Sent();
        invitation.Answer(PostStay, new Dictionary<string, string?> { ["overall"] = "2", ["checkin"] = "较慢", ["nps"] = "3", ["comment"] = "我是1208房的王先生" }, Now);

        invitation.ForgetGuest(PostStay);

        Assert.Equal([new("overall", "2"), new("checkin", "较慢"), new("nps", "3")], invitation.Answers);
        Assert.Null(invitation.VisitReference);
    }

    [Fact]
    public void Refusals_say_why()
    {
        Assert.Contains("consent", new SurveyRefusedException(SendingDecision.NoConsent, 30).Message);
        Assert.Contains("30 days", new SurveyRefusedException(SendingDecision.TooSoon, 30).Message);
        Assert.Equal(DomainErrorKind.Conflict, new SurveyRefusedException(SendingDecision.TooSoon, 30).Kind);
    }

    [Fact]
    public void Results_give_the_mean_rating_the_nps_and_the_count_per_option()
    {
        var answers = new[]
        {
            new SurveyInvitationAnswer("overall", "5"), new("overall", "4"), new("overall", "3"),
            new("checkin", "很快"), new("checkin", "很快"), new("checkin", "较慢"),
            new("nps", "10"), new("nps", "9"), new("nps", "7"), new("nps", "3"),
        };

        var results = SurveyResults.Summarize(PostStay.Questions, answers);

        Assert.Equal((3, 4.0), (results[0].Answers, results[0].MeanRating));
        Assert.Equal(new Dictionary<string, int> { ["很快"] = 2, ["一般"] = 0, ["较慢"] = 1 }, results[1].ChoiceCounts);
        Assert.Equal((4, 25.0), (results[2].Answers, results[2].Nps));
        Assert.Equal((0, null), (results[3].Answers, results[3].MeanRating));
        Assert.Equal(0.5, SurveyResults.ResponseRate(4, 2));
        Assert.Null(SurveyResults.ResponseRate(0, 0));
    }
}
