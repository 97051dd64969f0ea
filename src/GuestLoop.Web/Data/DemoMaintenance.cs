using GuestLoop.Domain.Maintenance;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Organisation;

namespace GuestLoop.Web.Data;

/// <summary>
/// The demo's preventive maintenance: the hotel's lifts, boiler, air-conditioning units and fire equipment on each floor,
/// the scenic area's cableway, sightseeing vehicles and fire equipment; the seeds' patrol, fire-safety and facility
/// checklists on their schedules; the last days' rounds (one failure that opened a repair order) and one round overdue.
/// </summary>
public static class DemoMaintenance
{
    private static readonly string[] Patrol =
        ["消防通道、安全出口畅通无阻", "门窗、门锁完好，无撬痕", "监控设备运行正常", "无可疑人员、可疑物品", "停车场车辆停放有序，照明完好"];

    private static readonly string[] FireCheck =
        ["灭火器压力正常、在有效期内", "消火栓箱设施齐全、无遮挡", "应急照明、疏散指示标志完好", "烟感、喷淋无遮挡、无损坏", "防火门常闭、闭门器完好"];

    private static readonly string[] Facility =
        ["公共区域照明完好", "空调运行正常、无异响、无滴水", "地面无积水、无破损", "卫生间设施完好、无漏水", "指示标识清晰完整"];

    private static readonly string[] LiftCare =
        ["轿厢运行平稳、无异响", "层门、轿门开关正常，防夹保护有效", "应急呼叫（五方通话）正常", "轿厢照明、通风正常", "机房清洁、温度正常"];

    private static readonly string[] BoilerCheck = ["锅炉压力、水位在正常范围", "燃烧器运行正常、无异味", "安全阀、压力表在检定有效期内", "管道阀门无跑冒滴漏"];

    private static readonly string[] CablewayCheck = ["钢丝绳无断丝、无变形", "吊厢门锁闭可靠", "驱动及制动系统试运行正常", "站台防护栏、应急救援设备齐全"];

    private static readonly string[] VehicleCheck = ["制动、转向灵敏可靠", "灯光、喇叭正常", "轮胎气压、磨损正常", "电池电量充足、车身清洁"];

