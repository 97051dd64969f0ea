using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Tests.Cases;

public sealed class CaseMessagesTests
{
    [Fact]
    public void A_guest_message_is_kept_in_the_history_for_the_guest_to_see_even_on_a_closed_case()
    {
        var c = CaseBuilder.New();
        foreach (var step in new[] { CaseAction.Triage, CaseAction.StartInvestigation, CaseAction.ProposePlan, CaseAction.ApprovePlan,
                     CaseAction.StartExecution, CaseAction.Reply, CaseAction.RecordFollowUp, CaseAction.Close })
        {
            c.Do(step);
        }

        c.RecordGuestMessage(Actor.Guest("张伟"), CaseBuilder.T0.AddDays(3), "email", "  谢谢，已收到。 ");

        var line = c.History[^1];
        Assert.Equal(CaseAction.GuestMessage, line.Action);
        Assert.Equal("email: 谢谢，已收到。", line.Detail);
        Assert.True(line.IsPublic);
        Assert.Equal(CaseStatus.Closed, c.Status);
    }

    [Fact]
    public void An_empty_guest_message_is_refused()
    {
        var c = CaseBuilder.New();
        Assert.Throws<CaseValidationException>(() => c.RecordGuestMessage(Actor.Guest(null), CaseBuilder.T0, "email", " "));
    }

    [Fact]
    public void A_reply_is_sent_only_once_one_is_written()
    {
        var c = CaseBuilder.New();
        Assert.Throws<CaseValidationException>(() => c.RecordReplySent(CaseBuilder.Clerk, CaseBuilder.T0, "email", "g@example.com"));

        c.Do(CaseAction.InterimReply);
        c.RecordReplySent(CaseBuilder.Clerk, CaseBuilder.T0.AddHours(1), "sms", "13800000000");

        Assert.Equal(CaseAction.ReplySent, c.History[^1].Action);
        Assert.Equal("sms: 13800000000", c.History[^1].Detail);
        Assert.True(c.History[^1].IsPublic);
    }

    [Fact]
    public void A_survey_reminder_is_an_internal_line_numbered_from_one()
    {
        var c = CaseBuilder.New();
        Assert.Throws<CaseValidationException>(() => c.RecordSurveyReminder(Actor.System, CaseBuilder.T0, 0, "sms", "138****0000"));

        c.RecordSurveyReminder(Actor.System, CaseBuilder.T0.AddDays(3), 1, "sms", "138****0000");
        c.RecordSurveyReminder(CaseBuilder.Clerk, CaseBuilder.T0.AddDays(7), 2, "manual", null);

        Assert.Equal(["#1 sms: 138****0000", "#2 manual"], c.History.Where(h => h.Action == CaseAction.SurveyReminder).Select(h => h.Detail));
        Assert.DoesNotContain(c.History, h => h.Action == CaseAction.SurveyReminder && h.IsPublic);
    }
}
