using GuestLoop.Domain.Facilities;
using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Tests.Facilities;

public class FacilityBookingTests
{
    private static readonly DateTime LocalNow = new(2026, 12, 7, 10, 0, 0);
    private static readonly DateOnly Today = DateOnly.FromDateTime(LocalNow);
    private static readonly DateTimeOffset Now = new(LocalNow, TimeSpan.FromHours(8));
    private static readonly Actor Clerk = new(Guid.NewGuid(), "餐厅 赵", AuthorityLevel.Level3);

    private static Facility Restaurant(int capacity = 40) => Facility.Create(Guid.NewGuid(),
        new FacilitySpec("CN-REST", "中餐厅", FacilityKind.Restaurant, capacity, false, 30, new TimeOnly(11, 0), new TimeOnly(21, 0),
            new FacilityRules(60, 180, 12, 2)));

    private static Facility MeetingRoom() => Facility.Create(Guid.NewGuid(),
        new FacilitySpec("MR-1", "一号会议室", FacilityKind.MeetingRoom, 30, true, 60, new TimeOnly(8, 0), new TimeOnly(22, 0),
            new FacilityRules(120, 600, 30, 24)));

    private static FacilityBookingRequest Dinner(int party = 4, int inDays = 1, int hour = 18) =>
        new(Today.AddDays(inDays), new TimeOnly(hour, 0), new TimeOnly(hour + 1, 30), party, "王芳", "13800138000", Notes: "一位素食");

    [Fact]
    public void A_restaurant_booking_holds_its_covers_in_each_half_hour_it_spans()
    {
        var booking = FacilityBooking.Create(Restaurant(), "F1", Dinner(), Clerk, Now, LocalNow);

        Assert.Equal([36, 37, 38], booking.HeldSlots());
        Assert.Equal(4, booking.Units);
        Assert.Equal(FacilityBookingStatus.Confirmed, booking.Status);
        Assert.Equal("一位素食", booking.Notes);
    }

    [Fact]
    public void A_meeting_room_booking_takes_the_whole_room_whatever_the_party()
    {
        var room = MeetingRoom();
        var request = new FacilityBookingRequest(Today.AddDays(3), new TimeOnly(9, 0), new TimeOnly(12, 0), 12, "华东销售部", "13900139000",
            Layout: EventLayout.UShape, Equipment: "投影仪、两只无线话筒", Catering: "茶歇 10:30",
            EventOrder: [new EventOrderItem(new TimeOnly(10, 30), "茶歇", "餐饮部"), new EventOrderItem(new TimeOnly(8, 0), "布场", "会议服务")]);

        var booking = FacilityBooking.Create(room, "F2", request, Clerk, Now, LocalNow);

        Assert.Equal(30, booking.Units);
        Assert.Equal([9, 10, 11], booking.HeldSlots());
        Assert.Equal(EventLayout.UShape, booking.Layout);
        Assert.Equal(["布场", "茶歇"], booking.EventOrder.Select(i => i.Activity));
    }

    [Theory]
    [InlineData(18, 15, 19, 0, "start")]   // off the 30-minute grid
    [InlineData(10, 0, 11, 0, "end")]      // before opening
    [InlineData(20, 30, 21, 30, "end")]    // after closing
    [InlineData(12, 0, 16, 0, "end")]      // longer than 180 minutes
    [InlineData(18, 0, 18, 0, "end")]      // no length
    public void Times_off_the_grid_outside_hours_or_too_long_are_refused(int fromHour, int fromMinute, int toHour, int toMinute, string field)
    {
        var request = Dinner() with { Start = new TimeOnly(fromHour, fromMinute), End = new TimeOnly(toHour, toMinute) };

        var e = Assert.Throws<FacilityValidationException>(() => FacilityBooking.Create(Restaurant(), "F", request, Clerk, Now, LocalNow));

        Assert.Contains(field, e.Errors.Keys);
    }

    [Fact]
    public void Notice_party_size_contact_and_event_details_are_checked_together()
    {
        var request = new FacilityBookingRequest(Today, new TimeOnly(11, 0), new TimeOnly(12, 0), 13, "", null, Layout: EventLayout.Banquet);

        var e = Assert.Throws<FacilityValidationException>(() => FacilityBooking.Create(Restaurant(), "F", request, Clerk, Now, LocalNow.AddMinutes(31)));

        Assert.Equal(["guestName", "layout", "partySize", "phone", "start"], e.Errors.Keys.Order());
    }

