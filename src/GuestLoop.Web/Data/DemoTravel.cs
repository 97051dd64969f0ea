using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Organisation;
using Microsoft.AspNetCore.Identity;

namespace GuestLoop.Web.Data;

/// <summary>
/// The demo travel agency, DEMO-TRAVEL, on the travel-feedback policy (seed 004): its customer-service desk, its guides
/// and tours, and the complaints an agency typically hears (forced shopping, a changed itinerary, a guide's attitude,
/// a refund), each walked through the steps by the demo staff, so the 24-hour initial investigation can be seen working.
/// </summary>
public static class DemoTravel
{
    public const string Code = "DEMO-TRAVEL";

    public static readonly (string UserName, string Name)[] Guides = [("guide.liu", "刘洋（全陪导游）"), ("guide.chen", "陈晨（地接导游）")];

    public static (Property Agency, IReadOnlyList<Department> Departments, IReadOnlyList<StaffMember> Guides) Seed(GuestLoopDbContext db, Enterprise enterprise)
    {
        var agency = new Property
        {
            EnterpriseId = enterprise.Id, Code = Code, Name = "悦途国际旅行社", Type = PropertyType.Agency,
            TimeZoneId = "Asia/Shanghai", CalendarCode = "cn", PolicyCode = "travel-feedback",
        };
        var departments = new List<Department>
        {
            new() { PropertyId = agency.Id, Name = "客服部", Function = DepartmentFunction.ComplaintReception },
            new() { PropertyId = agency.Id, Name = "导游部", Function = DepartmentFunction.Business },
            new() { PropertyId = agency.Id, Name = "计调部", Function = DepartmentFunction.Business },
            new() { PropertyId = agency.Id, Name = "财务部", Function = DepartmentFunction.Business },
        };
        var hasher = new PasswordHasher<StaffMember>();
        var guides = Guides.Select(g =>
        {
            var guide = new StaffMember
            {
                UserName = g.UserName, DisplayName = g.Name, Role = StaffRole.Agent, Authority = AuthorityLevel.None,
                PropertyIds = [agency.Id], DepartmentId = departments[1].Id, Email = g.UserName + "@demo.guestloop.local",
            };
            guide.PasswordHash = hasher.HashPassword(guide, DemoOrganisation.Password);
            guide.SecurityStamp = StaffUserManager.NewSecurityStamp();
            return guide;
        }).ToList();
        db.Properties.Add(agency);
        db.Departments.AddRange(departments);
        db.Staff.AddRange(guides);
        return (agency, departments, guides);
    }

    /// <summary>The agency's cases: received some days ago on its tours, handled by the service-quality head and approved by the manager.</summary>
    public static IReadOnlyList<Case> Build(DemoOrganisation.Organisation org, DateTimeOffset now, Func<Property, DateOnly, string> nextNumber)
    {
        var desk = org.Member("head").ToActor();
        var manager = org.Member("manager").ToActor();
        Department Department(string name) => org.Departments.Single(d => d.PropertyId == org.Travel.Id && d.Name == name);
        var cases = new List<Case>();
        foreach (var (tour, index) in Tours.Select((t, i) => (t, i)))
        {
            var receivedAt = DemoCases.DuringTheDay(now.AddDays(-tour.DaysAgo));
            var at = receivedAt;
            DateTimeOffset After(double hours) => at = (at + TimeSpan.FromHours(hours)) is var next && next < now ? next : at;
            var c = Case.Receive(
                new NewCase(org.Travel.Id, tour.Kind, tour.Channel, tour.Title, tour.Description,
                    new Complainant(tour.Guest, $"1370000{index:0000}", null), tour.Demands, tour.Tour, receivedAt.AddHours(-30), receivedAt,
                    PraisedNames: tour.Kind == CaseKind.Praise ? Guides[0].Name : null),
                nextNumber(org.Travel, org.Travel.LocalDate(receivedAt)), CaseWorkflow.NewTrackingToken(), desk, receivedAt);
            cases.Add(c);
            if (tour.Kind != CaseKind.Complaint)
            {
                continue;
            }

            c.Triage(desk, After(2), tour.Category, Severity.General, DemoCases.ObjectOf(tour.Category), DemoCases.AssessmentOf(Severity.General), false);
            var department = Department(tour.Department);
            c.Assign(desk, After(0.5), department.Id, desk.StaffId, $"{department.Name} / {desk.Name}");
            if (tour.Finding is null)
            {
                // Classified but nobody has spoken to the guest yet: the 24-hour initial investigation stays open.
                continue;
            }

            c.RecordFinding(desk, After(3), tour.Finding);
            c.StartInvestigation(desk, After(1));
            if (tour.Plan is null)
            {
                continue;
            }

            c.ProposePlan(desk, After(20), tour.Findings!, new ResponsibilityDetermination(true, true, true, true, true, tour.Department, null), tour.Plan);
            c.ApprovePlan(manager, After(2), "同意，按方案落实。");
            c.StartExecution(desk, After(1), null);
            c.Reply(desk, After(20), DemoCases.ComplaintReply(tour.Guest, false, tour.Title, tour.Findings!, tour.Plan));
        }

        return cases;
    }

