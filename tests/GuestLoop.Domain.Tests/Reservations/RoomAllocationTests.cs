using GuestLoop.Domain.Customers;
using GuestLoop.Domain.Reservations;

namespace GuestLoop.Domain.Tests.Reservations;

public class RoomAllocationTests
{
    private static readonly Guid King = Guid.NewGuid();

    private static AllocationRoom Room(string number, int floor, bool accessible = false, string? view = null, bool ready = true) =>
        new(Guid.NewGuid(), number, floor, King, accessible, view, ready);

    private static AllocationArrival Arrival(bool accessible = false, SpecialNeeds needs = SpecialNeeds.None, string? floor = null, string? view = null,
        LoyaltyTier tier = LoyaltyTier.None) =>
        new(Guid.NewGuid(), King, accessible, needs, new GuestPreferences(null, floor, view, null), tier);

    [Fact]
    public void A_wheelchair_user_who_books_late_still_gets_the_one_accessible_room()
    {
        var rooms = new[] { Room("801", 8, accessible: true), Room("802", 8), Room("1201", 12, view: "湖景") };
        var first = Arrival(floor: "低");
        var wheelchair = Arrival(needs: SpecialNeeds.Mobility);

        var s = RoomAllocation.Suggest([first, wheelchair], rooms);

        Assert.Equal("801", s[1].RoomNumber);
        Assert.True(s[1].SpecialNeedsMet);
        Assert.Contains("accessible", s[1].Reasons);
        Assert.Equal("802", s[0].RoomNumber);
    }

    [Fact]
    public void Accessible_rooms_are_kept_back_from_guests_who_do_not_need_them()
    {
        var s = RoomAllocation.Suggest([Arrival()], [Room("801", 8, accessible: true), Room("1101", 11)]);
        Assert.Equal("1101", s[0].RoomNumber);
    }

    [Fact]
    public void Floor_and_view_wishes_are_met_where_a_room_allows_and_counted()
    {
        var arrivals = new[] { Arrival(floor: "高楼层", view: "湖景"), Arrival(floor: "9") };
        var rooms = new[] { Room("801", 8), Room("901", 9), Room("1201", 12, view: "湖景"), Room("1202", 12) };

        var s = RoomAllocation.Suggest(arrivals, rooms);
        var quality = RoomAllocation.Measure(arrivals, s);

        Assert.Equal("1201", s[0].RoomNumber);
        Assert.Equal("901", s[1].RoomNumber);
        Assert.Equal(new AllocationQuality(0, 0, 3, 3), quality);
        Assert.Equal(1.0, quality.PreferencesShare);
        Assert.Null(quality.SpecialNeedsShare);
    }

    [Fact]
    public void The_elderly_go_low_and_higher_tiers_choose_before_others()
    {
        var guest = Arrival(view: "湖景");
        var platinum = Arrival(view: "湖景", tier: LoyaltyTier.Platinum);
        var elderly = Arrival(needs: SpecialNeeds.Elderly);
        var rooms = new[] { Room("801", 8), Room("1001", 10, view: "湖景"), Room("1201", 12) };

        var s = RoomAllocation.Suggest([guest, platinum, elderly], rooms);

        Assert.Equal("1001", s[1].RoomNumber);
        Assert.Equal("801", s[2].RoomNumber);
        Assert.True(s[2].SpecialNeedsMet);
        Assert.Equal(0, s[0].PreferencesMet);
    }

    [Fact]
    public void With_no_accessible_room_free_the_need_is_reported_unmet_and_with_no_room_at_all_no_room_is_named()
    {
        AllocationArrival[] arrivals = [Arrival(accessible: true), Arrival()];
        var s = RoomAllocation.Suggest(arrivals, [Room("802", 8)]);

        Assert.Equal("802", s[0].RoomNumber);
        Assert.False(s[0].SpecialNeedsMet);
        Assert.Contains("no-accessible-room-free", s[0].Reasons);
        Assert.Null(s[1].RoomId);
        Assert.Contains("no-room-free", s[1].Reasons);
        Assert.Equal(new AllocationQuality(1, 0, 0, 0), RoomAllocation.Measure(arrivals, s));
    }

