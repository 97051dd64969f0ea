using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Features.WorkOrders;

namespace GuestLoop.Web.Data;

/// <summary>
/// The demo's daily service: request types of the hotel and the scenic area with their minute targets, the skills and a
/// month of day and night shifts of the front-line staff, and the last hours' work orders in every state.
/// </summary>
public static class DemoWorkOrders
{
    private static readonly (string Property, string Code, string Name, string Department, string Skill, int Response, int Completion, bool Verify)[] Types =
    [
        ("hotel", "towels", "加送毛巾", "客房部", "housekeeping", 10, 20, false),
        ("hotel", "amenities", "补充洗漱用品", "客房部", "housekeeping", 10, 20, false),
        ("hotel", "cleaning", "客房清洁", "客房部", "cleaning", 15, 45, true),
        ("hotel", "electrical", "电器维修", "工程部", "electrical", 15, 60, true),
        ("hotel", "plumbing", "水路维修", "工程部", "plumbing", 15, 90, true),
        ("hotel", "air-conditioning", "空调维修", "工程部", "air-conditioning", 15, 60, true),
        ("hotel", "luggage", "行李服务", "前厅部", "luggage", 5, 15, false),
        ("hotel", "wheelchair", "轮椅借用", "前厅部", "loan", 10, 20, false),
        ("scenic", "help-point", "游客求助", "游览服务部", "scenic-help", 5, 30, false),
        ("scenic", "stroller", "婴儿车/轮椅借用", "游览服务部", "loan", 10, 20, false),
        ("scenic", "facility", "设施报修", "设施设备部", "facilities", 30, 240, true),
        ("scenic", "litter", "环境保洁", "游览服务部", "cleaning", 15, 60, false),
    ];

    /// <summary>The skills dispatch matches, by demo user name; null for the others.</summary>
    public static string? SkillsOf(string userName) => Skills.GetValueOrDefault(userName);

    private static readonly Dictionary<string, string> Skills = new()
    {
        ["agent"] = "housekeeping, cleaning",
        ["clerk"] = "luggage, loan, housekeeping",
        ["tech"] = "electrical, plumbing, air-conditioning",
        ["ranger"] = "scenic-help, loan, cleaning, facilities",
    };

    public static void Seed(GuestLoopDbContext db, DemoOrganisation.Organisation org, DateTimeOffset now, DemoOrderNumbers numbers)
    {
        var types = Types.Select(t => new RequestTypeRecord
        {
            PropertyId = t.Property == "hotel" ? org.Hotel.Id : org.Scenic.Id, Code = t.Code, Name = t.Name, Skill = t.Skill,
            DepartmentId = org.Departments.Single(d => d.Name == t.Department && d.PropertyId == (t.Property == "hotel" ? org.Hotel.Id : org.Scenic.Id)).Id,
            ResponseMinutes = t.Response, CompletionMinutes = t.Completion, NeedsVerification = t.Verify,
        }).ToList();
        db.RequestTypes.AddRange(types);
        db.StaffShifts.AddRange(Roster(org, now));
        db.WorkOrders.AddRange(Orders(org, types, now, numbers).ToList());
        db.WorkOrders.AddRange(Week(org, types, now, numbers).ToList());
    }

    /// <summary>
    /// From yesterday for 30 days, in the property's local time: the housekeeping supervisor, the technician and the ranger
    /// by day (07:00–19:00), the front-desk clerk by night (19:00–07:00), so the hotel always has someone on shift.
    /// </summary>
    private static IEnumerable<StaffShift> Roster(DemoOrganisation.Organisation org, DateTimeOffset now)
    {
        var zone = org.Hotel.Zone();
        var today = org.Hotel.LocalDate(now);
        for (var day = -1; day < 30; day++)
        {
            var date = today.AddDays(day);
            DateTimeOffset At(int hour) => new(date.ToDateTime(new TimeOnly(hour, 0)), zone.GetUtcOffset(date.ToDateTime(new TimeOnly(hour, 0))));
            yield return new StaffShift { StaffId = org.Member("agent").Id, PropertyId = org.Hotel.Id, Start = At(7), End = At(19) };
            yield return new StaffShift { StaffId = org.Member("tech").Id, PropertyId = org.Hotel.Id, Start = At(7), End = At(19) };
            yield return new StaffShift { StaffId = org.Member("ranger").Id, PropertyId = org.Scenic.Id, Start = At(7), End = At(19) };
            yield return new StaffShift { StaffId = org.Member("clerk").Id, PropertyId = org.Hotel.Id, Start = At(19), End = At(19).AddHours(12) };
        }
    }

