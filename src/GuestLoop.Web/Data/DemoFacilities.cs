using GuestLoop.Domain.Facilities;
using GuestLoop.Web.Features.Facilities;

namespace GuestLoop.Web.Data;

/// <summary>
/// The demo's bookable facilities — the hotel's Chinese restaurant, meeting room, banquet hall, spa, gym and business
/// centre, and the scenic area's guided tours — with a week of bookings from today: tables at lunch and dinner (special
/// diets noted), a meeting today with its layout and event order, a wedding banquet, spa treatments and tour groups, each
/// slot's count in the slot table (a random booking that would overfill a slot is not made). Bookings whose start has
/// passed today are marked arrived. A fixed seed keeps it the same at every start.
/// </summary>
public static class DemoFacilities
{
    private static readonly string[] Names = ["张伟", "王芳", "李娜", "刘洋", "陈杰", "杨静", "赵磊", "黄敏", "周婷", "吴昊", "徐丽", "孙浩"];
    private static readonly string?[] Diets = ["一位素食", "儿童座椅", "花生过敏", "不吃辣", null, null, null, null];

    public static void Seed(GuestLoopDbContext db, DemoOrganisation.Organisation org, DateTimeOffset now)
    {
        var random = new Random(2028);
        var desk = org.Member("clerk").ToActor();
        var sequence = 0;
        var bookings = new List<(Facility Facility, FacilityBooking Booking)>();
        var held = new Dictionary<(Guid Facility, DateOnly Date, int Slot), int>();

        Facility Add(Guid property, string code, string name, FacilityKind kind, int capacity, bool exclusive, int slot, int opens, int closes, FacilityRules rules)
        {
            var facility = Facility.Create(property,
                new FacilitySpec(code, name, kind, capacity, exclusive, slot, new TimeOnly(opens, 0), new TimeOnly(closes, 0), rules));
            db.Facilities.Add(facility);
            return facility;
        }

        void Book(Facility facility, DemoOrganisation.Organisation o, DateOnly day, int hour, int minute, int minutes, int party, string? notes = null,
            EventLayout? layout = null, string? equipment = null, string? catering = null, IReadOnlyList<EventOrderItem>? order = null)
        {
            var property = facility.PropertyId == o.Hotel.Id ? o.Hotel : o.Scenic;
            var local = TimeZoneInfo.ConvertTime(now, property.Zone()).DateTime;
            var start = new TimeOnly(hour, minute);
            var request = new FacilityBookingRequest(day, start, start.AddMinutes(minutes), party, Names[random.Next(Names.Length)],
                $"139{random.Next(10_000_000, 99_999_999)}", Notes: notes, Layout: layout, Equipment: equipment, Catering: catering, EventOrder: order);
            var madeAt = day.AddDays(-random.Next(1, 10)).ToDateTime(new TimeOnly(10, 0));
            var booking = FacilityBooking.Create(facility, $"F{day:yyMMdd}D{sequence + 1:0000}", request, desk, now.AddDays(-1), madeAt);
            if (booking.HeldSlots().Any(s => held.GetValueOrDefault((facility.Id, day, s)) + booking.Units > facility.Capacity))
            {
                return;
            }

            sequence++;
            foreach (var s in booking.HeldSlots())
            {
                held[(facility.Id, day, s)] = held.GetValueOrDefault((facility.Id, day, s)) + booking.Units;
            }

            if (booking.StartsAt <= local)
            {
                booking.Arrive(desk, now.AddHours(-1), booking.StartsAt);
            }

            bookings.Add((facility, booking));
        }

        var hotel = org.Hotel;
        var today = hotel.LocalDate(now);
        var restaurant = Add(hotel.Id, "CN-REST", "中餐厅", FacilityKind.Restaurant, 80, false, 30, 11, 22, new FacilityRules(30, 180, 20, 2));
        var meeting = Add(hotel.Id, "MR-1", "一号会议室", FacilityKind.MeetingRoom, 40, true, 60, 8, 22, new FacilityRules(120, 600, 40, 24));
        var banquet = Add(hotel.Id, "BANQ", "宴会厅", FacilityKind.BanquetHall, 300, true, 60, 10, 23, new FacilityRules(24 * 60, 720, 300, 72));
        var spa = Add(hotel.Id, "SPA", "水疗中心", FacilityKind.Spa, 4, false, 60, 10, 22, new FacilityRules(60, 120, 2, 4));
        Add(hotel.Id, "GYM", "健身房", FacilityKind.Fitness, 20, false, 60, 6, 23, new FacilityRules(0, 120, 2, 1));
        Add(hotel.Id, "BIZ", "商务中心", FacilityKind.BusinessCentre, 2, false, 30, 8, 20, new FacilityRules(0, 120, 2, 1));
        var tour = Add(org.Scenic.Id, "TOUR", "景区讲解导览", FacilityKind.Tour, 30, false, 60, 8, 17, new FacilityRules(30, 120, 30, 2));

        for (var day = today; day < today.AddDays(7); day = day.AddDays(1))
        {
            for (var n = random.Next(6, 13); n > 0; n--)
            {
                var dinner = random.Next(3) > 0;
                Book(restaurant, org, day, dinner ? random.Next(17, 20) : random.Next(11, 13), random.Next(2) * 30, 90, random.Next(2, 11),
                    Diets[random.Next(Diets.Length)]);
            }

            for (var n = random.Next(3, 8); n > 0; n--)
            {
                Book(spa, org, day, random.Next(10, 21), 0, 60 * random.Next(1, 3), random.Next(1, 3));
            }

            for (var hour = 9; hour < 17; hour += random.Next(1, 3))
            {
                Book(tour, org, day, hour, 0, 60, random.Next(5, 26), random.Next(4) == 0 ? "有一位轮椅游客" : null);
            }
        }

        Book(meeting, org, today, 9, 0, 180, 24, "华东区销售季度会", EventLayout.UShape, "投影仪、两只无线话筒、白板", "上午茶歇 10:30，矿泉水",
            [new EventOrderItem(new TimeOnly(8, 0), "会场布置（U形）并调试投影", "会议服务"), new EventOrderItem(new TimeOnly(10, 30), "茶歇", "餐饮部"),
                new EventOrderItem(new TimeOnly(12, 0), "会后清场", "会议服务")]);
        Book(meeting, org, today.AddDays(1), 14, 0, 120, 12, null, EventLayout.Boardroom, "视频会议设备", null);
        Book(banquet, org, today.AddDays(5), 17, 0, 300, 220, "婚宴：22桌，两桌素食", EventLayout.Banquet, "舞台、音响、LED屏", "中式婚宴套餐 22 桌",
            [new EventOrderItem(new TimeOnly(15, 0), "宴会厅布置、舞台搭建", "宴会部"), new EventOrderItem(new TimeOnly(17, 30), "迎宾", "宴会部"),
                new EventOrderItem(new TimeOnly(18, 18), "婚礼仪式", "宴会部"), new EventOrderItem(new TimeOnly(18, 45), "上菜", "中餐厅")]);

        // Each slot's count, as the booking engine keeps it: the units every confirmed or arrived booking holds.
        var facilities = bookings.Select(b => b.Facility).Distinct().ToDictionary(f => f.Id);
        db.FacilitySlots.AddRange(held.Select(h => new FacilitySlot
        {
            FacilityId = h.Key.Facility, Date = h.Key.Date, Slot = h.Key.Slot, PropertyId = facilities[h.Key.Facility].PropertyId, Booked = h.Value,
            Capacity = facilities[h.Key.Facility].Capacity,
        }));
        db.FacilityBookings.AddRange(bookings.Select(b => b.Booking));
    }
}