    [Fact]
    public void Every_special_needs_guest_of_a_full_hotel_is_placed_when_accessible_rooms_suffice()
    {
        var random = new Random(7);
        var rooms = Enumerable.Range(0, 500).Select(i => Room($"{8 + i / 50}{i % 50:00}", 8 + i / 50, accessible: i % 25 == 0, ready: i % 3 > 0)).ToList();
        var arrivals = Enumerable.Range(0, 450).Select(i => Arrival(needs: i % 30 == 0 ? SpecialNeeds.Mobility : i % 17 == 0 ? SpecialNeeds.Elderly : SpecialNeeds.None,
            floor: random.Next(3) == 0 ? "高" : null)).ToList();

        var s = RoomAllocation.Suggest(arrivals, rooms);
        var quality = RoomAllocation.Measure(arrivals, s);

        Assert.Equal(450, s.Select(x => x.RoomId).Distinct().Count());
        Assert.Equal(quality.SpecialNeedsGuests, quality.SpecialNeedsPlaced);
        Assert.True(quality.SpecialNeedsGuests > 20);
    }

    private static AllocationRoom Joined(string number, int floor, string? connecting, string? view = null) =>
        new(Guid.NewGuid(), number, floor, King, false, view, true, connecting);

    [Fact]
    public void A_familys_second_room_is_the_one_connecting_to_its_first_even_over_a_view_wish()
    {
        var rooms = new[] { Joined("801", 8, "802"), Joined("802", 8, "801"), Joined("805", 8, null, view: "湖景") };
        var parent = Arrival() with { Party = "王家" };
        var child = Arrival(view: "湖景") with { Party = "王家" };
        var stranger = Arrival(view: "湖景");

        var family = RoomAllocation.Suggest([parent, child], rooms);
        var alone = RoomAllocation.Suggest([Arrival(), stranger], rooms);

        Assert.Equal(("801", "802"), (family[0].RoomNumber, family[1].RoomNumber));
        Assert.Contains("connecting", family[1].Reasons);
        Assert.Equal((2, 1), (family[1].PreferencesStated, family[1].PreferencesMet));
        Assert.Equal("805", alone[1].RoomNumber);
    }

    [Fact]
    public void A_guest_who_wants_quiet_is_kept_from_the_rooms_next_to_a_group_and_a_group_from_theirs()
    {
        AllocationRoom[] Floor() => [Room("801", 8), Room("802", 8), Room("803", 8), Room("804", 8), Room("805", 8), Room("806", 8)];
        var group = Enumerable.Range(0, 3).Select(_ => Arrival() with { Party = "旅行团" }).ToList();
        var quiet = Arrival() with { NoiseSensitive = true };

        var after = RoomAllocation.Suggest([.. group, quiet], Floor());
        var before = RoomAllocation.Suggest([quiet, .. group], Floor());
        var unbothered = RoomAllocation.Suggest([.. group, Arrival()], Floor());

        Assert.Equal(["801", "802", "803"], after.Take(3).Select(x => x.RoomNumber));
        Assert.Equal("806", after[3].RoomNumber);
        Assert.Contains("away-from-group", after[3].Reasons);
        Assert.Equal("801", before[0].RoomNumber);
        Assert.All(before.Skip(1), x => Assert.True(int.Parse(x.RoomNumber!) >= 804, x.RoomNumber));
        Assert.Equal("804", unbothered[3].RoomNumber);
    }

    [Theory]
    [InlineData("客人投诉隔壁太吵", true)]
    [InlineData("请安排安静的房间", true)]
    [InlineData("Noisy neighbours last time", true)]
    [InlineData("高楼层，湖景", false)]
    [InlineData(null, false)]
    public void Noise_is_recognised_in_notes_and_complaints(string? text, bool mentions) => Assert.Equal(mentions, RoomAllocation.MentionsNoise(text));
}