    /// <summary>The last hours' orders: done, verified, waiting for a check, at work, paused for parts, and one nobody has taken.</summary>
    private static IEnumerable<WorkOrder> Orders(DemoOrganisation.Organisation org, List<RequestTypeRecord> types, DateTimeOffset now,
        DemoOrderNumbers numbers)
    {
        var supervisor = org.Member("agent").ToActor();
        var head = org.Member("head").ToActor();
        WorkOrder Open(Property property, string typeCode, string location, string description, double hoursAgo, WorkOrderChannel channel,
            WorkOrderPriority priority = WorkOrderPriority.Normal)
        {
            var at = now.AddHours(-hoursAgo);
            var type = types.Single(t => t.PropertyId == property.Id && t.Code == typeCode).ToType();
            return WorkOrder.Open(Guid.NewGuid(), type, location, description, priority, false, at,
                new WorkOrderOrigin(property.Id, numbers.Next(property, at), channel), org.Member("clerk").ToActor());
        }

        var tech = org.Member("tech").ToActor();
        var agent = org.Member("agent").ToActor();
        var ranger = org.Member("ranger").ToActor();

        var kettle = Open(org.Hotel, "electrical", "1208", "电水壶不加热，客人要泡茶", 5, WorkOrderChannel.Phone);
        kettle.Assign(tech.StaffId!.Value, Actor.System, kettle.CreatedAt.AddMinutes(1));
        kettle.Accept(tech, kettle.CreatedAt.AddMinutes(6));
        kettle.Start(tech, kettle.CreatedAt.AddMinutes(12));
        kettle.Complete(tech, kettle.CreatedAt.AddMinutes(35), "更换电水壶底座，试烧正常");
        kettle.Verify(supervisor, kettle.CreatedAt.AddMinutes(50), passed: true);
        yield return kettle;

        var towels = Open(org.Hotel, "towels", "1516", "加两条浴巾", 3, WorkOrderChannel.GuestPage);
        towels.Assign(agent.StaffId!.Value, Actor.System, towels.CreatedAt);
        towels.Accept(agent, towels.CreatedAt.AddMinutes(4));
        towels.Start(agent, towels.CreatedAt.AddMinutes(5));
        towels.Complete(agent, towels.CreatedAt.AddMinutes(14), "已送到房间");
        yield return towels;

        var tap = Open(org.Hotel, "plumbing", "0903", "卫生间水龙头漏水", 1.5, WorkOrderChannel.FrontDesk, WorkOrderPriority.High);
        tap.Assign(tech.StaffId!.Value, Actor.System, tap.CreatedAt);
        tap.Accept(tech, tap.CreatedAt.AddMinutes(8));
        tap.Start(tech, tap.CreatedAt.AddMinutes(15));
        tap.Pause(tech, tap.CreatedAt.AddMinutes(30), "等阀芯配件，仓库送来约20分钟");
        yield return tap;

        var aircon = Open(org.Hotel, "air-conditioning", "2105", "空调不制冷，客人已换房", 0.8, WorkOrderChannel.Staff);
        aircon.Assign(tech.StaffId!.Value, Actor.System, aircon.CreatedAt);
        aircon.Accept(tech, aircon.CreatedAt.AddMinutes(10));
        aircon.Start(tech, aircon.CreatedAt.AddMinutes(20));
        aircon.Complete(tech, aircon.CreatedAt.AddMinutes(45), "清洗滤网，补充冷媒");
        yield return aircon;

        var cleaning = Open(org.Hotel, "cleaning", "1711", "客人外出，请求打扫", 0.4, WorkOrderChannel.Phone);
        cleaning.Assign(agent.StaffId!.Value, Actor.System, cleaning.CreatedAt);
        yield return cleaning;

        var luggage = Open(org.Hotel, "luggage", "大堂", "团队行李 12 件送至 6 楼", 0.2, WorkOrderChannel.FrontDesk);
        yield return luggage;

        var help = Open(org.Scenic, "help-point", "飞来峰观景台", "老人腿脚不便，需要帮忙下山", 2, WorkOrderChannel.Phone, WorkOrderPriority.Urgent);
        help.Assign(ranger.StaffId!.Value, Actor.System, help.CreatedAt);
        help.Accept(ranger, help.CreatedAt.AddMinutes(3));
        help.Start(ranger, help.CreatedAt.AddMinutes(4));
        help.Complete(ranger, help.CreatedAt.AddMinutes(25), "安排电瓶车送至游客中心");
        yield return help;

        var railing = Open(org.Scenic, "facility", "栈道 3 号段", "护栏松动", 1, WorkOrderChannel.Inspection, WorkOrderPriority.High);
        railing.Assign(ranger.StaffId!.Value, head, railing.CreatedAt.AddMinutes(2));
        railing.Accept(ranger, railing.CreatedAt.AddMinutes(10));
        yield return railing;
    }
    /// <summary>What guests and staff asked for, by type, for the week's orders.</summary>
    private static readonly Dictionary<string, string[]> Asked = new()
    {
        ["towels"] = ["加两条浴巾", "需要一条浴巾和两条面巾", "加一床被子", "多要两个枕头"],
        ["amenities"] = ["补充洗发水和沐浴露", "要两套牙具", "需要拖鞋", "补充矿泉水和茶包"],
        ["cleaning"] = ["客人外出，请求打扫", "退房后清扫", "地毯有污渍，需要清洁", "请求夜床服务"],
        ["electrical"] = ["电水壶不加热", "床头灯不亮", "电视没有信号", "插座没电", "房卡取电失灵"],
        ["plumbing"] = ["马桶冲水不停", "洗手盆下水慢", "淋浴水温忽冷忽热", "水龙头漏水"],
        ["air-conditioning"] = ["空调不制冷", "空调噪音大", "暖风不热", "空调滴水"],
        ["luggage"] = ["行李送至房间", "寄存两件行李", "退房取行李", "团队行李送至大巴"],
        ["wheelchair"] = ["借用轮椅一辆", "老人需要轮椅到餐厅"],
        ["help-point"] = ["游客走失，寻找同伴", "游客扭伤脚踝", "问路：去索道站", "手机没电，需要充电"],
        ["stroller"] = ["借用婴儿车", "借用轮椅"],
        ["facility"] = ["指示牌倾斜", "休息亭座椅损坏", "路灯不亮", "栈道木板松动"],
        ["litter"] = ["观景台垃圾桶已满", "步道有垃圾", "卫生间需要保洁"],
    };

