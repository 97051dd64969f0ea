using GuestLoop.Domain.Cases;

namespace GuestLoop.Domain.Tests.Cases;

public class CaseChangesTests
{
    [Fact]
    public void A_colleagues_step_after_the_form_opened_is_news_and_ones_own_is_not()
    {
        var c = CaseBuilder.New();
        var seen = CaseChanges.Latest(c);
        Assert.Empty(CaseChanges.Since(c, seen, CaseBuilder.Manager.StaffId));

        c.AddNote(CaseBuilder.Manager, CaseBuilder.T0.AddMinutes(1), "先打电话给客人");
        Assert.Empty(CaseChanges.Since(c, seen, CaseBuilder.Manager.StaffId));

        c.AddNote(CaseBuilder.Head, CaseBuilder.T0.AddMinutes(2), "我来处理");
        var news = Assert.Single(CaseChanges.Since(c, seen, CaseBuilder.Manager.StaffId));
        Assert.Equal("head", news.ActorName);
        Assert.Equal(CaseAction.AddNote, news.Action);
        Assert.True(CaseChanges.Latest(c) > seen);
        Assert.Empty(CaseChanges.Since(c, CaseChanges.Latest(c), CaseBuilder.Manager.StaffId));
    }

    [Fact]
    public void A_change_by_the_system_or_the_guest_is_news_to_everyone()
    {
        var c = CaseBuilder.New();
        var seen = CaseChanges.Latest(c);

        c.AddNote(GuestLoop.Domain.Organisation.Actor.System, CaseBuilder.T0.AddMinutes(5), "escalated");

        Assert.Single(CaseChanges.Since(c, seen, CaseBuilder.Manager.StaffId));
        Assert.Single(CaseChanges.Since(c, seen, null));
    }
}
