using GuestLoop.Domain.Customers;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Reservations;
using GuestLoop.Domain.Rooms;
using GuestLoop.Web.Features.Reservations;

namespace GuestLoop.Web.Data;

/// <summary>
/// The demo hotel's front office: three rate plans (门市价, 含早, 不可取消), a month of reservations around today — the
/// last two weeks' stays checked out, a few no-shows and cancellations with their charges, a guest in each occupied
/// room, today's arrivals (a wheelchair user and a guest on record with special needs among them) and two weeks of
/// bookings ahead — with each night's counts in the inventory. A fixed seed keeps it the same at every start.
/// </summary>
public static class DemoReservations
{
    private static readonly string[] Names =
    [
        "张伟", "王芳", "李娜", "刘洋", "陈杰", "杨静", "赵磊", "黄敏", "周婷", "吴昊", "徐丽", "孙浩", "胡军", "朱琳", "高峰", "林悦", "何平", "郭涛", "马超",
        "罗慧", "梁爽", "宋佳", "郑凯", "谢蕾", "韩雪", "唐宁", "冯博", "于洁", "董明", "萧然",
    ];

    private static readonly string[] Wishes = ["高楼层", "安静房间，远离电梯", "湖景", "加婴儿床", "无烟楼层", "低楼层", null!, null!, null!];