    [Fact]
    public void An_event_order_line_outside_the_event_is_refused_by_its_line()
    {
        var request = new FacilityBookingRequest(Today.AddDays(2), new TimeOnly(14, 0), new TimeOnly(16, 0), 10, "张伟", "13800138000",
            EventOrder: [new EventOrderItem(new TimeOnly(15, 0), "合影", null), new EventOrderItem(new TimeOnly(17, 0), "晚宴", "餐饮部")]);

        var e = Assert.Throws<FacilityValidationException>(() => FacilityBooking.Create(MeetingRoom(), "F", request, Clerk, Now, LocalNow));

        Assert.Equal(["Line 2: between two hours before the start and the end."], e.Errors["eventOrder"]);
    }

    [Fact]
    public void Cancelling_inside_the_free_window_is_recorded_late_and_frees_the_slots()
    {
        var early = FacilityBooking.Create(Restaurant(), "F1", Dinner(inDays: 1), Clerk, Now, LocalNow);
        var late = FacilityBooking.Create(Restaurant(), "F2", Dinner(inDays: 0, hour: 11), Clerk, Now, LocalNow);

        Assert.False(early.Cancel("行程变化", Clerk, Now, LocalNow));
        Assert.True(late.Cancel("临时有事", Clerk, Now, LocalNow));
        Assert.Empty(late.HeldSlots());
        Assert.Equal("cancelled-late", late.History[^1].What);
        Assert.Throws<FacilityBookingStateException>(() => late.Cancel("again", Clerk, Now, LocalNow));
        Assert.Throws<FacilityValidationException>(() => FacilityBooking.Create(Restaurant(), "F3", Dinner(), Clerk, Now, LocalNow).Cancel(" ", Clerk, Now, LocalNow));
    }

    [Fact]
    public void Arrival_opens_a_quarter_hour_before_the_start_and_a_no_show_only_after_the_grace()
    {
        var booking = FacilityBooking.Create(Restaurant(), "F1", Dinner(inDays: 0, hour: 18), Clerk, Now, LocalNow);
        var evening = Today.ToDateTime(new TimeOnly(17, 44));

        Assert.Throws<FacilityValidationException>(() => booking.Arrive(Clerk, Now, evening));
        Assert.Throws<FacilityValidationException>(() => booking.MarkNoShow(Clerk, Now, evening.AddMinutes(30)));
        booking.MarkNoShow(Clerk, Now, evening.AddMinutes(31));
        Assert.Empty(booking.HeldSlots());

        var other = FacilityBooking.Create(Restaurant(), "F2", Dinner(inDays: 0, hour: 18), Clerk, Now, LocalNow);
        other.Arrive(Clerk, Now, evening.AddMinutes(1));
        Assert.Equal(3, other.HeldSlots().Count);
        Assert.Throws<FacilityBookingStateException>(() => other.Change(Restaurant(), Dinner(), Clerk, Now, LocalNow));
    }

    [Fact]
    public void A_change_moves_the_held_slots_and_keeps_the_history()
    {
        var restaurant = Restaurant();
        var booking = FacilityBooking.Create(restaurant, "F1", Dinner(), Clerk, Now, LocalNow);

        booking.Change(restaurant, Dinner(party: 6, hour: 12), Clerk, Now, LocalNow);

        Assert.Equal([24, 25, 26], booking.HeldSlots());
        Assert.Equal(6, booking.Units);
        Assert.Equal(2, booking.Version);
        Assert.StartsWith(Today.AddDays(1).ToString("yyyy-MM-dd") + " 18:00–19:30 →", booking.History[^1].Note);
    }

    [Theory]
    [InlineData(0, 30, 8, 22, "capacity")]
    [InlineData(10, 25, 8, 22, "slotMinutes")]
    [InlineData(10, 60, 22, 8, "closes")]
    [InlineData(10, 60, 8, 22, null)]
    public void A_facility_needs_capacity_a_slot_length_and_whole_slots_of_opening(int capacity, int slot, int opens, int closes, string? field)
    {
        var spec = new FacilitySpec("SPA", "水疗", FacilityKind.Spa, capacity, false, slot, new TimeOnly(opens, 0), new TimeOnly(closes, 0),
            new FacilityRules(30, 120, 1, 4));

        if (field is null)
        {
            Assert.Equal(14, Facility.Create(Guid.NewGuid(), spec).SlotsPerDay);
        }
        else
        {
            Assert.Contains(field, Assert.Throws<FacilityValidationException>(() => Facility.Create(Guid.NewGuid(), spec)).Errors.Keys);
        }
    }
}
