using GuestLoop.Domain.Cases;

namespace GuestLoop.Domain.Tests.Cases;

public sealed class ReplyLetterTests
{
    [Fact]
    public void A_case_without_a_reply_has_no_letter()
    {
        Assert.Throws<CaseValidationException>(() => ReplyLetter.For(CaseBuilder.New()));
    }

    [Fact]
    public void An_unsolved_case_sends_the_reason_and_the_expected_date()
    {
        var c = CaseBuilder.New();
        c.Do(CaseAction.InterimReply);

        var letter = ReplyLetter.For(c);

        Assert.True(letter.Interim);
        Assert.Equal("正在处理", letter.Text);
        Assert.Equal(new DateOnly(2026, 3, 10), letter.ExpectedBy);
        Assert.Equal("C-1", letter.CaseNumber);
        Assert.Null(letter.Guest);
    }

    [Fact]
    public void Once_solved_the_latest_written_reply_is_the_letter_without_a_date()
    {
        var c = CaseBuilder.New();
        c.Do(CaseAction.InterimReply);
        foreach (var step in new[] { CaseAction.Triage, CaseAction.StartInvestigation, CaseAction.ProposePlan, CaseAction.ApprovePlan,
                     CaseAction.StartExecution, CaseAction.Reply })
        {
            c.Do(step);
        }

        var letter = ReplyLetter.For(c);

        Assert.False(letter.Interim);
        Assert.Equal("已处理，深表歉意", letter.Text);
        Assert.Null(letter.ExpectedBy);
    }
}
