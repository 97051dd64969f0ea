using System.Net;
using System.Net.Http.Json;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Organisation;

/// <summary>A head office sets up a hotel, its front desk and its staff through the API, with the admin pages' checks and audit.</summary>
public abstract class OrganisationApiTests(GuestLoopApp app)
{
    private async Task<List<(string Action, string Key, string Actor)>> AuditAsync(string entity)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        return (await db.AuditLog.AsNoTracking().Where(e => e.Entity == entity).ToListAsync())
            .Select(e => (e.Action, e.EntityKey, e.ActorName)).ToList();
    }

    [SkippableFact]
    public async Task A_property_its_department_and_its_staff_are_created_and_updated_through_the_API_and_audited()
    {
        app.Require();
        var api = app.Api("admin");
        var property = await api.PostJsonAsync("/api/v1/properties", new
        {
            code = "HZ-WESTLAKE", name = "悦途西湖酒店", type = "hotel", timeZone = "Asia/Shanghai", calendar = "cn", policy = "hotel-checkin",
        });
        Assert.Equal(HttpStatusCode.Created, property.StatusCode);
        var renamed = await api.PutAsJsonAsync("/api/v1/properties/HZ-WESTLAKE", new
        {
            code = "HZ-WESTLAKE", name = "悦途西湖度假酒店", type = "hotel", timeZone = "Asia/Shanghai", calendar = "cn", policy = "hotel-checkin",
        });
        Assert.Equal("悦途西湖度假酒店", (await renamed.JsonAsync())["name"]!.GetValue<string>());

        var desk = await api.PostJsonAsync("/api/v1/departments", new { name = "前厅部", property = "HZ-WESTLAKE", function = "business", calendar = "24x7" });
        Assert.Equal(HttpStatusCode.Created, desk.StatusCode);
        var deskJson = await desk.JsonAsync();
        Assert.Equal(("HZ-WESTLAKE", "24x7"), (deskJson["property"]!.GetValue<string>(), deskJson["calendar"]!.GetValue<string>()));
        var deskId = deskJson["id"]!.GetValue<Guid>();

        var staff = await api.PostJsonAsync("/api/v1/staff", new
        {
            userName = "westlake.desk", displayName = "孙悦（前台）", role = "agent", authority = "none", departmentId = deskId,
            email = "desk@westlake.example", allProperties = false, properties = new[] { "HZ-WESTLAKE" }, password = "Westlake!2026desk",
        });
        Assert.Equal(HttpStatusCode.Created, staff.StatusCode);
        var staffJson = await staff.JsonAsync();
        Assert.Equal(["HZ-WESTLAKE"], staffJson["properties"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Null(staffJson["password"]);

        Assert.Contains(("property.create", "HZ-WESTLAKE", "系统管理员"), await AuditAsync("property"));
        Assert.Contains(("property.update", "HZ-WESTLAKE", "系统管理员"), await AuditAsync("property"));
        Assert.Contains(("department.create", deskId.ToString(), "系统管理员"), await AuditAsync("department"));
        Assert.Contains(("staff.create", "westlake.desk", "系统管理员"), await AuditAsync("staff"));
        var listed = (await (await api.GetAsync("/api/v1/staff")).JsonAsync()).AsArray();
        Assert.Contains(listed, s => s!["userName"]!.GetValue<string>() == "westlake.desk");
    }

    [SkippableFact]
    public async Task Bad_values_are_field_errors_and_nothing_is_saved()
    {
        app.Require();
        var response = await app.Api("admin").PostJsonAsync("/api/v1/properties", new
        {
            code = "BAD CODE", name = "", type = "hotel", timeZone = "Mars/Olympus", calendar = "no-such", policy = "hotel-checkin",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("code") && errors.ContainsKey("name") && errors.ContainsKey("timeZoneId") && errors.ContainsKey("calendarCode"));
        Assert.DoesNotContain(await AuditAsync("property"), e => e.Key == "BAD CODE");

        // A null among the property codes and an address that is no e-mail are field errors, not a failure.
        var staff = await app.Api("admin").PostJsonAsync("/api/v1/staff", new
        {
            userName = "bad.staff", displayName = "错误样例", role = "agent", authority = "none", allProperties = false,
            properties = new[] { "DEMO-HOTEL", null }, password = "BadStaff!2026x",
        });
        Assert.Equal(HttpStatusCode.BadRequest, staff.StatusCode);
        Assert.True((await staff.JsonAsync())["errors"]!.AsObject().ContainsKey("properties"));
        var email = await app.Api("admin").PostJsonAsync("/api/v1/staff", new
        {
            userName = "bad.staff", displayName = "错误样例", role = "agent", authority = "none", allProperties = false,
            properties = new[] { "DEMO-HOTEL" }, password = "BadStaff!2026x", email = "测试内容",
        });
        Assert.Equal(HttpStatusCode.BadRequest, email.StatusCode);
        Assert.True((await email.JsonAsync())["errors"]!.AsObject().ContainsKey("email"));
        Assert.DoesNotContain(await AuditAsync("staff"), e => e.Key == "bad.staff");
    }

    [SkippableFact]
    public async Task A_clerk_an_integration_key_and_an_administrator_of_another_property_are_refused()
    {
        app.Require();
        var department = new { name = "礼宾部", property = "DEMO-HOTEL", function = "business" };
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("clerk").PostJsonAsync("/api/v1/departments", department)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("clerk").GetAsync("/api/v1/staff")).StatusCode);

        // An administrator of the scenic area alone, set up through the API itself.
        var scenicAdmin = await app.Api("admin").PostJsonAsync("/api/v1/staff", new
        {
            userName = "scenic.admin", displayName = "景区系统管理员", role = "administrator", authority = "level1",
            allProperties = false, properties = new[] { "DEMO-SCENIC" }, password = "ScenicAdmin!2026",
        });
        Assert.Equal(HttpStatusCode.Created, scenicAdmin.StatusCode);
        var scenic = app.Api("scenic.admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await scenic.PostJsonAsync("/api/v1/departments", department)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await scenic.PostJsonAsync("/api/v1/staff", new
        {
            userName = "hotel.agent", displayName = "越权创建", role = "agent", authority = "none", allProperties = false,
            properties = new[] { "DEMO-HOTEL" }, password = "HotelAgent!2026x",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await scenic.PostJsonAsync("/api/v1/departments",
            new { name = "索道服务部", property = "DEMO-SCENIC", function = "business" })).StatusCode);
        Assert.DoesNotContain(await AuditAsync("staff"), e => e.Key == "hotel.agent");
    }
}

public sealed class OrganisationApiSqliteTests(SqliteApp app) : OrganisationApiTests(app), IClassFixture<SqliteApp>;

public sealed class OrganisationApiPostgresTests(PostgresApp app) : OrganisationApiTests(app), IClassFixture<PostgresApp>;
