using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Rooms;
using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Rooms;

namespace GuestLoop.Web.Data;

/// <summary>
/// The demo hotel's rooms: four room types with the standard's cleaning procedure as their inspection checklist, 40 rooms
/// on floors 8 to 12 with a week of stays in their status history (so the occupancy figures have nights to count) and a
/// mix of statuses now, the dirty ones with their cleaning task, today's daily sheets of the two attendants (agent, clerk)
/// and the linen and amenities of the last three days' departures. A fixed seed keeps it the same at every start.
/// </summary>
public static class DemoRooms
{
    /// <summary>The cleaning procedure of seed 003 §4.1, as items an inspector ticks.</summary>
    private static readonly string[] Procedure =
    [
        "门锁、灯具及电器完好", "窗帘、窗纱拉开，房间通风", "更换四巾（面巾、方巾、浴巾、脚巾）", "清洁三缸（面盆、浴缸、马桶）", "衣柜、抽屉无遗留物品",
        "垃圾清理，烟头熄灭", "杯具撤换并消毒", "床铺整理，摆放整齐", "房间设备完好，损坏已报修",
    ];

    private static readonly (string Code, string Name, BedType Bed, int Guests, bool Accessible, string[] Extra)[] Types =
    [
        ("STD-K", "标准大床房", BedType.King, 2, false, []),
        ("STD-T", "标准双床房", BedType.Twin, 2, false, []),
        ("DLX-S", "豪华套房", BedType.King, 3, false, ["客厅及会客区整理", "迷你吧补齐"]),
        ("ACC-K", "无障碍客房", BedType.King, 2, true, ["扶手、紧急呼叫按钮完好", "通道无障碍物"]),
    ];

    /// <summary>The status of each room now, in room order: mostly occupied, a morning's departures still dirty, some out.</summary>
    private static readonly RoomStatus[] Now =
    [
        .. Enumerable.Repeat(RoomStatus.Occupied, 18), .. Enumerable.Repeat(RoomStatus.VacantDirty, 7), .. Enumerable.Repeat(RoomStatus.VacantClean, 5),
        .. Enumerable.Repeat(RoomStatus.Inspected, 7), RoomStatus.OutOfOrder, RoomStatus.OutOfOrder, RoomStatus.OutOfService,
    ];

    public static void Seed(GuestLoopDbContext db, DemoOrganisation.Organisation org, DateTimeOffset now, DemoOrderNumbers numbers)
    {
        var hotel = org.Hotel;
        var types = Types.ToDictionary(t => t.Code, t => RoomType.Create(hotel.Id, t.Code,
            new RoomTypeDetails(t.Name, t.Bed, t.Guests, t.Accessible, false, [.. Procedure, .. t.Extra])));
        db.RoomTypes.AddRange(types.Values);

        var random = new Random(2026);
        var clerk = org.Member("clerk").ToActor();
        var agent = org.Member("agent").ToActor();
        var rooms = new List<Room>();
        var used = new List<RoomConsumption>();
        var zone = hotel.Zone();
        var order = Enumerable.Range(0, 40).OrderBy(_ => random.Next()).ToArray();
        for (var i = 0; i < 40; i++)
        {
            var (floor, n) = (8 + i / 8, i % 8 + 1);
            var type = n switch { <= 2 when floor == 8 => "ACC-K", <= 4 => "STD-K", 8 when floor >= 11 => "DLX-S", _ => "STD-T" };
            var number = $"{floor}{n:00}";
            var details = new RoomDetails(number, floor, "主楼", types[type].Id, n % 2 == 1 ? "湖景" : "城景",
                n switch { 3 => $"{floor}04", 4 => $"{floor}03", _ => null }, type == "ACC-K" ? "扶手、无障碍淋浴、紧急呼叫按钮、低位开关" : null);
            var room = Room.Create(hotel.Id, details, RoomStatus.Inspected, agent, now.AddDays(-8));
            var attendant = floor <= 9 ? agent : clerk;
            Stays(room, random, now.AddHours(-4), zone, clerk, attendant, agent, used);
            Towards(room, Now[order[i]], now, clerk, attendant, agent);
            rooms.Add(room);
        }

        db.Rooms.AddRange(rooms);
        db.RoomConsumption.AddRange(used.Where(u => u.Date >= hotel.LocalDate(now).AddDays(-3)));
        CleaningTasks(db, org, rooms.Where(r => r.Status == RoomStatus.VacantDirty).ToList(), numbers);
        var today = hotel.LocalDate(now);
        db.SheetAssignments.AddRange(rooms.Where(r => r.Floor <= 10).Select(r => new SheetAssignment
        {
            PropertyId = hotel.Id, Date = today, RoomId = r.Id, AttendantId = (r.Floor <= 9 ? agent : clerk).StaffId!.Value, AssignedById = agent.StaffId,
            AssignedAt = now.AddHours(-9),
        }));
    }

