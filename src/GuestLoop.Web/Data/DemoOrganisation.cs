using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Organisation;
using Microsoft.AspNetCore.Identity;

namespace GuestLoop.Web.Data;

/// <summary>
/// The demo enterprise: a hotel, a scenic area and a travel agency, the departments of the standards, one staff member per
/// authority level and a maintenance technician.
/// </summary>
public static class DemoOrganisation
{
    public const string Password = "GuestLoop!2026";

    public static readonly (string UserName, string Name, StaffRole Role, AuthorityLevel Level)[] Accounts =
    [
        ("admin", "系统管理员", StaffRole.Administrator, AuthorityLevel.Level1),
        ("manager", "王建国（总经理）", StaffRole.Manager, AuthorityLevel.Level1),
        ("head", "陈静（服务质量部经理）", StaffRole.DepartmentHead, AuthorityLevel.Level2),
        ("agent", "李娜（客房部主管）", StaffRole.Agent, AuthorityLevel.Level3),
        ("clerk", "赵敏（前台接待）", StaffRole.Agent, AuthorityLevel.None),
        ("ranger", "周强（景区游客中心）", StaffRole.Agent, AuthorityLevel.Level3),
        ("tech", "孙磊（工程部维修工）", StaffRole.Agent, AuthorityLevel.None),
    ];

    public static Organisation Seed(GuestLoopDbContext db)
    {
        var enterprise = new Enterprise { Name = "悦途文旅集团" };
        var hotel = new Property
        {
            EnterpriseId = enterprise.Id, Code = "DEMO-HOTEL", Name = "悦途国际酒店", Type = PropertyType.Hotel,
            TimeZoneId = "Asia/Shanghai", CalendarCode = "cn", PolicyCode = "hotel-checkin",
        };
        var scenic = new Property
        {
            EnterpriseId = enterprise.Id, Code = "DEMO-SCENIC", Name = "云栖山5A景区", Type = PropertyType.Scenic,
            TimeZoneId = "Asia/Shanghai", CalendarCode = "cn", PolicyCode = "scenic-manual",
        };
        var departments = new List<Department>
        {
            new() { Name = "投诉接待中心", Function = DepartmentFunction.ComplaintReception },
            new() { Name = "服务质量管理部", Function = DepartmentFunction.ServiceQuality },
            new() { Name = "安全保卫部", Function = DepartmentFunction.Security },
            new() { Name = "综合协调办公室", Function = DepartmentFunction.Coordination },
            // The front desk never closes: its check-in targets are announced to it around the clock.
            new() { PropertyId = hotel.Id, Name = "前厅部", Function = DepartmentFunction.Business, CalendarCode = "24x7" },
            new() { PropertyId = hotel.Id, Name = "客房部", Function = DepartmentFunction.Business },
            new() { PropertyId = hotel.Id, Name = "餐饮部", Function = DepartmentFunction.Business },
            new() { PropertyId = hotel.Id, Name = "工程部", Function = DepartmentFunction.Business },
            new() { PropertyId = scenic.Id, Name = "票务部", Function = DepartmentFunction.Business },
            new() { PropertyId = scenic.Id, Name = "游览服务部", Function = DepartmentFunction.Business },
            new() { PropertyId = scenic.Id, Name = "设施设备部", Function = DepartmentFunction.Business },
            new() { PropertyId = scenic.Id, Name = "导游服务部", Function = DepartmentFunction.Business },
        };
        var hasher = new PasswordHasher<StaffMember>();
        var staff = Accounts.Select(a =>
        {
            var member = new StaffMember
            {
                UserName = a.UserName, DisplayName = a.Name, Role = a.Role, Authority = a.Level,
                AllProperties = a.Role is StaffRole.Administrator or StaffRole.Manager or StaffRole.DepartmentHead,
                // The visitor-centre agent works at the scenic area only; everyone else sees both properties.
                PropertyIds = a.UserName switch { "ranger" => [scenic.Id], "tech" => [hotel.Id], _ => [hotel.Id, scenic.Id] },
                Email = a.UserName + "@demo.guestloop.local",
                Skills = DemoWorkOrders.SkillsOf(a.UserName),
                DepartmentId = a.Role switch
                {
                    StaffRole.DepartmentHead => departments[1].Id,
                    StaffRole.Agent when a.UserName == "ranger" => departments[9].Id,
                    StaffRole.Agent when a.UserName == "tech" => departments[7].Id,
                    StaffRole.Agent when a.Level == AuthorityLevel.Level3 => departments[5].Id,
                    StaffRole.Agent => departments[0].Id,
                    _ => null,
                },
            };
            member.PasswordHash = hasher.HashPassword(member, Password);
            member.SecurityStamp = StaffUserManager.NewSecurityStamp();
            return member;
        }).ToList();
        departments[1].HeadStaffId = staff[2].Id;
        departments[5].HeadStaffId = staff[3].Id;

        db.Enterprises.Add(enterprise);
        db.Properties.AddRange(hotel, scenic);
        db.Departments.AddRange(departments);
        db.Staff.AddRange(staff);
        var travel = DemoTravel.Seed(db, enterprise);
        return new Organisation(hotel, scenic, travel.Agency, [.. departments, .. travel.Departments], [.. staff, .. travel.Guides]);
    }

    public sealed record Organisation(Property Hotel, Property Scenic, Property Travel, IReadOnlyList<Department> Departments,
        IReadOnlyList<StaffMember> Staff)
    {
        public StaffMember Member(string userName) => Staff.Single(s => s.UserName == userName);
        public Department Department(string name) => Departments.Single(d => d.Name == name && d.PropertyId != Travel.Id);
    }
}
