using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Rooms;

namespace GuestLoop.Domain.Tests.Rooms;

public class RoomInspectionTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 7, 6, 0, 0, TimeSpan.Zero);
    private static readonly Actor Supervisor = new(Guid.NewGuid(), "李娜", AuthorityLevel.Level3);

    private static readonly RoomType Type = RoomType.Create(Guid.NewGuid(), "STK",
        new RoomTypeDetails("标准大床房", BedType.King, 2, false, false, ["更换四巾", "清洁三缸", "整理床铺"]));

    private static InspectionItem?[] Answers(params bool[] passed) =>
        Type.Checklist.Zip(passed, (item, ok) => new InspectionItem(item, ok, ok ? null : "有污渍")).Reverse().ToArray<InspectionItem?>();

    [Fact]
    public void Every_item_passed_makes_the_room_inspected()
    {
        var room = RoomTests.NewRoom(RoomStatus.VacantClean);

        var (inspection, cleaning) = RoomInspection.Of(room, Type, Answers(true, true, true), Supervisor, At);

        Assert.True(inspection.Passed);
        Assert.False(cleaning);
        Assert.Equal(RoomStatus.Inspected, room.Status);
        Assert.Equal(Type.Checklist, inspection.Items.Select(i => i.Item));
    }

    [Fact]
    public void A_failed_item_sends_the_room_back_dirty_with_the_failed_items_and_a_cleaning_task()
    {
        var room = RoomTests.NewRoom(RoomStatus.VacantClean);

        var (inspection, cleaning) = RoomInspection.Of(room, Type, Answers(true, false, false), Supervisor, At);

        Assert.False(inspection.Passed);
        Assert.True(cleaning);
        Assert.Equal(RoomStatus.VacantDirty, room.Status);
        Assert.Equal(["清洁三缸", "整理床铺"], inspection.FailedItems);
        Assert.Equal("清洁三缸、整理床铺", room.History[^1].Reason);
        Assert.Equal("有污渍", inspection.Items[1].Note);
    }

    [Fact]
    public void Only_a_clean_vacant_room_is_inspected()
    {
        var room = RoomTests.NewRoom(RoomStatus.VacantDirty);

        var e = Assert.Throws<RoomStatusException>(() => RoomInspection.Of(room, Type, Answers(true, true, true), Supervisor, At));

        Assert.Equal(DomainErrorKind.Conflict, e.Kind);
        Assert.Equal(RoomStatus.VacantDirty, room.Status);
    }

    [Fact]
    public void Answers_must_cover_the_checklist_exactly_once()
    {
        var room = RoomTests.NewRoom(RoomStatus.VacantClean);

        foreach (var answers in new[]
                 {
                     Answers(true, true), [.. Answers(true, true, true), new InspectionItem("阳台", true, null)],
                     [.. Answers(true, true, true), new InspectionItem("更换四巾", false, null)], [null], null,
                 })
        {
            var e = Assert.Throws<CaseValidationException>(() => RoomInspection.Of(room, Type, answers, Supervisor, At));
            Assert.Equal(["items"], e.Errors.Keys);
        }

        Assert.Equal(RoomStatus.VacantClean, room.Status);
    }
}
