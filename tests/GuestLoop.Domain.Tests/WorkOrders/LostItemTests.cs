using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.WorkOrders;

namespace GuestLoop.Domain.Tests.WorkOrders;

/// <summary>The lost-and-found register: each step recorded, returned once, never discarded before its retention period.</summary>
public class LostItemTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly Actor Desk = new(Guid.NewGuid(), "前台 李娜", AuthorityLevel.None);

    private static LostItem Found() => LostItem.Register(Guid.NewGuid(), Desk, Now, "黑色双肩包", "大堂休息区", Now.AddHours(-1), "行李房 A-3", TimeSpan.FromDays(90));

    [Fact]
    public void A_found_item_is_matched_and_returned_with_every_step_kept()
    {
        var item = Found();
        item.Move(Desk, Now.AddHours(1), "保险柜");
        var guest = Guid.NewGuid();
        item.Match(Desk, Now.AddHours(2), guest);
        item.Return(Desk, Now.AddHours(3), "王芳（本人，已核对证件）");

        Assert.Equal((LostItemState.Returned, guest, "保险柜"), (item.State, item.GuestId, item.StoredAt));
        Assert.Equal(4, item.Entries.Count);
        Assert.Throws<LostItemStepException>(() => item.Return(Desk, Now.AddHours(4), "王芳"));
        Assert.Throws<LostItemStepException>(() => item.Discard(Desk, Now.AddDays(365), "捐赠"));
    }

    [Fact]
    public void An_item_is_discarded_only_once_its_retention_period_has_passed()
    {
        var item = Found();
        Assert.Equal(Now.AddHours(-1).AddDays(90), item.KeepUntil);

        var e = Assert.Throws<LostItemStepException>(() => item.Discard(Desk, item.KeepUntil.AddSeconds(-1), "捐赠"));
        Assert.Equal(DomainErrorKind.Conflict, e.Kind);
        item.Discard(Desk, item.KeepUntil, "捐赠给慈善机构");
        Assert.Equal(LostItemState.Discarded, item.State);
    }

    [Fact]
    public void A_registration_needs_what_where_and_a_past_finding()
    {
        var e = Assert.ThrowsAny<DomainException>(() => LostItem.Register(Guid.NewGuid(), Desk, Now, " ", "大堂", Now.AddMinutes(5), "", TimeSpan.Zero));
        Assert.Equal(["description", "storedAt", "foundOn", "retention"], e.Errors.Keys);
    }
}
