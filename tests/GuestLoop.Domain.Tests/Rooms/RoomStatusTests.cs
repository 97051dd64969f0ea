using GuestLoop.Domain.Rooms;

namespace GuestLoop.Domain.Tests.Rooms;

/// <summary>Every (from, to) pair of room statuses against the housekeeping rules, written out as a table.</summary>
public class RoomStatusTests
{
    private const RoomStatus VD = RoomStatus.VacantDirty;
    private const RoomStatus VC = RoomStatus.VacantClean;
    private const RoomStatus IN = RoomStatus.Inspected;
    private const RoomStatus OC = RoomStatus.Occupied;
    private const RoomStatus OOO = RoomStatus.OutOfOrder;
    private const RoomStatus OOS = RoomStatus.OutOfService;

    private static readonly HashSet<(RoomStatus, RoomStatus)> Allowed =
    [
        (OC, VD),
        (VD, VC), (VD, OOO), (VD, OOS),
        (VC, IN), (VC, VD), (VC, OC), (VC, OOO), (VC, OOS),
        (IN, OC), (IN, VD), (IN, OOO), (IN, OOS),
        (OOO, VD),
        (OOS, VD),
    ];

    public static TheoryData<RoomStatus, RoomStatus> EveryPair()
    {
        var data = new TheoryData<RoomStatus, RoomStatus>();
        foreach (var from in Enum.GetValues<RoomStatus>())
        {
            foreach (var to in Enum.GetValues<RoomStatus>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Each_change_is_allowed_exactly_when_the_table_says_so(RoomStatus from, RoomStatus to)
    {
        Assert.Equal(Allowed.Contains((from, to)), RoomStatusTransitions.Allowed(from, to));
        if (Allowed.Contains((from, to)))
        {
            Assert.Equal(to, RoomStatusTransitions.Change(from, to));
        }
        else
        {
            var e = Assert.Throws<RoomStatusException>(() => RoomStatusTransitions.Change(from, to));
            Assert.Equal(DomainErrorKind.Conflict, e.Kind);
        }
    }

    [Fact]
    public void An_occupied_room_is_never_taken_out_of_order_with_the_guest_in_it()
    {
        Assert.False(RoomStatusTransitions.Allowed(OC, OOO));
        Assert.False(RoomStatusTransitions.Allowed(OC, OOS));
    }

    [Theory]
    [InlineData(OC, VD, true)]
    [InlineData(IN, VD, true)]
    [InlineData(OOO, VD, true)]
    [InlineData(VD, VC, false)]
    [InlineData(VC, IN, false)]
    public void A_room_that_becomes_dirty_needs_a_cleaning_task(RoomStatus from, RoomStatus to, bool cleaning) =>
        Assert.Equal(cleaning, RoomStatusTransitions.NeedsCleaning(from, to));

    [Fact]
    public void Every_status_can_be_left_and_every_status_reached_so_no_room_is_stuck()
    {
        foreach (var status in Enum.GetValues<RoomStatus>())
        {
            Assert.Contains(Enum.GetValues<RoomStatus>(), to => RoomStatusTransitions.Allowed(status, to));
            Assert.Contains(Enum.GetValues<RoomStatus>(), from => RoomStatusTransitions.Allowed(from, status));
        }
    }

    [Fact]
    public void The_refusal_names_both_statuses()
    {
        var e = Assert.Throws<RoomStatusException>(() => RoomStatusTransitions.Change(OC, OOO));
        Assert.Contains("Occupied", e.Message);
        Assert.Contains("OutOfOrder", e.Message);
    }
}
