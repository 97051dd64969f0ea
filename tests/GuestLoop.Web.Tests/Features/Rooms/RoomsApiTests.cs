using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Features.WorkOrders;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Rooms;

/// <summary>
/// Rooms through the API: types and rooms set by level 2, scope, bad input, the status rules, the cleaning work order a
/// dirty room gets and the clean room its completion makes, inspections, consumption, daily sheets and occupancy.
/// </summary>
public abstract class RoomsApiTests(GuestLoopApp app)
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

    private static string NewNumber() => "R" + Guid.NewGuid().ToString("N")[..7];

    private async Task<JsonNode> RoomAsync(string status = "occupied", string? number = null) =>
        await Ok(app.Api("head").PostJsonAsync("/api/v1/rooms", new
        {
            property = "DEMO-HOTEL", number = number ?? NewNumber(), floor = 15, building = "主楼", typeCode = "STD-K", view = "湖景", status,
        }));

    private static string Status(JsonNode room) => room["status"]!.GetValue<string>();

    private async Task<JsonNode> ChangeAsync(Guid id, string status, string by = "clerk", object? extra = null) =>
        await Ok(app.Api(by).PostJsonAsync($"/api/v1/rooms/{id}/status", extra ?? new { status }));

    /// <summary>A hotel attendant who cleans, on shift now, so a cleaning order always finds someone whatever the hour.</summary>
    private async Task CleanerOnShiftAsync()
    {
        await DbAsync(async db =>
        {
            var hotel = await db.Properties.SingleAsync(p => p.Code == "DEMO-HOTEL");
            var member = new StaffMember
            {
                UserName = "hk-" + Guid.NewGuid().ToString("N")[..10], DisplayName = "客房服务员", Role = StaffRole.Agent, Authority = AuthorityLevel.None,
                Skills = "cleaning", PropertyIds = [hotel.Id],
            };
            db.Staff.Add(member);
            db.StaffShifts.Add(new StaffShift { StaffId = member.Id, PropertyId = hotel.Id, Start = DateTimeOffset.UtcNow.AddHours(-1), End = DateTimeOffset.UtcNow.AddHours(6) });
            return await db.SaveChangesAsync();
        });
    }

    private async Task<string> UserNameAsync(Guid staffId) => await DbAsync(db => db.Staff.Where(s => s.Id == staffId).Select(s => s.UserName).SingleAsync());

    [SkippableFact]
    public async Task Level_2_sets_room_types_and_rooms_a_clerk_is_refused_and_each_room_keeps_its_history()
    {
        app.Require();
        var code = "T" + Guid.NewGuid().ToString("N")[..6];
        var body = new { property = "DEMO-HOTEL", code, name = "行政大床房", bedType = "king", maxGuests = 2, accessible = false, smoking = false,
            checklist = new[] { "更换四巾（面巾、方巾、浴巾、脚巾）", "床铺整理，摆放整齐" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("clerk").PostJsonAsync("/api/v1/rooms/types", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("agent").PostJsonAsync("/api/v1/rooms/types", body)).StatusCode);
        var type = await Ok(app.Api("head").PostJsonAsync("/api/v1/rooms/types", body));
        Assert.Equal(["更换四巾（面巾、方巾、浴巾、脚巾）", "床铺整理，摆放整齐"], type["checklist"]!.AsArray().Select(i => i!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Api("head").PostJsonAsync("/api/v1/rooms/types", body)).StatusCode);
        var typeId = type["id"]!.GetValue<Guid>();
        var changed = await Ok(app.Api("head").PutAsJsonAsync($"/api/v1/rooms/types/{typeId}",
            new { name = "行政大床房", bedType = "queen", maxGuests = 3, accessible = true, smoking = false, checklist = new[] { "床铺整理，摆放整齐" } }));
        Assert.Equal(("queen", 3, 1), (changed["bedType"]!.GetValue<string>(), changed["maxGuests"]!.GetValue<int>(), changed["checklist"]!.AsArray().Count));

        var number = NewNumber();
        var roomBody = new { property = "DEMO-HOTEL", number, floor = 16, typeCode = code, status = "vacantClean" };
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("clerk").PostJsonAsync("/api/v1/rooms", roomBody)).StatusCode);
        var room = await Ok(app.Api("manager").PostJsonAsync("/api/v1/rooms", roomBody));
        var id = room["id"]!.GetValue<Guid>();
        var duplicate = await app.Api("manager").PostJsonAsync("/api/v1/rooms", roomBody);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.NotNull((await duplicate.JsonAsync())["errors"]!["number"]);

        var moved = await Ok(app.Api("head").PutAsJsonAsync($"/api/v1/rooms/{id}",
            new { floor = 17, building = "A座", typeCode = code, view = "城景", connectingNumber = "1702", accessibilityFeatures = "扶手", active = true }));
        Assert.Equal((17, "A座", "1702", number), (moved["floor"]!.GetValue<int>(), moved["building"]!.GetValue<string>(),
            moved["connectingNumber"]!.GetValue<string>(), moved["number"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("clerk").PutAsJsonAsync($"/api/v1/rooms/{id}", new { floor = 1, typeCode = code })).StatusCode);

        await ChangeAsync(id, "occupied", extra: new { status = "occupied", reason = "入住" });
        var detail = await Ok(app.Api("clerk").GetAsync($"/api/v1/rooms/{id}"));
        var history = detail["history"]!.AsArray();
        Assert.Equal(("vacantClean", "occupied", "入住"), (history[0]!["from"]!.GetValue<string>(), history[0]!["to"]!.GetValue<string>(),
            history[0]!["reason"]!.GetValue<string>()));
        Assert.Contains("赵敏", history[0]!["by"]!.GetValue<string>());
        var listed = (await Ok(app.Api("clerk").GetAsync("/api/v1/rooms?property=DEMO-HOTEL&floor=17&status=occupied"))).AsArray();
        Assert.Contains(listed, r => r!["id"]!.GetValue<Guid>() == id);
        Assert.All(listed, r => Assert.Equal(17, r!["floor"]!.GetValue<int>()));
        var audited = await DbAsync(db => db.AuditLog.Where(e => e.Entity == "room" && e.EntityKey == id.ToString()).Select(e => e.Action).ToListAsync());
        Assert.Equal(["room.add", "room.change", "room.status"], audited.Order());
    }

    [SkippableFact]
    public async Task Another_propertys_staff_get_404_and_see_none_of_the_rooms()
    {
        app.Require();
        var id = (await RoomAsync())["id"]!.GetValue<Guid>();
        var ranger = app.Api("ranger");

        Assert.Equal(HttpStatusCode.NotFound, (await ranger.GetAsync($"/api/v1/rooms/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ranger.PostJsonAsync($"/api/v1/rooms/{id}/status", new { status = "vacantDirty" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ranger.PostJsonAsync($"/api/v1/rooms/{id}/consumption", new { itemCode = "浴巾", quantity = 2 })).StatusCode);
        Assert.Empty((await Ok(ranger.GetAsync("/api/v1/rooms"))).AsArray());
        Assert.Empty((await Ok(ranger.GetAsync("/api/v1/rooms/types?property=DEMO-HOTEL"))).AsArray());
        Assert.DoesNotContain((await Ok(ranger.GetAsync("/api/v1/rooms/occupancy"))).AsArray(), f => f!["propertyCode"]!.GetValue<string>() == "DEMO-HOTEL");
        var added = await ranger.PostJsonAsync("/api/v1/rooms", new { property = "DEMO-HOTEL", number = NewNumber(), floor = 3, typeCode = "STD-K" });
        Assert.Equal(HttpStatusCode.BadRequest, added.StatusCode);
        Assert.NotNull((await added.JsonAsync())["errors"]!["property"]);
        Assert.Equal("occupied", Status(await Ok(app.Api("clerk").GetAsync($"/api/v1/rooms/{id}"))));
    }

    [SkippableFact]
    public async Task Bad_input_gets_every_field_error_and_saves_nothing()
    {
        app.Require();
        var before = await DbAsync(db => db.Rooms.CountAsync());
        var bad = await app.Api("head").PostJsonAsync("/api/v1/rooms", new
        {
            property = "DEMO-HOTEL", number = " ", floor = 999, typeCode = "NOPE", building = new string('楼', 41), status = "dirtyish",
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["building", "floor", "number", "status", "typeCode"], (await bad.JsonAsync())["errors"]!.AsObject().Select(e => e.Key).Order());
        Assert.Equal(before, await DbAsync(db => db.Rooms.CountAsync()));

        var type = await app.Api("head").PostJsonAsync("/api/v1/rooms/types", new { property = "DEMO-HOTEL", code = "", name = "x", bedType = "waterbed", maxGuests = 0 });
        Assert.Equal(["bedType", "checklist", "code", "maxGuests"], (await type.JsonAsync())["errors"]!.AsObject().Select(e => e.Key).Order());

        var room = await RoomAsync("vacantDirty");
        var id = room["id"]!.GetValue<Guid>();
        var orders = await DbAsync(db => db.WorkOrders.CountAsync());
        var out1 = await app.Api("clerk").PostJsonAsync($"/api/v1/rooms/{id}/status", new { status = "outOfOrder", reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, out1.StatusCode);
        Assert.Equal(["expectedReturnAt", "reason"], (await out1.JsonAsync())["errors"]!.AsObject().Select(e => e.Key).Order());
        var out2 = await app.Api("clerk").PostJsonAsync($"/api/v1/rooms/{id}/status", new { status = "closed" });
        Assert.NotNull((await out2.JsonAsync())["errors"]!["status"]);
        var used = await app.Api("clerk").PostJsonAsync($"/api/v1/rooms/{id}/consumption", new { itemCode = "", quantity = 0 });
        Assert.Equal(["itemCode", "quantity"], (await used.JsonAsync())["errors"]!.AsObject().Select(e => e.Key).Order());
        var after = await Ok(app.Api("clerk").GetAsync($"/api/v1/rooms/{id}"));
        Assert.Equal(("vacantDirty", 1), (Status(after), after["history"]!.AsArray().Count));
        Assert.Equal(orders, await DbAsync(db => db.WorkOrders.CountAsync()));

        var outOfOrder = await ChangeAsync(id, "outOfOrder", extra: new { status = "outOfOrder", reason = "卫生间漏水", expectedReturnAt = DateTimeOffset.UtcNow.AddDays(1) });
        Assert.Equal(("outOfOrder", "卫生间漏水"), (Status(outOfOrder), outOfOrder["outReason"]!.GetValue<string>()));
    }

    [SkippableFact]
    public async Task A_forbidden_transition_is_409_and_changes_nothing()
    {
        app.Require();
        var id = (await RoomAsync("occupied"))["id"]!.GetValue<Guid>();

        var refused = await app.Api("clerk").PostJsonAsync($"/api/v1/rooms/{id}/status",
            new { status = "outOfOrder", reason = "空调坏了", expectedReturnAt = DateTimeOffset.UtcNow.AddDays(1) });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Occupied", (await refused.JsonAsync())["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, (await app.Api("clerk").PostJsonAsync($"/api/v1/rooms/{id}/status", new { status = "inspected" })).StatusCode);

        var room = await Ok(app.Api("clerk").GetAsync($"/api/v1/rooms/{id}"));
        Assert.Equal(("occupied", 1), (Status(room), room["history"]!.AsArray().Count));
    }

    [SkippableFact]
    public async Task A_dirty_room_gets_a_cleaning_order_dispatched_and_the_checked_order_makes_it_clean()
    {
        app.Require();
        await CleanerOnShiftAsync();
        var room = await RoomAsync("occupied");
        var id = room["id"]!.GetValue<Guid>();

        var dirty = await ChangeAsync(id, "vacantDirty", extra: new { status = "vacantDirty", reason = "退房" });
        Assert.Equal("vacantDirty", Status(dirty));
        var task = dirty["cleaningTask"]!;
        Assert.Equal("assigned", task["state"]!.GetValue<string>());
        var orderId = task["workOrderId"]!.GetValue<Guid>();
        var order = await Ok(app.Api("agent").GetAsync($"/api/v1/work-orders/{orderId}"));
        Assert.Equal(("cleaning", room["number"]!.GetValue<string>(), "退房"), (order["typeCode"]!.GetValue<string>(), order["location"]!.GetValue<string>(),
            order["description"]!.GetValue<string>()));
        var cleaner = await UserNameAsync(order["assigneeId"]!.GetValue<Guid>());

        var url = $"/api/v1/work-orders/{orderId}";
        await Ok(app.Api(cleaner).PostJsonAsync($"{url}/accept", new { }));
        await Ok(app.Api(cleaner).PostJsonAsync($"{url}/start", new { }));
        var completed = await Ok(app.Api(cleaner).PostJsonAsync($"{url}/complete", new { note = "清扫完毕" }));
        // The demo's cleaning type asks for a supervisor's check: the room stays dirty until then.
        Assert.Equal("completed", completed["state"]!.GetValue<string>());
        Assert.Equal("vacantDirty", Status(await Ok(app.Api("clerk").GetAsync($"/api/v1/rooms/{id}"))));
        await Ok(app.Api("head").PostJsonAsync($"{url}/verify", new { passed = true }));

        var clean = await Ok(app.Api("clerk").GetAsync($"/api/v1/rooms/{id}"));
        Assert.Equal("vacantClean", Status(clean));
        Assert.Null(clean["cleaningTask"]);
        var last = clean["history"]![0]!;
        Assert.Equal(("vacantDirty", order["number"]!.GetValue<string>()), (last["from"]!.GetValue<string>(), last["reason"]!.GetValue<string>()));
        Assert.Contains("陈静", last["by"]!.GetValue<string>());

        // Dirty again: a second order; a room that was already dirty gets none.
        await ChangeAsync(id, "vacantDirty");
        var again = await Ok(app.Api("clerk").GetAsync($"/api/v1/rooms/{id}"));
        Assert.NotEqual(orderId, again["cleaningTask"]!["workOrderId"]!.GetValue<Guid>());
        Assert.Equal(HttpStatusCode.Conflict, (await app.Api("clerk").PostJsonAsync($"/api/v1/rooms/{id}/status", new { status = "vacantDirty" })).StatusCode);
        Assert.Equal(2, await DbAsync(db => db.RoomCleaningTasks.CountAsync(t => t.RoomId == id)));
    }

    [SkippableFact]
    public async Task A_failed_inspection_sends_the_room_back_dirty_with_a_new_order_and_a_passed_one_makes_it_inspected()
    {
        app.Require();
        await CleanerOnShiftAsync();
        var id = (await RoomAsync("vacantClean"))["id"]!.GetValue<Guid>();
        var checklist = (await Ok(app.Api("agent").GetAsync("/api/v1/rooms/types?property=DEMO-HOTEL"))).AsArray()
            .Single(t => t!["code"]!.GetValue<string>() == "STD-K")!["checklist"]!.AsArray().Select(i => i!.GetValue<string>()).ToList();
        object Answers(string? failed) => new { items = checklist.Select(i => new { item = i, passed = i != failed, note = i == failed ? "马桶有水渍" : null }) };

        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("clerk").PostJsonAsync($"/api/v1/rooms/{id}/inspections", Answers(null))).StatusCode);
        var partial = await app.Api("agent").PostJsonAsync($"/api/v1/rooms/{id}/inspections", new { items = new[] { new { item = checklist[0], passed = true } } });
        Assert.Equal(HttpStatusCode.BadRequest, partial.StatusCode);
        Assert.NotNull((await partial.JsonAsync())["errors"]!["items"]);

        var failed = await Ok(app.Api("agent").PostJsonAsync($"/api/v1/rooms/{id}/inspections", Answers("清洁三缸（面盆、浴缸、马桶）")));
        Assert.False(failed["passed"]!.GetValue<bool>());
        var orderId = failed["cleaningOrderId"]!.GetValue<Guid>();
        var order = await Ok(app.Api("agent").GetAsync($"/api/v1/work-orders/{orderId}"));
        Assert.Equal(("inspection", "清洁三缸（面盆、浴缸、马桶）"), (order["channel"]!.GetValue<string>(), order["description"]!.GetValue<string>()));
        var room = await Ok(app.Api("clerk").GetAsync($"/api/v1/rooms/{id}"));
        Assert.Equal(("vacantDirty", orderId), (Status(room), room["cleaningTask"]!["workOrderId"]!.GetValue<Guid>()));
        Assert.Equal("清洁三缸（面盆、浴缸、马桶）", room["history"]![0]!["reason"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, (await app.Api("agent").PostJsonAsync($"/api/v1/rooms/{id}/inspections", Answers(null))).StatusCode);

        await ChangeAsync(id, "vacantClean", by: "agent");
        var passed = await Ok(app.Api("agent").PostJsonAsync($"/api/v1/rooms/{id}/inspections", Answers(null)));
        Assert.True(passed["passed"]!.GetValue<bool>());
        Assert.Null(passed["cleaningOrderId"]);
        Assert.Equal("inspected", Status(await Ok(app.Api("clerk").GetAsync($"/api/v1/rooms/{id}"))));
        Assert.Equal(2, (await Ok(app.Api("clerk").GetAsync($"/api/v1/rooms/{id}/inspections"))).AsArray().Count);
    }

    [SkippableFact]
    public async Task Consumption_is_recorded_per_room_and_summed_per_item_and_room()
    {
        app.Require();
        var room = await RoomAsync("vacantDirty");
        var (id, number) = (room["id"]!.GetValue<Guid>(), room["number"]!.GetValue<string>());
        await Ok(app.Api("clerk").PostJsonAsync($"/api/v1/rooms/{id}/consumption", new { itemCode = "浴巾", quantity = 2 }));
        await Ok(app.Api("agent").PostJsonAsync($"/api/v1/rooms/{id}/consumption", new { itemCode = "牙具", quantity = 3 }));

        var summary = await Ok(app.Api("agent").GetAsync("/api/v1/rooms/consumption?property=DEMO-HOTEL"));
        // Without a period the summary ends today where the hotel is (Beijing time), which from 16:00 UTC is the UTC date's next day.
        var beijing = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        Assert.Equal(beijing, DateOnly.Parse(summary["to"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        var mine = summary["byRoom"]!.AsArray().Single(r => r!["key"]!.GetValue<string>() == number)!;
        Assert.Equal(5, mine["quantity"]!.GetValue<int>());
        Assert.Contains(summary["byItem"]!.AsArray(), i => i!["key"]!.GetValue<string>() == "牙具" && i["quantity"]!.GetValue<int>() >= 3);
        var future = await app.Api("clerk").PostJsonAsync($"/api/v1/rooms/{id}/consumption",
            new { itemCode = "浴巾", quantity = 1, date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5) });
        Assert.NotNull((await future.JsonAsync())["errors"]!["date"]);
        var backwards = await app.Api("clerk").GetAsync("/api/v1/rooms/consumption?from=2026-12-07&to=2026-12-01");
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
    }

    [SkippableFact]
    public async Task A_supervisor_gives_an_attendant_rooms_for_the_day_and_the_attendant_reads_their_sheet()
    {
        app.Require();
        var a = await RoomAsync("vacantDirty");
        var b = await RoomAsync("occupied");
        var numbers = new[] { a["number"]!.GetValue<string>(), b["number"]!.GetValue<string>() };
        var tech = await app.StaffIdAsync("tech");
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        var body = new { property = "DEMO-HOTEL", date, attendantId = tech, rooms = numbers };

        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("clerk").PutAsJsonAsync("/api/v1/rooms/sheet", body)).StatusCode);
        var unknown = await app.Api("agent").PutAsJsonAsync("/api/v1/rooms/sheet", body with { rooms = new[] { "NOPE-1" } });
        Assert.NotNull((await unknown.JsonAsync())["errors"]!["rooms"]);
        var sheet = (await Ok(app.Api("agent").PutAsJsonAsync("/api/v1/rooms/sheet", body))).AsArray();
        Assert.Equal(numbers.Order(), sheet.Select(r => r!["number"]!.GetValue<string>()).Order());

        var own = (await Ok(app.Api("tech").GetAsync("/api/v1/rooms/sheet?property=DEMO-HOTEL"))).AsArray();
        Assert.Equal(numbers.Order(), own.Select(r => r!["number"]!.GetValue<string>()).Order());
        Assert.Contains(own, r => r!["status"]!.GetValue<string>() == "vacantDirty");
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("tech").GetAsync($"/api/v1/rooms/sheet?attendant={await app.StaffIdAsync("agent")}")).StatusCode);
        var everyone = (await Ok(app.Api("agent").GetAsync("/api/v1/rooms/sheet?property=DEMO-HOTEL"))).AsArray();
        Assert.Contains(everyone, r => r!["attendantName"]!.GetValue<string>().Contains("赵敏"));

        // One room moved to another attendant leaves the first one's sheet.
        var clerk = await app.StaffIdAsync("clerk");
        await Ok(app.Api("agent").PutAsJsonAsync("/api/v1/rooms/sheet", body with { attendantId = clerk, rooms = new[] { numbers[0] } }));
        var left = (await Ok(app.Api("tech").GetAsync("/api/v1/rooms/sheet?property=DEMO-HOTEL"))).AsArray();
        Assert.Equal([numbers[1]], left.Select(r => r!["number"]!.GetValue<string>()));
    }

    [SkippableFact]
    public async Task Occupancy_counts_a_room_for_each_night_it_was_occupied_at_the_night_audit()
    {
        app.Require();
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
        var (from, to) = (today.AddDays(-4), today.AddDays(-2));
        var url = $"/api/v1/rooms/occupancy?property=DEMO-HOTEL&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";
        var before = (await Ok(app.Api("manager").GetAsync(url))).AsArray().Single()!;
        Assert.Equal(3, before["nights"]!.GetValue<int>());
        Assert.True(before["occupiedRoomNights"]!.GetValue<int>() > 0, "The demo's week of stays has occupied nights.");
        Assert.Equal(before["occupiedRoomNights"]!.GetValue<int>(), before["byNight"]!.AsArray().Sum(n => n!["occupiedRooms"]!.GetValue<int>()));
        Assert.Equal((double)before["workOrders"]!.GetValue<int>() / before["occupiedRoomNights"]!.GetValue<int>(),
            before["workOrdersPerOccupiedRoomNight"]!.GetValue<double>(), 6);

        // A guest in a new room since five days ago, out since an hour before the audit of the period's last night: two nights more.
        var id = (await RoomAsync("occupied"))["id"]!.GetValue<Guid>();
        await ChangeAsync(id, "vacantDirty");
        var lastAudit = new DateTimeOffset(to.AddDays(1).ToDateTime(new TimeOnly(2, 0)), TimeSpan.FromHours(8));
        await DbAsync(async db =>
        {
            var room = await db.Rooms.SingleAsync(r => r.Id == id);
            db.Entry(room.History.Single(h => h.From is null)).Property(h => h.At).CurrentValue = DateTimeOffset.UtcNow.AddDays(-5);
            db.Entry(room.History.Single(h => h.From is not null)).Property(h => h.At).CurrentValue = lastAudit.AddHours(-1);
            return await db.SaveChangesAsync();
        });

        var after = (await Ok(app.Api("manager").GetAsync(url))).AsArray().Single()!;
        Assert.Equal(before["occupiedRoomNights"]!.GetValue<int>() + 2, after["occupiedRoomNights"]!.GetValue<int>());
        var bad = await app.Api("manager").GetAsync($"/api/v1/rooms/occupancy?from={to:yyyy-MM-dd}&to={from:yyyy-MM-dd}");
        Assert.NotNull((await bad.JsonAsync())["errors"]!["to"]);
    }
}

public sealed class RoomsApiSqliteTests(SqliteApp app) : RoomsApiTests(app), IClassFixture<SqliteApp>;

public sealed class RoomsApiPostgresTests(PostgresApp app) : RoomsApiTests(app), IClassFixture<PostgresApp>;