    private sealed record TourCase(CaseKind Kind, Channel Channel, Category Category, string Department, string Guest, int DaysAgo, string Tour,
        string Title, string Description, string? Demands = null, string? Finding = null, string? Findings = null, string? Plan = null);

    private static readonly TourCase[] Tours =
    [
        new(CaseKind.Complaint, Channel.Phone, Category.Contract, "导游部", "黄志强", 12, "云南昆明大理丽江六日游（团号 YN20260301）",
            "导游安排强制购物，不进店就甩脸色",
            "合同写明全程无购物，第三天导游却带全团进玉石店两个多小时，说不买就不走，还当众讽刺没消费的游客。",
            Demands: "退还购物款并书面道歉",
            Finding: "已与游客电话确认：第三天被安排进玉石店约两个半小时，导游有言语施压；游客期望退还所购玉镯货款并获得书面道歉。",
            Findings: "导游擅自增加购物点并以言语施压，违反合同“全程无购物”约定，游客反映情况属实。",
            Plan: "协助游客办理玉镯退货并全额退款；导游停团接受培训并扣减带团积分；计调部对该线路所有团队回访核查。"),
        new(CaseKind.Complaint, Channel.Web, Category.Information, "计调部", "吴丽", 6, "桂林阳朔漓江五日游（团号 GL20260305）",
            "行程未经同意变更，漓江竹筏改成了购物",
            "第二天原定漓江竹筏漂流，导游临时说水位高取消了，改去了一个购物中心，事先没有征求我们同意，也没有退差价。",
            Demands: "退还未参加项目的费用",
            Finding: "已与游客确认：竹筏项目被取消并改为自由购物，变更前未征得全团书面同意；游客期望退还竹筏项目费用。"),
        new(CaseKind.Complaint, Channel.Guide, Category.ServiceQuality, "导游部", "郑浩", 1, "北京故宫长城四日游（团号 BJ20260310）",
            "导游态度恶劣，老人走得慢被催促训斥",
            "团里有两位七十多岁的老人，爬长城时走得慢，导游多次大声催促，说耽误全团时间，老人很委屈。",
            Demands: "导游当面道歉"),
        new(CaseKind.Complaint, Channel.Phone, Category.Price, "财务部", "林晓燕", 20, "海南三亚双飞五日游（团号 SY20260220）",
            "因病取消行程，退款迟迟不到账",
            "出发前三天因病取消并提供了医院证明，客服答应扣除机票损失后退款，二十天过去了还没收到退款。",
            Demands: "尽快退款",
            Finding: "已与游客确认：取消手续及病历证明齐全，财务部退款审批积压未处理；游客期望三个工作日内到账。",
            Findings: "退款申请在财务审批环节积压，超出承诺时限，游客反映情况属实。",
            Plan: "财务部当日完成退款（扣除已出票机票损失），并免收退团手续费；建立退款审批三个工作日时限提醒。"),
        new(CaseKind.Praise, Channel.Web, Category.ServiceQuality, "导游部", "赵敏", 3, "云南昆明大理丽江六日游（团号 YN20260301）",
            "感谢刘导一路细心照顾",
            "我妈妈在丽江高原反应，刘导半夜陪我们去医院，第二天还调整了行程让我们休息，非常感谢！"),
    ];
}
