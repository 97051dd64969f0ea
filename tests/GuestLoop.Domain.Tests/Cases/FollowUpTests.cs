using GuestLoop.Domain.Cases;

namespace GuestLoop.Domain.Tests.Cases;

public sealed class FollowUpTests
{
    [Theory]
    [InlineData("phone")]
    [InlineData("visit")]
    [InlineData("message")]
    [InlineData("email")]
    public void A_follow_up_by_each_way_is_kept_with_who_recorded_it(string way)
    {
        var c = CaseBuilder.ComplaintAt(CaseStatus.Replied);
        var at = c.History[^1].At.AddHours(2);

        c.RecordFollowUp(CaseBuilder.Head, at, new FollowUpRecord(way, 4, "已解决"));

        Assert.Equal(new FollowUpRecord(way, 4, "已解决"), c.FollowUp);
        Assert.Equal((CaseAction.RecordFollowUp, "head", at), (c.History[^1].Action, c.History[^1].ActorName, c.History[^1].At));
    }

    [Fact]
    public void An_unknown_way_is_refused_and_changes_nothing()
    {
        var c = CaseBuilder.ComplaintAt(CaseStatus.Replied);

        var e = Assert.Throws<CaseValidationException>(() => c.RecordFollowUp(CaseBuilder.Head, c.History[^1].At.AddHours(1), new FollowUpRecord("pigeon", 4, null)));

        Assert.True(e.Errors.ContainsKey("way"));
        Assert.Equal((CaseStatus.Replied, null), (c.Status, c.FollowUp));
    }
}