    public static void Seed(GuestLoopDbContext db, DemoOrganisation.Organisation org, IReadOnlyList<Features.WorkOrders.RequestTypeRecord> types,
        DateTimeOffset now, DemoOrderNumbers numbers)
    {
        var hotel = org.Hotel;
        var scenic = org.Scenic;
        var engineering = org.Department("工程部").Id;
        var security = org.Departments.Single(d => d.Name == "安全保卫部").Id;
        var facilities = org.Department("设施设备部").Id;
        var visitors = org.Department("游览服务部").Id;

        Asset Add(Property property, string code, string name, AssetKind kind, string location, Guid department, string? type)
        {
            var asset = Asset.Create(Guid.NewGuid(), property.Id, new AssetDetails(code, name, kind, location, department, type, false));
            db.Assets.Add(asset);
            return asset;
        }

        var lift1 = Add(hotel, "DT-01", "1号客梯", AssetKind.Lift, "主楼电梯厅", engineering, "electrical");
        var lift2 = Add(hotel, "DT-02", "2号客梯", AssetKind.Lift, "主楼电梯厅", engineering, "electrical");
        var boiler = Add(hotel, "GL-01", "燃气热水锅炉", AssetKind.Boiler, "地下一层锅炉房", engineering, "plumbing");
        Add(hotel, "KT-01", "大堂中央空调机组", AssetKind.AirConditioning, "大堂", engineering, "air-conditioning");
        Add(hotel, "KT-02", "宴会厅空调机组", AssetKind.AirConditioning, "二层宴会厅", engineering, "air-conditioning");
        var corridorAc = Add(hotel, "KT-03", "客房层新风机组", AssetKind.AirConditioning, "12 层设备间", engineering, "air-conditioning");
        var floors = Enumerable.Range(1, 6).Select(f => Add(hotel, $"XF-{f:00}", $"{f} 层消防设施", AssetKind.FireEquipment, $"主楼 {f} 层", security, null))
            .ToList();
        var cableway = Add(scenic, "SD-01", "云栖索道", AssetKind.Cableway, "索道下站", facilities, "facility");
        var car1 = Add(scenic, "GC-01", "观光车 1 号", AssetKind.SightseeingVehicle, "游客中心停车场", facilities, "facility");
        var car2 = Add(scenic, "GC-02", "观光车 2 号", AssetKind.SightseeingVehicle, "游客中心停车场", facilities, "facility");
        var scenicFire = Add(scenic, "XF-01", "游客中心消防设施", AssetKind.FireEquipment, "游客中心", facilities, "facility");

        InspectionChecklist List(Property property, string name, ChecklistKind kind, string location, IEnumerable<(string? Text, Guid? AssetId)> items)
        {
            var checklist = InspectionChecklist.Create(Guid.NewGuid(), property.Id, name, kind, location, items.ToList());
            db.InspectionChecklists.Add(checklist);
            return checklist;
        }

        static IEnumerable<(string?, Guid?)> Plain(IEnumerable<string> items) => items.Select(i => ((string?)i, (Guid?)null));
        var hotelPatrol = List(hotel, "安全巡查", ChecklistKind.SecurityPatrol, "主楼及停车场", Plain(Patrol));
        var hotelFire = List(hotel, "消防安全检查", ChecklistKind.FireSafety, "主楼 1-6 层",
            floors.Select(f => ((string?)$"{f.Name}：灭火器、消火栓、应急照明完好", (Guid?)f.Id)).Concat(Plain(FireCheck.Skip(3))));
        var hotelFacility = List(hotel, "设施设备检查", ChecklistKind.FacilityCondition, "客房楼公共区域",
            Plain(Facility).Select((item, i) => i == 1 ? (item.Item1, (Guid?)corridorAc.Id) : item));
        var liftCare = List(hotel, "电梯维护保养", ChecklistKind.EquipmentMaintenance, "主楼电梯厅", Plain(LiftCare));
        var boilerCheck = List(hotel, "锅炉运行检查", ChecklistKind.EquipmentMaintenance, "地下一层锅炉房", Plain(BoilerCheck));
        var scenicPatrol = List(scenic, "安全巡查", ChecklistKind.SecurityPatrol, "景区主游览线", Plain(Patrol.Take(4)));
        var scenicFireCheck = List(scenic, "消防安全检查", ChecklistKind.FireSafety, "游客中心及索道站",
            Plain(FireCheck).Select((item, i) => i == 0 ? (item.Item1, (Guid?)scenicFire.Id) : item));
        var cablewayCheck = List(scenic, "索道日检", ChecklistKind.EquipmentMaintenance, "索道上、下站", Plain(CablewayCheck));
        var vehicleCheck = List(scenic, "观光车出车检查", ChecklistKind.EquipmentMaintenance, "游客中心停车场", Plain(VehicleCheck));

        InspectionSchedule Plan(InspectionChecklist checklist, Asset? asset, Guid department, int every, RecurrenceUnit unit, int? hour, int grace,
            double startedDaysAgo)
        {
            var zone = checklist.PropertyId == hotel.Id ? hotel.Zone() : scenic.Zone();
            var schedule = InspectionSchedule.Create(Guid.NewGuid(), checklist.PropertyId, checklist.Id, asset?.Id, department,
                new InspectionRecurrence(every, unit, hour is { } h ? new TimeOnly(h, 0) : null), grace, now.AddDays(-startedDaysAgo), zone);
            db.InspectionSchedules.Add(schedule);
            return schedule;
        }

        var tech = org.Member("tech").ToActor();
        var ranger = org.Member("ranger").ToActor();

        // Every schedule has its rounds done up to now, the boiler's last one fourteen hours ago: it is the overdue one.
        void Done(InspectionSchedule schedule, InspectionChecklist checklist, Actor by, DateTimeOffset until, (int Position, string Note)? failure = null)
        {
            var property = schedule.PropertyId == hotel.Id ? hotel : scenic;
            var zone = property.Zone();
            var rounds = 0;
            while (schedule.NextDueAt <= until && rounds++ < 40)
            {
                var start = schedule.NextDueAt.AddMinutes(5);
                var round = InspectionRound.Start(Guid.NewGuid(), checklist, schedule.Id, schedule.AssetId, schedule.NextDueAt, by, start);
                foreach (var item in round.Items)
                {
                    var fails = failure is { } f && f.Position == item.Position && rounds == 1;
                    round.Record(item.Position, fails ? InspectionResult.Fail : InspectionResult.Pass, fails ? failure!.Value.Note : null, null);
                }

                var completed = start.AddMinutes(15 + checklist.Items.Count * 2);
                round.Complete(completed);
                foreach (var repair in InspectionRepairs.For(round, new Dictionary<Guid, Asset> { [corridorAc.Id] = corridorAc }))
                {
                    var type = types.Single(t => t.PropertyId == property.Id && t.Code == InspectionRepairs.TypeFor(repair,
                        types.Where(x => x.PropertyId == property.Id).Select(x => x.Code).ToList())).ToType();
                    var order = WorkOrder.Open(Guid.NewGuid(), type, repair.Location, repair.Description, WorkOrderPriority.High, false, completed,
                        new WorkOrderOrigin(property.Id, numbers.Next(property, completed), WorkOrderChannel.Inspection), by);
                    var fixer = org.Member("tech").ToActor();
                    order.Assign(fixer.StaffId!.Value, Actor.System, completed);
                    order.Accept(fixer, completed.AddMinutes(8));
                    order.Start(fixer, completed.AddMinutes(20));
                    order.Complete(fixer, completed.AddMinutes(70), "清洗新风机组滤网，更换排水管接头，试运行无滴水");
                    db.WorkOrders.Add(order);
                    round.LinkWorkOrder(repair.Position, order.Id);
                }

                schedule.RoundCompleted(completed, zone);
                db.InspectionRounds.Add(round);
            }
        }

        Done(Plan(hotelPatrol, null, security, 1, RecurrenceUnit.Days, 22, 60, 4), hotelPatrol, tech, now.AddHours(-1));
        Done(Plan(hotelFire, null, security, 7, RecurrenceUnit.Days, 9, 240, 9), hotelFire, tech, now.AddHours(-1));
        // Three days ago the facility check found the 12th floor's fresh-air unit dripping: a repair order, done the same morning.
        Done(Plan(hotelFacility, null, engineering, 1, RecurrenceUnit.Days, 10, 120, 3.5), hotelFacility, tech, now.AddHours(-1), (2, "12 层走廊新风口滴水，地毯潮湿"));
        Done(Plan(liftCare, lift1, engineering, 30, RecurrenceUnit.Days, 14, 1440, 20), liftCare, tech, now.AddHours(-1));
        Done(Plan(liftCare, lift2, engineering, 30, RecurrenceUnit.Days, 15, 1440, 12), liftCare, tech, now.AddHours(-1));
        Done(Plan(boilerCheck, boiler, engineering, 12, RecurrenceUnit.Hours, null, 30, 3), boilerCheck, tech, now.AddHours(-14));
        Done(Plan(scenicPatrol, null, visitors, 1, RecurrenceUnit.Days, 8, 60, 4), scenicPatrol, ranger, now.AddHours(-1));
        Done(Plan(scenicFireCheck, null, facilities, 7, RecurrenceUnit.Days, 9, 240, 9), scenicFireCheck, ranger, now.AddHours(-1));
        Done(Plan(cablewayCheck, cableway, facilities, 1, RecurrenceUnit.Days, 7, 60, 3), cablewayCheck, ranger, now.AddHours(-1));
        Done(Plan(vehicleCheck, car1, facilities, 1, RecurrenceUnit.Days, 7, 90, 3), vehicleCheck, ranger, now.AddHours(-1));
        Done(Plan(vehicleCheck, car2, facilities, 1, RecurrenceUnit.Days, 7, 90, 3), vehicleCheck, ranger, now.AddHours(-1));
    }
}