    /// <summary>
    /// A week of stays: arrival, one to three nights, departure in the morning, cleaned by the floor's attendant, inspected
    /// by the housekeeping supervisor, a gap, the next guest.
    /// </summary>
    private static void Stays(Room room, Random random, DateTimeOffset until, TimeZoneInfo zone, Actor desk, Actor attendant, Actor supervisor,
        List<RoomConsumption> used)
    {
        var t = room.StatusChangedAt;
        while (true)
        {
            var arrival = t.AddHours(random.Next(3, 30));
            if (arrival > until)
            {
                return;
            }

            room.ChangeStatus(RoomStatus.Occupied, desk, arrival, "入住");
            var localArrival = TimeZoneInfo.ConvertTime(arrival, zone);
            var day = DateOnly.FromDateTime(localArrival.DateTime).AddDays(random.Next(1, 4)).ToDateTime(new TimeOnly(8, 0)).AddMinutes(random.Next(0, 240));
            var departure = new DateTimeOffset(day, zone.GetUtcOffset(day)).ToUniversalTime();
            if (departure > until)
            {
                return;
            }

            room.ChangeStatus(RoomStatus.VacantDirty, desk, departure, "退房");
            var cleaned = departure.AddMinutes(random.Next(30, 120));
            room.ChangeStatus(RoomStatus.VacantClean, attendant, cleaned, "清扫完毕");
            var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(cleaned, zone).DateTime);
            foreach (var (item, quantity) in new[] { ("浴巾", 2), ("面巾", 2), ("床单", 1), ("牙具", 2), ("洗发水", random.Next(1, 3)) })
            {
                used.Add(RoomConsumption.Record(room, date, item, quantity, attendant, cleaned));
            }

            t = cleaned.AddMinutes(random.Next(15, 45));
            room.ChangeStatus(RoomStatus.Inspected, supervisor, t, null);
        }
    }

    /// <summary>The shortest allowed path from the room's status to <paramref name="target"/>, taken in the last hours.</summary>
    private static void Towards(Room room, RoomStatus target, DateTimeOffset now, Actor desk, Actor attendant, Actor supervisor)
    {
        var at = new[] { room.StatusChangedAt, now.AddHours(-3) }.Max();
        // A room dirty now had a guest leave this morning.
        var path = target == RoomStatus.VacantDirty && room.Status != RoomStatus.Occupied
            ? [.. Path(room.Status, RoomStatus.Occupied), RoomStatus.VacantDirty]
            : Path(room.Status, target);
        foreach (var next in path)
        {
            at = at.AddMinutes(20);
            var (by, why) = next switch
            {
                RoomStatus.Occupied => (desk, "入住"),
                RoomStatus.VacantDirty => (desk, "退房"),
                RoomStatus.VacantClean => (attendant, "清扫完毕"),
                RoomStatus.OutOfOrder => (attendant, room.Number.EndsWith('5') ? "卫生间漏水，更换管道" : "空调压缩机故障，等待配件"),
                RoomStatus.OutOfService => (attendant, "更换地毯"),
                _ => (supervisor, (string?)null),
            };
            room.ChangeStatus(next, by, at, why, next is RoomStatus.OutOfOrder or RoomStatus.OutOfService ? now.AddDays(2) : null);
        }
    }

    private static List<RoomStatus> Path(RoomStatus from, RoomStatus to)
    {
        var previous = new Dictionary<RoomStatus, RoomStatus> { [from] = from };
        var queue = new Queue<RoomStatus>([from]);
        while (queue.TryDequeue(out var status) && status != to)
        {
            foreach (var next in Enum.GetValues<RoomStatus>().Where(n => RoomStatusTransitions.Allowed(status, n) && !previous.ContainsKey(n)))
            {
                previous[next] = status;
                queue.Enqueue(next);
            }
        }

        var path = new List<RoomStatus>();
        for (var s = to; s != from; s = previous[s])
        {
            path.Insert(0, s);
        }

        return path;
    }

    /// <summary>
    /// The dirty rooms' cleaning tasks, numbered with the demo's other work orders: given to the attendant of
    /// the floor, the first one already being cleaned.
    /// </summary>
    private static void CleaningTasks(GuestLoopDbContext db, DemoOrganisation.Organisation org, List<Room> dirty, DemoOrderNumbers numbers)
    {
        var type = db.RequestTypes.Local.Single(t => t.PropertyId == org.Hotel.Id && t.Code == RoomCleaningOrders.TypeCode);
        var agent = org.Member("agent").ToActor();
        foreach (var room in dirty)
        {
            var at = room.StatusChangedAt;
            var order = WorkOrder.Open(Guid.NewGuid(), type.ToType(), room.Number, room.History[^1].Reason ?? string.Empty, WorkOrderPriority.Normal, false, at,
                new WorkOrderOrigin(org.Hotel.Id, numbers.Next(org.Hotel, at), WorkOrderChannel.Staff), agent);
            order.Assign(agent.StaffId!.Value, Actor.System, at);
            if (room == dirty[0])
            {
                order.Accept(agent, at.AddMinutes(5));
                order.Start(agent, at.AddMinutes(8));
            }

            db.WorkOrders.Add(order);
            db.RoomCleaningTasks.Add(new RoomCleaningTask { PropertyId = org.Hotel.Id, RoomId = room.Id, WorkOrderId = order.Id, OpenedAt = at });
        }
    }
}
