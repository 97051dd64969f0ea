using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Tests.Cases;

namespace GuestLoop.Domain.Tests.Surveys;

/// <summary>How a survey answer lands on the case: as its follow-up when one is due, otherwise in the history.</summary>
public class CaseSurveyAnswerTests
{
    private static readonly Actor Guest = Actor.Guest("张伟");

    private static DateTimeOffset Later(Case c) => c.History[^1].At.AddHours(1);

    [Fact]
    public void A_satisfied_answer_on_a_replied_complaint_is_its_follow_up()
    {
        var c = CaseBuilder.ComplaintAt(CaseStatus.Replied);

        c.RecordSurveyAnswer(Guest, Later(c), 4, 9, "处理及时");

        Assert.Equal(CaseStatus.FollowUp, c.Status);
        Assert.Equal(new FollowUpRecord(Case.SurveyWay, 4, "NPS 9/10 处理及时"), c.FollowUp);
        Assert.Equal(CaseAction.RecordFollowUp, c.History[^1].Action);
        Assert.Equal(0, c.ReopenCount);
    }

    [Fact]
    public void An_unsatisfied_answer_on_a_replied_complaint_reopens_it_like_a_follow_up()
    {
        var c = CaseBuilder.ComplaintAt(CaseStatus.Replied);

        c.RecordSurveyAnswer(Guest, Later(c), 2, null, "房间仍有异味");

        Assert.Equal(CaseStatus.Investigating, c.Status);
        Assert.Equal(1, c.ReopenCount);
        Assert.Equal([CaseAction.RecordFollowUp, CaseAction.Reopen], c.History.TakeLast(2).Select(h => h.Action));
        Assert.Equal("survey: 2/5 房间仍有异味", c.History[^2].Detail);
    }

    [Fact]
    public void An_answer_on_a_case_without_a_follow_up_step_is_kept_in_the_history()
    {
        var c = CaseBuilder.New(CaseKind.Suggestion);
        c.Do(CaseAction.Triage);
        c.Do(CaseAction.Reply);

        c.RecordSurveyAnswer(Guest, Later(c), 5, null, null);

        Assert.Equal(CaseStatus.Replied, c.Status);
        Assert.Null(c.FollowUp);
        var entry = c.History[^1];
        Assert.Equal((CaseAction.AnswerSurvey, "survey: 5/5", true), (entry.Action, entry.Detail, entry.IsPublic));
    }

    [Fact]
    public void An_unsatisfied_answer_reopens_a_closed_case()
    {
        var c = CaseBuilder.ComplaintAt(CaseStatus.Closed);

        c.RecordSurveyAnswer(Guest, Later(c), 1, 0, null);

        Assert.Equal(CaseStatus.Investigating, c.Status);
        Assert.Equal([CaseAction.AnswerSurvey, CaseAction.Reopen], c.History.TakeLast(2).Select(h => h.Action));
    }

    [Fact]
    public void An_unsatisfied_answer_on_a_case_already_reopened_only_adds_to_the_history()
    {
        var c = CaseBuilder.ComplaintAt(CaseStatus.Replied);
        c.Do(CaseAction.Reopen);

        c.RecordSurveyAnswer(Guest, Later(c), 1, null, null);

        Assert.Equal(CaseStatus.Investigating, c.Status);
        Assert.Equal(1, c.ReopenCount);
        Assert.Equal(CaseAction.AnswerSurvey, c.History[^1].Action);
    }

    [Fact]
    public void A_satisfaction_out_of_range_is_refused_whatever_the_status()
    {
        var c = CaseBuilder.ComplaintAt(CaseStatus.Investigating);
        var count = c.History.Count;

        Assert.Throws<CaseValidationException>(() => c.RecordSurveyAnswer(Guest, Later(c), 6, null, null));
        Assert.Equal(count, c.History.Count);
    }

    [Fact]
    public void The_department_head_alert_is_an_internal_history_entry()
    {
        var c = CaseBuilder.ComplaintAt(CaseStatus.Investigating);

        c.AlertDepartmentHead(Actor.System, Later(c), "陈静: CSAT 2/5");

        var entry = c.History[^1];
        Assert.Equal((CaseAction.AlertDepartmentHead, "陈静: CSAT 2/5", false), (entry.Action, entry.Detail, entry.IsPublic));
        Assert.DoesNotContain(c.AllowedActions(CaseBuilder.Manager), a => a is CaseAction.AnswerSurvey or CaseAction.AlertDepartmentHead);
    }
}
