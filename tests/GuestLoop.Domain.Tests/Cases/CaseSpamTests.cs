using GuestLoop.Domain.Cases;

namespace GuestLoop.Domain.Tests.Cases;

public sealed class CaseSpamTests
{
    [Theory]
    [InlineData(CaseStatus.Received)]
    [InlineData(CaseStatus.Investigating)]
    [InlineData(CaseStatus.Replied)]
    public void An_open_case_closes_as_spam_from_any_status_with_its_reason(CaseStatus status)
    {
        var c = CaseBuilder.ComplaintAt(status);
        var now = c.History[^1].At.AddHours(1);

        c.CloseAsSpam(CaseBuilder.Manager, now, "广告推销");

        Assert.Equal((CaseStatus.Closed, now, "广告推销"), (c.Status, c.ClosedAt, c.ClosingSummary));
        Assert.Equal((CaseAction.CloseAsSpam, "广告推销", status.ToString()), (c.History[^1].Action, c.History[^1].Detail, c.History[^1].Before));
    }

    [Fact]
    public void Spam_needs_a_reason_an_open_case_and_for_a_complaint_the_authority_of_its_closure()
    {
        var c = CaseBuilder.ComplaintAt(CaseStatus.Received);
        var now = c.History[^1].At.AddHours(1);

        Assert.Throws<CaseValidationException>(() => c.CloseAsSpam(CaseBuilder.Manager, now, " "));
        Assert.Throws<AuthorityException>(() => c.CloseAsSpam(CaseBuilder.Clerk, now, "广告"));
        Assert.Equal(CaseStatus.Received, c.Status);
        Assert.DoesNotContain(CaseAction.CloseAsSpam, c.AllowedActions(CaseBuilder.Manager));

        var closed = CaseBuilder.ComplaintAt(CaseStatus.Closed);
        Assert.Throws<CaseTransitionException>(() => closed.CloseAsSpam(CaseBuilder.Manager, now, "广告"));
    }
}
