using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Rooms;

namespace GuestLoop.Domain.Tests.Rooms;

public class OccupancyTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly DateOnly Monday = new(2026, 12, 7);

    /// <summary>A local time in Shanghai on a day of the week of 7 December 2026.</summary>
    private static DateTimeOffset Local(int day, int hour, int minute = 0) => new(2026, 12, 7 + day, hour, minute, 0, TimeSpan.FromHours(8));

    [Fact]
    public void The_night_is_counted_at_two_in_the_morning_local_time()
    {
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 18, 0, 0, TimeSpan.Zero), Occupancy.AuditOf(Monday, Shanghai));
    }

    [Fact]
    public void A_room_counts_for_each_night_it_was_occupied_at_the_audit()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var changes = new[]
        {
            // a: in on Monday 15:00, out on Wednesday 11:00 — Monday and Tuesday nights.
            new RoomStatusSince(a, Local(0, 9), RoomStatus.Inspected), new RoomStatusSince(a, Local(0, 15), RoomStatus.Occupied),
            new RoomStatusSince(a, Local(2, 11), RoomStatus.VacantDirty),
            // b: a late arrival at 01:30 on Tuesday counts for Monday night; out at 01:00 on Wednesday misses Tuesday night.
            new RoomStatusSince(b, Local(0, 8), RoomStatus.VacantClean), new RoomStatusSince(b, Local(1, 1, 30), RoomStatus.Occupied),
            new RoomStatusSince(b, Local(2, 1), RoomStatus.VacantDirty),
        };

        var nights = Occupancy.Nights(changes, Monday, Monday.AddDays(2), Shanghai, Local(5, 0));

        Assert.Equal([new OccupiedNight(Monday, 2), new OccupiedNight(Monday.AddDays(1), 1), new OccupiedNight(Monday.AddDays(2), 0)], nights);
        Assert.Equal(3, Occupancy.RoomNights(changes, Monday, Monday.AddDays(2), Shanghai, Local(5, 0)));
    }

    [Fact]
    public void A_night_whose_audit_is_to_come_and_a_room_before_it_existed_are_not_counted()
    {
        var room = Guid.NewGuid();
        var changes = new[] { new RoomStatusSince(room, Local(1, 12), RoomStatus.Occupied) };

        // Monday night was audited before the room existed; Tuesday night's audit (Wednesday 02:00) has not come at Wednesday 01:00.
        Assert.Equal([new OccupiedNight(Monday, 0)], Occupancy.Nights(changes, Monday, Monday.AddDays(1), Shanghai, Local(2, 1)));
        Assert.Equal(1, Occupancy.RoomNights(changes, Monday, Monday.AddDays(1), Shanghai, Local(2, 2)));
    }

    [Theory]
    [InlineData(6, 12, 0.5)]
    [InlineData(0, 10, 0.0)]
    public void Work_orders_per_occupied_room_night(int orders, int nights, double expected) =>
        Assert.Equal(expected, Occupancy.WorkOrdersPerOccupiedRoomNight(orders, nights));

    [Fact]
    public void No_occupied_night_gives_no_ratio() => Assert.Null(Occupancy.WorkOrdersPerOccupiedRoomNight(3, 0));

    [Fact]
    public void Consumption_totals_add_up_per_key_largest_first()
    {
        var totals = ConsumptionSummary.Totals([("浴巾", 2), ("牙具", 1), ("浴巾", 2), ("面巾", 4)]);

        Assert.Equal([new ConsumptionTotal("浴巾", 4), new ConsumptionTotal("面巾", 4), new ConsumptionTotal("牙具", 1)], totals);
    }

    [Fact]
    public void A_consumption_record_needs_an_item_and_a_sensible_quantity()
    {
        var room = RoomTests.NewRoom();
        var by = new GuestLoop.Domain.Organisation.Actor(Guid.NewGuid(), "赵敏", GuestLoop.Domain.Organisation.AuthorityLevel.None);

        var e = Assert.Throws<CaseValidationException>(() => RoomConsumption.Record(room, Monday, " ", 0, by, Local(0, 10)));
        Assert.Equal(["itemCode", "quantity"], e.Errors.Keys.Order());

        var used = RoomConsumption.Record(room, Monday, " 浴巾 ", 2, by, Local(0, 10));
        Assert.Equal((room.Id, "浴巾", 2, by.StaffId), (used.RoomId, used.ItemCode, used.Quantity, used.ById));
    }
}