    public static void Seed(GuestLoopDbContext db, DemoOrganisation.Organisation org, DateTimeOffset now, IReadOnlyList<Guest> guests)
    {
        var hotel = org.Hotel;
        var zone = hotel.Zone();
        var today = hotel.LocalDate(now);
        var types = db.RoomTypes.Local.Where(t => t.PropertyId == hotel.Id).ToDictionary(t => t.Code);
        var rooms = db.Rooms.Local.Where(r => r.PropertyId == hotel.Id).ToList();
        var desk = org.Member("clerk").ToActor();
        var random = new Random(2027);

        // No overbooking as a rule; one room on the coming Friday and Saturday nights, when no-shows are commonest.
        db.FrontOfficeSettings.Add(new FrontOfficeSettings { PropertyId = hotel.Id });
        var overbooked = Enumerable.Range(1, 14).Select(today.AddDays).Where(d => d.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday).ToHashSet();
        db.OverbookingNights.AddRange(overbooked.Select(n => new OverbookingNight { PropertyId = hotel.Id, Night = n, Rooms = 1 }));
        var rates = new Dictionary<string, decimal> { ["STD-K"] = 458m, ["STD-T"] = 458m, ["DLX-S"] = 988m, ["ACC-K"] = 458m };
        var plans = new[]
        {
            RatePlan.Create(hotel.Id, "RACK", "门市价", new CancellationRule(24, 1, 1, 1), Prices(types, rates, 0m)),
            RatePlan.Create(hotel.Id, "BB", "含双早套餐", new CancellationRule(24, 1, 1, 1), Prices(types, rates, 80m)),
            RatePlan.Create(hotel.Id, "NR", "不可取消特惠价", new CancellationRule(24 * 60, Stay.MaxNights, Stay.MaxNights, Stay.MaxNights), Prices(types, rates, -60m)),
        };
        db.RatePlans.AddRange(plans);

        var capacity = rooms.GroupBy(r => r.TypeId).ToDictionary(g => g.Key, g => g.Count());
        var booked = new Dictionary<(Guid Type, DateOnly Night), int>();
        var reservations = new List<Reservation>();
        var sequence = 0;

        DateTimeOffset Local(DateOnly day, int hour, int minute = 0)
        {
            var local = day.ToDateTime(new TimeOnly(hour, minute));
            return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
        }

        bool Fits(Guid type, Stay stay) => stay.EachNight().All(n => booked.GetValueOrDefault((type, n)) < capacity.GetValueOrDefault(type));

        Reservation Book(RoomType type, Stay stay, Guest? guest = null, bool accessible = false, string? notes = null)
        {
            var plan = plans[random.Next(10) switch { < 6 => 0, < 9 => 1, _ => 2 }];
            var name = guest?.Name ?? Names[random.Next(Names.Length)];
            var bookedOn = stay.Arrival.AddDays(-random.Next(1, 20));
            var terms = new ReservationTerms(type.Id, plan.Id, stay, random.Next(1, type.MaxGuests + 1), 0, plan.RateOf(type.Id)!.Value, plan.Rule, type.MaxGuests);
            var phone = guest?.Phone ?? $"139{random.Next(10_000_000, 99_999_999)}";
            var r = Reservation.Create(hotel.Id, $"R{bookedOn:yyMMdd}D{++sequence:00000}", terms,
                new ReservationGuest(guest?.Id, name, phone, null, accessible, notes ?? Wishes[random.Next(Wishes.Length)]), true, desk, Local(bookedOn, 10), bookedOn);
            foreach (var night in stay.EachNight())
            {
                booked[(type.Id, night)] = booked.GetValueOrDefault((type.Id, night)) + 1;
            }

            reservations.Add(r);
            return r;
        }

        // A guest in every occupied room, arrived in the last two days; the check-in took 6 to 40 minutes.
        foreach (var room in rooms.Where(r => r.Status == RoomStatus.Occupied))
        {
            var type = types.Values.Single(t => t.Id == room.TypeId);
            var arrival = today.AddDays(-random.Next(0, 3));
            var stay = new Stay(arrival, today.AddDays(random.Next(1, 4)));
            if (!Fits(type.Id, stay))
            {
                continue;
            }

            var r = Book(type, stay);
            var keyAt = arrival == today ? now.AddHours(-random.Next(1, 4)) : Local(arrival, 14 + random.Next(0, 6), random.Next(0, 60));
            r.CheckIn(room.Id, room.Number, IdentityDocumentType.ResidentIdentityCard, IdNumber(random), random.Next(1, 3),
                keyAt.AddMinutes(-random.Next(6, 41)), desk, keyAt, arrival);
        }

        // The last two weeks: most stayed and left, some did not come, some cancelled late and paid the charge.
        for (var day = today.AddDays(-14); day < today; day = day.AddDays(1))
        {
            foreach (var type in types.Values)
            {
                for (var n = random.Next(0, Math.Max(2, capacity.GetValueOrDefault(type.Id) / 4)); n > 0; n--)
                {
                    var stay = new Stay(day, day.AddDays(random.Next(1, 4)));
                    if (stay.Departure > today || !Fits(type.Id, stay))
                    {
                        continue;
                    }

                    var r = Book(type, stay);
                    var fate = random.Next(20);
                    if (fate == 0)
                    {
                        r.MarkNoShow(day.AddDays(1), desk, Local(day.AddDays(1), 2));
                    }
                    else if (fate == 1)
                    {
                        r.Cancel("行程取消", Local(day, 14), desk, Local(day, 9));
                    }
                    else
                    {
                        var room = rooms.Where(x => x.TypeId == type.Id).ElementAt(random.Next(capacity[type.Id]));
                        var keyAt = Local(day, 14 + random.Next(0, 7), random.Next(0, 60));
                        r.CheckIn(room.Id, room.Number, IdentityDocumentType.ResidentIdentityCard, IdNumber(random), 2, keyAt.AddMinutes(-random.Next(4, 45)),
                            desk, keyAt, day);
                        r.CheckOut(desk, Local(stay.Departure, 11, random.Next(0, 60)), stay.Departure);
                    }
                }
            }
        }

        // Today's arrivals: a wheelchair user, a guest on record with special needs, and others with their wishes.
        var accessible = types["ACC-K"];
        if (Fits(accessible.Id, new Stay(today, today.AddDays(2))))
        {
            Book(accessible, new Stay(today, today.AddDays(2)), accessible: true, notes: "使用轮椅，需无障碍客房");
        }

        if (guests.FirstOrDefault(g => g.SpecialNeeds != SpecialNeeds.None && g.Name is not null && g.Phone is not null) is { } known
            && Fits(types["STD-K"].Id, new Stay(today, today.AddDays(3))))
        {
            Book(types["STD-K"], new Stay(today, today.AddDays(3)), known, accessible: known.SpecialNeeds.HasFlag(SpecialNeeds.Mobility));
        }

        // The next two weeks, today's other arrivals among them.
        for (var day = today; day <= today.AddDays(16); day = day.AddDays(1))
        {
            foreach (var type in types.Values)
            {
                for (var n = random.Next(0, Math.Max(2, capacity.GetValueOrDefault(type.Id) / 3)); n > 0; n--)
                {
                    var stay = new Stay(day, day.AddDays(random.Next(1, 4)));
                    if (Fits(type.Id, stay))
                    {
                        Book(type, stay);
                    }
                }
            }
        }

        db.Reservations.AddRange(reservations);
        // Each night a reservation still holds, counted once per room type and once for the hotel.
        var held = reservations.SelectMany(r => r.HeldNights().Select(night => (Type: r.RoomTypeId, Night: night))).ToList();
        foreach (var night in held.Where(h => h.Night >= today.AddDays(-3)).GroupBy(h => h))
        {
            db.RoomTypeNights.Add(new RoomTypeNight
            {
                RoomTypeId = night.Key.Type, Night = night.Key.Night, PropertyId = hotel.Id, Booked = night.Count(), Capacity = capacity[night.Key.Type],
                Overbooking = overbooked.Contains(night.Key.Night) ? 1 : 0,
            });
        }

        foreach (var night in held.GroupBy(h => h.Night))
        {
            db.PropertyNights.Add(new PropertyNight
            {
                PropertyId = hotel.Id, Night = night.Key, Booked = night.Count(), Capacity = rooms.Count, Overbooking = overbooked.Contains(night.Key) ? 1 : 0,
            });
        }
    }

    private static List<RatePlanPrice> Prices(Dictionary<string, RoomType> types, Dictionary<string, decimal> rates, decimal plus) =>
        [.. rates.Select(r => new RatePlanPrice(types[r.Key].Id, r.Value + plus))];

    /// <summary>A resident identity card number with its right check character.</summary>
    private static string IdNumber(Random random)
    {
        var body = $"3101{random.Next(0, 10)}{random.Next(0, 10)}{random.Next(1960, 2004)}{random.Next(1, 13):00}{random.Next(1, 29):00}{random.Next(0, 1000):000}";
        return body + ResidentIdentityCard.CheckCharacter(body);
    }
}