    /// <summary>
    /// The past seven days' orders, closed: about a dozen a day at the hotel and half as many at the scenic area, most on
    /// time and some late, a few cancelled, and the same broken kettle in 1208 three times (a repeated request). The
    /// numbers are drawn from a fixed seed, so the demo is the same on every start.
    /// </summary>
    private static IEnumerable<WorkOrder> Week(DemoOrganisation.Organisation org, List<RequestTypeRecord> types, DateTimeOffset now,
        DemoOrderNumbers numbers)
    {
        var random = new Random(18);
        var bySkill = new Dictionary<string, string[]>
        {
            ["housekeeping"] = ["agent", "clerk"], ["cleaning"] = ["agent"], ["electrical"] = ["tech"], ["plumbing"] = ["tech"],
            ["air-conditioning"] = ["tech"], ["luggage"] = ["clerk"], ["loan"] = ["clerk"], ["scenic-help"] = ["ranger"], ["facilities"] = ["ranger"],
        };
        string[] spots = ["游客中心", "索道下站", "飞来峰观景台", "栈道 2 号段", "南门停车场", "湖畔步道", "茶园休息亭"];
        var orders = new List<WorkOrder>();
        for (var day = 7; day >= 1; day--)
        {
            foreach (var property in new[] { org.Hotel, org.Scenic })
            {
                var offered = types.Where(t => t.PropertyId == property.Id).ToList();
                var count = property == org.Hotel ? random.Next(10, 15) : random.Next(4, 8);
                var localDay = property.LocalDate(now).AddDays(-day);
                // The day's times in order, so the day's numbers follow the clock.
                var times = Enumerable.Range(0, count).Select(_ => new TimeOnly(random.Next(7, 22), random.Next(60))).Order().ToList();
                for (var k = 0; k < count; k++)
                {
                    var type = offered[random.Next(offered.Count)];
                    var location = property == org.Hotel ? $"{random.Next(8, 22)}{random.Next(1, 21):00}" : spots[random.Next(spots.Length)];
                    var description = Asked[type.Code][random.Next(Asked[type.Code].Length)];
                    if (day is 6 or 4 or 2 && k == 0 && property == org.Hotel)
                    {
                        (type, location, description) = (offered.Single(t => t.Code == "electrical"), "1208", "电水壶又不加热了");
                    }

                    var local = localDay.ToDateTime(times[k]);
                    var at = new DateTimeOffset(local, property.Zone().GetUtcOffset(local));
                    var order = WorkOrder.Open(Guid.NewGuid(), type.ToType(), location, description, WorkOrderPriority.Normal, false, at,
                        new WorkOrderOrigin(property.Id, numbers.Next(property, at),
                            (WorkOrderChannel)random.Next(0, 4)), org.Member("clerk").ToActor());
                    var names = bySkill.GetValueOrDefault(type.Skill, ["agent"]);
                    var worker = org.Member(names[random.Next(names.Length)]).ToActor();
                    order.Assign(worker.StaffId!.Value, Actor.System, at.AddMinutes(1));
                    if (random.Next(20) == 0)
                    {
                        order.Cancel(org.Member("agent").ToActor(), at.AddMinutes(5), "客人已退房，不再需要");
                        orders.Add(order);
                        continue;
                    }

                    // Most are accepted well inside the target; one in six only after it.
                    var accepted = at.AddMinutes(random.Next(6) == 0 ? type.ResponseMinutes + random.Next(2, 15) : random.Next(1, Math.Max(2, type.ResponseMinutes)));
                    order.Accept(worker, accepted);
                    order.Start(worker, accepted.AddMinutes(random.Next(1, 5)));
                    var completed = at.AddMinutes(random.Next(8) == 0 ? type.CompletionMinutes + random.Next(5, 40) : random.Next(type.ResponseMinutes, type.CompletionMinutes));
                    order.Complete(worker, completed < accepted.AddMinutes(6) ? accepted.AddMinutes(6) : completed, "已处理完毕");
                    if (order.State == WorkOrderState.Completed)
                    {
                        var checker = org.Member(worker.StaffId == org.Member("agent").Id ? "head" : "agent").ToActor();
                        order.Verify(checker, order.CompletedAt!.Value.AddMinutes(random.Next(5, 30)), passed: true);
                    }

                    orders.Add(order);
                }
            }
        }

        return orders;
    }
}

/// <summary>
/// The demo's work-order numbers, handed out in the order the demo opens its orders (a property's orders of a local day
/// numbered 1, 2, 3…), and the counters that carry on from them once the app runs.
/// </summary>
public sealed class DemoOrderNumbers
{
    private readonly Dictionary<(string Code, DateOnly Date), int> _issued = [];

    public string Next(Property property, DateTimeOffset at)
    {
        var key = (property.Code + "-W", property.LocalDate(at));
        var n = _issued[key] = _issued.GetValueOrDefault(key) + 1;
        return CaseNumbers.Format(key.Item1, key.Item2, n);
    }

    public void SaveCounters(GuestLoopDbContext db)
    {
        foreach (var ((code, date), value) in _issued)
        {
            db.NumberCounters.Add(new NumberCounter { Name = CaseNumbers.CounterName(code, date), Value = value });
        }
    }
}
