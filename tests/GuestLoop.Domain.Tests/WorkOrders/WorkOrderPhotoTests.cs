using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.WorkOrders;

namespace GuestLoop.Domain.Tests.WorkOrders;

/// <summary>Who may add which photo to a work order or a found item, and when; and the one case an order is linked to.</summary>
public class WorkOrderPhotoTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly Actor Attendant = new(Guid.NewGuid(), "客房服务员", AuthorityLevel.None);

    private static readonly Actor Desk = new(Guid.NewGuid(), "前台", AuthorityLevel.None);

    private static Photo Picture(PhotoKind kind, string type = "image/jpeg") =>
        new(kind, "kettle.jpg", type, 2048, "2026/12/abc", new string('a', 64), Now, Attendant);

    private static WorkOrder Assigned()
    {
        var o = WorkOrder.Open(Guid.NewGuid(), new RequestType("kettle", "电水壶维修", Guid.NewGuid(), "electrical", 15, 60, true), "1208", "电水壶不加热",
            WorkOrderPriority.Normal, specialNeeds: false, Now);
        o.Assign(Attendant.StaffId!.Value, Actor.System, Now);
        return o;
    }

    [Fact]
    public void Anyone_adds_a_report_photo_while_the_order_is_open_and_the_timeline_says_so()
    {
        var o = Assigned();
        o.AddPhoto(Picture(PhotoKind.Report), Desk, Now);
        Assert.Single(o.Photos);
        Assert.Equal(("photo", "report"), (o.Timeline[^1].Step, o.Timeline[^1].Note));
    }

    [Fact]
    public void Before_and_after_photos_are_the_assignees_once_accepted()
    {
        var o = Assigned();
        Assert.Throws<WorkOrderStepException>(() => o.AddPhoto(Picture(PhotoKind.Before), Attendant, Now));
        o.Accept(Attendant, Now.AddMinutes(2));
        Assert.Throws<WorkOrderStepException>(() => o.AddPhoto(Picture(PhotoKind.Before), Desk, Now));
        o.AddPhoto(Picture(PhotoKind.Before), Attendant, Now.AddMinutes(3));
        o.Start(Attendant, Now.AddMinutes(4));
        o.Complete(Attendant, Now.AddMinutes(20), "已更换");
        o.AddPhoto(Picture(PhotoKind.After), Attendant, Now.AddMinutes(21));
        Assert.Equal([PhotoKind.Before, PhotoKind.After], o.Photos.Select(p => p.Kind));
    }

    [Fact]
    public void A_closed_order_takes_no_photo()
    {
        var o = Assigned();
        o.Cancel(Desk, Now, "客人取消");
        Assert.Throws<WorkOrderStepException>(() => o.AddPhoto(Picture(PhotoKind.Report), Desk, Now));
    }

    [Fact]
    public void Only_pictures_and_at_most_twelve()
    {
        var o = Assigned();
        var notPicture = Assert.ThrowsAny<DomainException>(() => o.AddPhoto(Picture(PhotoKind.Report, "application/pdf"), Desk, Now));
        Assert.Equal(DomainErrorKind.Invalid, notPicture.Kind);
        for (var i = 0; i < Photo.MaxPerRecord; i++)
        {
            o.AddPhoto(Picture(PhotoKind.Report), Desk, Now);
        }

        Assert.ThrowsAny<DomainException>(() => o.AddPhoto(Picture(PhotoKind.Report), Desk, Now));
        Assert.Equal(Photo.MaxPerRecord, o.Photos.Count);
    }

    [Fact]
    public void An_order_links_one_case_once()
    {
        var o = Assigned();
        var caseId = Guid.NewGuid();
        o.LinkCase(caseId, "DEMO-HOTEL-261207-001", Desk, Now);
        Assert.Equal(caseId, o.CaseId);
        Assert.Throws<WorkOrderStepException>(() => o.LinkCase(Guid.NewGuid(), "X", Desk, Now));
        Assert.Equal(caseId, o.CaseId);
    }

    [Fact]
    public void A_found_item_takes_photos_while_stored_only()
    {
        var item = LostItem.Register(Guid.NewGuid(), Desk, Now, "黑色双肩包", "大堂", Now.AddHours(-1), "行李房", TimeSpan.FromDays(90));
        item.AddPhoto(Picture(PhotoKind.Report), Desk, Now);
        item.Return(Desk, Now, "失主王先生");
        Assert.Throws<LostItemStepException>(() => item.AddPhoto(Picture(PhotoKind.Report), Desk, Now));
        Assert.Single(item.Photos);
    }
}

/// <summary>The complaint a work order becomes.</summary>
public class WorkOrderCasesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(8));

    private static WorkOrder Order(string description) => WorkOrder.Open(Guid.NewGuid(), new RequestType("ac", "空调维修", Guid.NewGuid(), "air-conditioning", 15, 60, true),
        "1208", description, WorkOrderPriority.Normal, specialNeeds: false, Now, new WorkOrderOrigin(Guid.NewGuid(), "H-W-1", WorkOrderChannel.GuestPage));

    [Fact]
    public void Without_words_of_its_own_the_complaint_is_the_orders_type_place_and_description()
    {
        var o = Order("空调不制冷，已报修两次");
        var c = WorkOrderCases.Complaint(o, null, " ", null);
        Assert.Equal(("空调维修 · 1208", "空调不制冷，已报修两次", "1208"), (c.Title, c.Description, c.Place));
        Assert.Equal((GuestLoop.Domain.Cases.CaseKind.Complaint, GuestLoop.Domain.Cases.Channel.Web, o.PropertyId, (DateTimeOffset?)Now), (c.Kind, c.Channel, c.PropertyId, c.OccurredAt));
        Assert.Empty(c.Validate(Now.AddMinutes(5)).Keys);
    }

    [Fact]
    public void The_staff_members_words_win_and_an_empty_order_still_gives_a_description()
    {
        var c = WorkOrderCases.Complaint(Order(""), "客人投诉维修超时", null, null);
        Assert.Equal(("客人投诉维修超时", "空调维修"), (c.Title, c.Description));
    }

    [Fact]
    public void An_order_already_tied_to_a_case_raises_no_second()
    {
        var o = Order("x");
        o.LinkCase(Guid.NewGuid(), "C-1", Actor.System, Now);
        Assert.Throws<WorkOrderStepException>(() => WorkOrderCases.Complaint(o, null, null, null));
    }
}
