using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Rooms;

namespace GuestLoop.Domain.Tests.Rooms;

public class RoomTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);
    private static readonly Actor Attendant = new(Guid.NewGuid(), "李娜", AuthorityLevel.Level3);

    internal static Room NewRoom(RoomStatus status = RoomStatus.VacantDirty, string number = "1208") =>
        Room.Create(Guid.NewGuid(), new RoomDetails(number, 12, "主楼", Guid.NewGuid(), "湖景", null, null), status, Attendant, T0);

    [Fact]
    public void A_new_room_starts_with_its_status_as_the_first_line_of_its_history()
    {
        var room = NewRoom(RoomStatus.VacantClean);

        Assert.Equal(RoomStatus.VacantClean, room.Status);
        var first = Assert.Single(room.History);
        Assert.Equal((null, RoomStatus.VacantClean, T0, Attendant.StaffId), (first.From, first.To, first.At, first.ById));
    }

    [Fact]
    public void A_checkout_makes_the_room_dirty_needing_cleaning_and_is_kept_in_the_history()
    {
        var room = NewRoom(RoomStatus.Occupied);

        var cleaning = room.ChangeStatus(RoomStatus.VacantDirty, Attendant, T0.AddHours(8), " 退房 ");

        Assert.True(cleaning);
        Assert.Equal(RoomStatus.VacantDirty, room.Status);
        Assert.Equal(new RoomStatusChange(RoomStatus.Occupied, RoomStatus.VacantDirty, T0.AddHours(8), Attendant.StaffId, "李娜", "退房"), room.History[^1]);
        Assert.Equal(1, room.Version);
        Assert.False(room.ChangeStatus(RoomStatus.VacantClean, Attendant, T0.AddHours(9), null));
    }

    [Fact]
    public void A_forbidden_change_is_refused_and_leaves_the_room_as_it_was()
    {
        var room = NewRoom(RoomStatus.Occupied);

        Assert.Throws<RoomStatusException>(() => room.ChangeStatus(RoomStatus.Inspected, Attendant, T0.AddHours(1), null));

        Assert.Equal((RoomStatus.Occupied, 1, 0), (room.Status, room.History.Count, room.Version));
    }

    [Fact]
    public void Out_of_order_needs_the_reason_and_a_return_to_come_and_coming_back_clears_them()
    {
        var room = NewRoom(RoomStatus.VacantDirty);

        var e = Assert.Throws<CaseValidationException>(() => room.ChangeStatus(RoomStatus.OutOfOrder, Attendant, T0, " ", T0.AddHours(-1)));
        Assert.Equal(["expectedReturnAt", "reason"], e.Errors.Keys.Order());
        Assert.Equal(RoomStatus.VacantDirty, room.Status);

        room.ChangeStatus(RoomStatus.OutOfOrder, Attendant, T0, "卫生间漏水，更换管道", T0.AddDays(2));
        Assert.Equal(("卫生间漏水，更换管道", T0.AddDays(2)), (room.OutReason, room.ExpectedReturnAt));

        Assert.True(room.ChangeStatus(RoomStatus.VacantDirty, Attendant, T0.AddDays(1), "维修完毕"));
        Assert.Null(room.OutReason);
        Assert.Null(room.ExpectedReturnAt);
    }

    [Fact]
    public void Bad_details_are_refused_with_every_field_named()
    {
        var details = new RoomDetails(" ", 300, new string('楼', 41), Guid.Empty, null, null, new string('x', 201));

        var e = Assert.Throws<CaseValidationException>(() => Room.Create(Guid.NewGuid(), details, RoomStatus.OutOfOrder, Attendant, T0));

        Assert.Equal(["accessibilityFeatures", "building", "floor", "number", "status", "typeCode"], e.Errors.Keys.Order());
    }

    [Fact]
    public void A_room_does_not_connect_to_itself()
    {
        var e = Assert.Throws<CaseValidationException>(() =>
            Room.Create(Guid.NewGuid(), new RoomDetails("1208", 12, null, Guid.NewGuid(), null, "1208", null), RoomStatus.VacantClean, Attendant, T0));

        Assert.Equal(["connectingNumber"], e.Errors.Keys);
    }

    [Fact]
    public void A_room_type_keeps_its_checklist_in_order_and_refuses_a_bad_one()
    {
        var type = RoomType.Create(Guid.NewGuid(), "STK", new RoomTypeDetails("标准大床房", BedType.King, 2, false, false, [" 更换四巾 ", "清洁三缸"]));
        Assert.Equal(["更换四巾", "清洁三缸"], type.Checklist);

        var e = Assert.Throws<CaseValidationException>(() =>
            type.Change(new RoomTypeDetails("", BedType.King, 0, false, false, ["床铺", "床铺", null]), active: true));
        Assert.Equal(["checklist", "maxGuests", "name"], e.Errors.Keys.Order());
        Assert.Equal("标准大床房", type.Name);

        var missing = Assert.Throws<CaseValidationException>(() => RoomType.Create(Guid.NewGuid(), null, new RoomTypeDetails("x", BedType.Twin, 2, false, false, null)));
        Assert.Equal(["checklist", "code"], missing.Errors.Keys.Order());
    }
}
