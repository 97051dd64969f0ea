using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Maintenance;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Features.WorkOrders;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Maintenance;

/// <summary>
/// Preventive maintenance through the API: assets, checklists and schedules kept by level 2, scoped to the caller's
/// properties and checked field by field; a round with a failed item opens a dispatched repair order; an overdue
/// inspection tells the department's head once.
/// </summary>
public abstract class MaintenanceApiTests(GuestLoopApp app)
{
    private static async Task<JsonNode> Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    private async Task<T> DbAsync<T>(Func<GuestLoopDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>());
    }

    private Task<Guid> DepartmentAsync(string name) => DbAsync(db => db.Departments.Where(d => d.Name == name).Select(d => d.Id).SingleAsync());

    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6];

    private static Task<HttpResponseMessage> PutJsonAsync(HttpClient client, string url, object body) => client.PutAsJsonAsync(url, body, JsonSerializerOptions.Web);

    private async Task<JsonNode> AssetAsync(string? requestType = "electrical") => await Ok(app.Api("head").PostJsonAsync("/api/v1/maintenance/assets", new
    {
        property = "DEMO-HOTEL", code = Unique("DT-"), name = "3号客梯", kind = "lift", location = "副楼电梯厅 " + Unique(""),
        departmentId = await DepartmentAsync("工程部"), requestType,
    }));

    private async Task<JsonNode> ChecklistAsync(Guid? assetId) => await Ok(app.Api("head").PostJsonAsync("/api/v1/maintenance/checklists", new
    {
        property = "DEMO-HOTEL", name = Unique("设施设备检查 "), kind = "facilityCondition", location = "副楼公共区域",
        items = new object[] { new { text = "公共区域照明完好" }, new { text = "轿厢运行平稳、无异响", assetId }, new { text = "地面无积水" } },
    }));

    /// <summary>A request type of the hotel whose skill only a new staff member on shift now has, so dispatch's choice is known.</summary>
    private async Task<(string Code, Guid StaffId)> RepairerAsync()
    {
        var skill = Unique("lift-");
        await Ok(app.Api("manager").PostJsonAsync("/api/v1/work-orders/types", new
        {
            property = "DEMO-HOTEL", code = skill, name = "电梯维修 " + skill, departmentId = await DepartmentAsync("工程部"), skill, responseMinutes = 15,
            completionMinutes = 120, needsVerification = true,
        }));
        var staffId = await DbAsync(async db =>
        {
            var hotel = await db.Properties.SingleAsync(p => p.Code == "DEMO-HOTEL");
            var member = new StaffMember
            {
                UserName = Unique("mt-"), DisplayName = "电梯维修工", Role = StaffRole.Agent, Authority = AuthorityLevel.None, Skills = skill, PropertyIds = [hotel.Id],
            };
            db.Staff.Add(member);
            db.StaffShifts.Add(new StaffShift { StaffId = member.Id, PropertyId = hotel.Id, Start = DateTimeOffset.UtcNow.AddHours(-1), End = DateTimeOffset.UtcNow.AddHours(8) });
            await db.SaveChangesAsync();
            return member.Id;
        });
        return (skill, staffId);
    }

    [SkippableFact]
    public async Task A_round_with_a_failed_item_opens_a_dispatched_repair_order_and_moves_its_schedule_on()
    {
        app.Require();
        var (type, repairer) = await RepairerAsync();
        var asset = await AssetAsync(type);
        var assetId = asset["id"]!.GetValue<Guid>();
        var checklist = await ChecklistAsync(assetId);
        var schedule = await Ok(app.Api("head").PostJsonAsync("/api/v1/maintenance/schedules", new
        {
            checklistId = checklist["id"]!.GetValue<Guid>(), departmentId = await DepartmentAsync("工程部"), every = 1, unit = "days",
            graceMinutes = 60, firstDueAt = DateTimeOffset.UtcNow.AddMinutes(-30),
        }));
        var scheduleId = schedule["id"]!.GetValue<Guid>();
        Assert.True(schedule["due"]!.GetValue<bool>());
        Assert.Contains((await Ok(app.Api("clerk").GetAsync("/api/v1/maintenance/due?property=DEMO-HOTEL"))).AsArray(),
            s => s!["id"]!.GetValue<Guid>() == scheduleId);

        var clerk = app.Api("clerk");
        var round = await Ok(clerk.PostJsonAsync("/api/v1/maintenance/rounds", new { scheduleId }));
        var id = round["id"]!.GetValue<Guid>();
        Assert.Equal(id, (await Ok(clerk.PostJsonAsync("/api/v1/maintenance/rounds", new { scheduleId })))["id"]!.GetValue<Guid>());
        var url = $"/api/v1/maintenance/rounds/{id}";
        await Ok(clerk.PostJsonAsync($"{url}/items", new { position = 1, result = "pass" }));
        var noNote = await clerk.PostJsonAsync($"{url}/items", new { position = 2, result = "fail" });
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.NotNull((await noNote.JsonAsync())["errors"]!["note"]);
        await Ok(clerk.PostJsonAsync($"{url}/items", new { position = 2, result = "fail", note = "轿厢运行有异响，平层不准", photoKey = "photos/dt.jpg" }));
        var early = await clerk.PostJsonAsync($"{url}/complete", new { });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        await Ok(clerk.PostJsonAsync($"{url}/items", new { position = 3, result = "notApplicable" }));

        var done = await Ok(clerk.PostJsonAsync($"{url}/complete", new { }));
        Assert.NotNull(done["completedAt"]);
        Assert.Equal(1, done["failed"]!.GetValue<int>());
        var failed = done["items"]![1]!;
        var orderId = failed["workOrderId"]!.GetValue<Guid>();
        Assert.StartsWith("DEMO-HOTEL-W", failed["workOrderNumber"]!.GetValue<string>());
        Assert.Null(done["items"]![0]!["workOrderId"]);

        var order = await Ok(app.Api("head").GetAsync($"/api/v1/work-orders/{orderId}"));
        Assert.Equal(("inspection", "assigned", repairer), (order["channel"]!.GetValue<string>(), order["state"]!.GetValue<string>(), order["assigneeId"]!.GetValue<Guid>()));
        Assert.Equal((type, asset["location"]!.GetValue<string>()), (order["typeCode"]!.GetValue<string>(), order["location"]!.GetValue<string>()));
        Assert.Contains("轿厢运行有异响，平层不准", order["description"]!.GetValue<string>());
        Assert.Contains(asset["code"]!.GetValue<string>(), order["description"]!.GetValue<string>());

        var moved = await Ok(app.Api("clerk").GetAsync($"/api/v1/maintenance/schedules/{scheduleId}"));
        Assert.False(moved["due"]!.GetValue<bool>());
        Assert.True(moved["nextDueAt"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow.AddHours(12));
        Assert.Equal(HttpStatusCode.Conflict, (await clerk.PostJsonAsync($"{url}/complete", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await clerk.PostJsonAsync($"{url}/items", new { position = 1, result = "fail", note = "x" })).StatusCode);
        var audited = await DbAsync(db => db.AuditLog.Where(a => a.EntityKey == id.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Contains("inspection-round.complete", audited);
        Assert.Equal(3, audited.Count(a => a == "inspection-round.record"));
    }

    [SkippableFact]
    public async Task Assets_checklists_and_schedules_are_kept_by_level_2_and_read_by_the_propertys_staff_only()
    {
        app.Require();
        var asset = await AssetAsync();
        var id = asset["id"]!.GetValue<Guid>();
        var changed = await Ok(PutJsonAsync(app.Api("head"), $"/api/v1/maintenance/assets/{id}", new
        {
            code = asset["code"]!.GetValue<string>(), name = "3号客梯（停用）", kind = "lift", location = "副楼电梯厅", departmentId = asset["departmentId"]!.GetValue<Guid>(),
            requestType = "electrical", retired = true,
        }));
        Assert.True(changed["retired"]!.GetValue<bool>());
        Assert.Contains((await Ok(app.Api("clerk").GetAsync("/api/v1/maintenance/assets"))).AsArray(), a => a!["id"]!.GetValue<Guid>() == id);

        var checklist = await ChecklistAsync(id);
        var checklistId = checklist["id"]!.GetValue<Guid>();
        var ranger = app.Api("ranger");
        Assert.Equal(HttpStatusCode.NotFound, (await ranger.GetAsync($"/api/v1/maintenance/assets/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ranger.GetAsync($"/api/v1/maintenance/checklists/{checklistId}")).StatusCode);
        Assert.DoesNotContain((await Ok(ranger.GetAsync("/api/v1/maintenance/assets"))).AsArray(), a => a!["id"]!.GetValue<Guid>() == id);
        Assert.Empty((await Ok(ranger.GetAsync("/api/v1/maintenance/assets?property=DEMO-HOTEL"))).AsArray());
        var started = await ranger.PostJsonAsync("/api/v1/maintenance/rounds", new { checklistId });
        Assert.Equal(HttpStatusCode.BadRequest, started.StatusCode);
        var round = await Ok(app.Api("clerk").PostJsonAsync("/api/v1/maintenance/rounds", new { checklistId }));
        Assert.Equal(HttpStatusCode.NotFound, (await ranger.GetAsync($"/api/v1/maintenance/rounds/{round["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ranger.PostJsonAsync($"/api/v1/maintenance/rounds/{round["id"]}/complete", new { })).StatusCode);

        var department = await DepartmentAsync("工程部");
        var body = new { property = "DEMO-HOTEL", code = Unique("GL-"), name = "锅炉", kind = "boiler", location = "锅炉房", departmentId = department };
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("clerk").PostJsonAsync("/api/v1/maintenance/assets", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("agent").PostJsonAsync("/api/v1/maintenance/assets", body)).StatusCode);
        var schedule = new { checklistId, departmentId = department, every = 7, unit = "days", at = "09:00", graceMinutes = 120 };
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("clerk").PostJsonAsync("/api/v1/maintenance/schedules", schedule)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await app.Api("head").PostJsonAsync("/api/v1/maintenance/schedules", schedule)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await app.Api("head").PostJsonAsync("/api/v1/maintenance/assets", body)).StatusCode);
        var twice = await app.Api("head").PostJsonAsync("/api/v1/maintenance/assets", body);
        Assert.Equal(["code"], (await twice.JsonAsync())["errors"]!.AsObject().Select(e => e.Key));
    }

    [SkippableFact]
    public async Task Bad_input_gets_every_field_error_and_saves_nothing()
    {
        app.Require();
        async Task<int> CountAsync() => await DbAsync(async db =>
            await db.Assets.CountAsync() + await db.InspectionChecklists.CountAsync() + await db.InspectionSchedules.CountAsync());
        var before = await CountAsync();
        var head = app.Api("head");

        var asset = await head.PostJsonAsync("/api/v1/maintenance/assets", new
        {
            property = "NOPE", code = "", name = new string('名', 101), kind = "rocket", location = " ", departmentId = Guid.NewGuid(), requestType = new string('x', 41),
        });
        Assert.Equal(HttpStatusCode.BadRequest, asset.StatusCode);
        Assert.Equal(["code", "departmentId", "kind", "location", "name", "property", "requestType"],
            (await asset.JsonAsync())["errors"]!.AsObject().Select(e => e.Key).Order());

        var checklist = await head.PostJsonAsync("/api/v1/maintenance/checklists", new
        {
            property = "DEMO-HOTEL", name = "", kind = "party", location = "一楼", items = new object[] { new { text = "好" }, new { text = " ", assetId = Guid.NewGuid() } },
        });
        Assert.Equal(["items[1].assetId", "items[1].text", "kind", "name"], (await checklist.JsonAsync())["errors"]!.AsObject().Select(e => e.Key).Order());

        var schedule = await head.PostJsonAsync("/api/v1/maintenance/schedules", new
        {
            checklistId = Guid.NewGuid(), departmentId = Guid.NewGuid(), every = 0, unit = "weeks", at = "25:00", graceMinutes = -5,
        });
        Assert.Equal(["at", "checklistId", "departmentId", "unit"], (await schedule.JsonAsync())["errors"]!.AsObject().Select(e => e.Key).Order());
        var hours = await head.PostJsonAsync("/api/v1/maintenance/schedules", new
        {
            checklistId = (await ChecklistAsync(null))["id"]!.GetValue<Guid>(), departmentId = await DepartmentAsync("工程部"), every = 0, unit = "hours", at = "08:00",
            graceMinutes = 20000,
        });
        Assert.Equal(["at", "every", "graceMinutes"], (await hours.JsonAsync())["errors"]!.AsObject().Select(e => e.Key).Order());
        Assert.Equal(before + 1, await CountAsync());
    }

    [SkippableFact]
    public async Task An_overdue_inspection_tells_the_level_2_staff_once_however_often_the_scan_runs()
    {
        app.Require();
        var checklist = await ChecklistAsync(null);
        var schedule = await Ok(app.Api("head").PostJsonAsync("/api/v1/maintenance/schedules", new
        {
            checklistId = checklist["id"]!.GetValue<Guid>(), departmentId = await DepartmentAsync("工程部"), every = 4, unit = "hours", graceMinutes = 30,
            firstDueAt = DateTimeOffset.UtcNow.AddMinutes(-20),
        }));
        var id = schedule["id"]!.GetValue<Guid>();
        Assert.False(schedule["overdue"]!.GetValue<bool>());
        async Task<int> ScanAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<InspectionScan>().RunAsync(CancellationToken.None);
        }

        Task<List<Notification>> StoredAsync() => DbAsync(db => db.Notifications.Where(n => n.CaseId == id).ToListAsync());
        await ScanAsync();
        Assert.Empty(await StoredAsync());

        // Past due and grace: the engineering department has no head, so level 2 of the property hears of it, once.
        await DbAsync(db => db.InspectionSchedules.Where(s => s.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.NextDueAt, DateTimeOffset.UtcNow.AddMinutes(-45)).SetProperty(s => s.OverdueAt, DateTimeOffset.UtcNow.AddMinutes(-15))));
        Assert.True((await Ok(app.Api("clerk").GetAsync($"/api/v1/maintenance/schedules/{id}")))["overdue"]!.GetValue<bool>());
        await Task.WhenAll(ScanAsync(), ScanAsync());
        Assert.Equal(0, await ScanAsync());
        var levelTwo = await DbAsync(db => db.Staff.Where(s => s.Active && s.Authority == AuthorityLevel.Level2).Select(s => s.Id).ToListAsync());
        var stored = await StoredAsync();
        Assert.Equal(levelTwo.Order(), stored.Select(n => n.RecipientId).Order());
        Assert.All(stored, n => Assert.Equal(NotificationSubject.Inspection, n.Subject));
        var inbox = await Ok(app.Api("head").GetAsync("/api/v1/notifications"));
        Assert.Contains(inbox.AsArray(), n => n!["caseId"]!.GetValue<Guid>() == id && n["link"]!.GetValue<string>() == "/inspections");

        // Done now: the next occurrence is hours away and nobody else is told.
        var round = await Ok(app.Api("clerk").PostJsonAsync("/api/v1/maintenance/rounds", new { scheduleId = id }));
        foreach (var position in new[] { 1, 2, 3 })
        {
            await Ok(app.Api("clerk").PostJsonAsync($"/api/v1/maintenance/rounds/{round["id"]}/items", new { position, result = "pass" }));
        }

        await Ok(app.Api("clerk").PostJsonAsync($"/api/v1/maintenance/rounds/{round["id"]}/complete", new { }));
        Assert.Equal(0, await ScanAsync());
        Assert.Equal(stored.Count, (await StoredAsync()).Count);
    }
}

public sealed class MaintenanceApiSqliteTests(SqliteApp app) : MaintenanceApiTests(app), IClassFixture<SqliteApp>;

public sealed class MaintenanceApiPostgresTests(PostgresApp app) : MaintenanceApiTests(app), IClassFixture<PostgresApp>;
