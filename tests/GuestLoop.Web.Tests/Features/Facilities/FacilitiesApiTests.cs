using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Facilities;

/// <summary>
/// Facility bookings through the API: facilities set by level 2, covers counted per slot up to the restaurant's capacity,
/// a meeting room taken whole with its event order, a change moving the slots, a late cancellation, scope and masking.
/// </summary>
public abstract class FacilitiesApiTests(GuestLoopApp app)
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTime.UtcNow, Shanghai));

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

    private async Task<Guid> FacilityAsync(string kind, int capacity, int slotMinutes = 30, int maxPartySize = 10)
    {
        var facility = await Ok(app.Api("head").PutAsJsonAsync("/api/v1/facilities", new
        {
            property = "DEMO-HOTEL", code = "F" + Guid.NewGuid().ToString("N")[..6], name = "测试设施", kind, capacity, slotMinutes, opens = "08:00", closes = "22:00",
            minNoticeMinutes = 0, maxMinutes = 240, maxPartySize = Math.Min(maxPartySize, capacity), freeCancellationHours = 24,
        }));
        return facility["id"]!.GetValue<Guid>();
    }

    private static object Table(Guid facility, DateOnly date, string start, string end, int party, string? phone = "13812345678") => new
    {
        facilityId = facility, date, start, end, partySize = party, guestName = "黄敏", phone, notes = "一位素食",
    };

    [SkippableFact]
    public async Task Covers_fill_a_restaurant_slot_up_to_its_capacity_and_a_cancellation_frees_them()
    {
        app.Require();
        var denied = await app.Api("clerk").PutAsJsonAsync("/api/v1/facilities", new
        {
            property = "DEMO-HOTEL", code = "NOPE", name = "无权", kind = "restaurant", capacity = 10,
        });
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        var restaurant = await FacilityAsync("restaurant", capacity: 10);
        var day = Today.AddDays(20);

        var first = await Ok(app.Api("clerk").PostJsonAsync("/api/v1/facility-bookings", Table(restaurant, day, "18:00", "19:30", 6)));
        await Ok(app.Api("clerk").PostJsonAsync("/api/v1/facility-bookings", Table(restaurant, day, "19:00", "20:00", 4)));
        var full = await app.Api("clerk").PostJsonAsync("/api/v1/facility-bookings", Table(restaurant, day, "19:00", "19:30", 1));
        Assert.Equal(HttpStatusCode.Conflict, full.StatusCode);
        Assert.Contains("19:00", (await full.JsonAsync())["detail"]!.GetValue<string>());
        var offGrid = await app.Api("clerk").PostJsonAsync("/api/v1/facility-bookings", Table(restaurant, day, "19:10", "20:00", 1));
        Assert.Equal(HttpStatusCode.BadRequest, offGrid.StatusCode);
        Assert.NotNull((await offGrid.JsonAsync())["errors"]!["start"]);

        var slots = await Ok(app.Api("clerk").GetAsync($"/api/v1/facilities/{restaurant}/day?date={day:yyyy-MM-dd}"));
        int Booked(JsonNode d, string start) => d["slots"]!.AsArray().Single(s => s!["start"]!.GetValue<string>().StartsWith(start))!["booked"]!.GetValue<int>();
        Assert.Equal((6, 6, 10, 4, 0), (Booked(slots, "18:00"), Booked(slots, "18:30"), Booked(slots, "19:00"), Booked(slots, "19:30"), Booked(slots, "20:00")));

        var id = first["id"]!.GetValue<Guid>();
        var cancelled = await Ok(app.Api("clerk").PostJsonAsync($"/api/v1/facility-bookings/{id}/cancel", new { reason = "客人改期" }));
        Assert.Equal(("cancelled", false), (cancelled["status"]!.GetValue<string>(), cancelled["lateCancellation"]!.GetValue<bool>()));
        slots = await Ok(app.Api("clerk").GetAsync($"/api/v1/facilities/{restaurant}/day?date={day:yyyy-MM-dd}"));
        Assert.Equal((0, 4), (Booked(slots, "18:00"), Booked(slots, "19:00")));
        await Ok(app.Api("clerk").PostJsonAsync("/api/v1/facility-bookings", Table(restaurant, day, "19:00", "19:30", 6)));
        var again = await app.Api("clerk").PostJsonAsync($"/api/v1/facility-bookings/{id}/cancel", new { reason = "再次取消" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [SkippableFact]
    public async Task A_meeting_room_is_taken_whole_with_its_event_order_and_a_change_moves_its_slots()
    {
        app.Require();
        var room = await FacilityAsync("meetingRoom", capacity: 30, slotMinutes: 60, maxPartySize: 30);
        var day = Today.AddDays(30);
        var booking = await Ok(app.Api("clerk").PostJsonAsync("/api/v1/facility-bookings", new
        {
            facilityId = room, date = day, start = "09:00", end = "12:00", partySize = 8, guestName = "华东销售部", phone = "13900139000", layout = "uShape",
            equipment = "投影仪", catering = "茶歇",
            eventOrder = new[] { new { at = "10:30", activity = "茶歇", department = "餐饮部" }, new { at = "08:00", activity = "布场", department = "会议服务" } },
        }));
        Assert.Equal(30, booking["units"]!.GetValue<int>());
        Assert.Equal(["布场", "茶歇"], booking["eventOrder"]!.AsArray().Select(i => i!["activity"]!.GetValue<string>()));
        var overlap = await app.Api("clerk").PostJsonAsync("/api/v1/facility-bookings", new
        {
            facilityId = room, date = day, start = "11:00", end = "13:00", partySize = 2, guestName = "另一场", phone = "13900139001",
        });
        Assert.Equal(HttpStatusCode.Conflict, overlap.StatusCode);

        var id = booking["id"]!.GetValue<Guid>();
        var stale = await app.Api("clerk").PutAsJsonAsync($"/api/v1/facility-bookings/{id}", new
        {
            date = day, start = "14:00", end = "16:00", partySize = 8, guestName = "华东销售部", phone = "13900139000", version = 0,
        });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var moved = await Ok(app.Api("clerk").PutAsJsonAsync($"/api/v1/facility-bookings/{id}", new
        {
            date = day, start = "14:00", end = "16:00", partySize = 8, guestName = "华东销售部", phone = "13900139000", layout = "boardroom",
            version = booking["version"]!.GetValue<int>(),
        }));
        Assert.Equal(("14:00:00", "boardroom"), (moved["start"]!.GetValue<string>(), moved["layout"]!.GetValue<string>()));
        await Ok(app.Api("clerk").PostJsonAsync("/api/v1/facility-bookings", new
        {
            facilityId = room, date = day, start = "11:00", end = "13:00", partySize = 2, guestName = "另一场", phone = "13900139001",
        }));
        var counts = await DbAsync(db => db.FacilitySlots.AsNoTracking().Where(s => s.FacilityId == room && s.Date == day).OrderBy(s => s.Slot)
            .Select(s => new { s.Slot, s.Booked }).ToListAsync());
        Assert.Equal([(9, 0), (10, 0), (11, 30), (12, 30), (14, 30), (15, 30)], counts.Select(c => (c.Slot, c.Booked)));
        var restaurantExtras = await app.Api("clerk").PostJsonAsync("/api/v1/facility-bookings", new
        {
            facilityId = await FacilityAsync("restaurant", capacity: 40), date = day, start = "12:00", end = "13:00", partySize = 2, guestName = "孙浩",
            phone = "13900139002", layout = "banquet",
        });
        Assert.Equal(HttpStatusCode.BadRequest, restaurantExtras.StatusCode);
    }

    [SkippableFact]
    public async Task The_demo_has_a_meeting_today_with_its_event_order_a_week_of_tables_and_each_slot_counts_exactly_what_its_bookings_hold()
    {
        app.Require();
        var facilities = (await Ok(app.Api("clerk").GetAsync("/api/v1/facilities?property=DEMO-HOTEL"))).AsArray();
        Assert.Superset(new HashSet<string> { "CN-REST", "MR-1", "BANQ", "SPA", "GYM", "BIZ" }, facilities.Select(f => f!["code"]!.GetValue<string>()).ToHashSet());
        // The demo is seeded once per run: "today" is the seeding's day, which a run across midnight in Beijing has left.
        var room = facilities.Single(f => f!["code"]!.GetValue<string>() == "MR-1")!["id"];
        var meetings = await Ok(app.Api("clerk").GetAsync($"/api/v1/facility-bookings?property=DEMO-HOTEL&facility={room}&pageSize=200"));
        var meeting = Assert.Single(meetings["items"]!.AsArray(), b => b!["layout"]?.GetValue<string>() == "uShape")!;
        Assert.InRange(DateOnly.Parse(meeting["date"]!.GetValue<string>()), Today.AddDays(-1), Today);
        Assert.Equal(3, meeting["eventOrder"]!.AsArray().Count);
        var tables = await Ok(app.Api("clerk").GetAsync($"/api/v1/facility-bookings?property=DEMO-HOTEL&facility={facilities.Single(f => f!["code"]!.GetValue<string>() == "CN-REST")!["id"]}&pageSize=200"));
        Assert.True(tables["total"]!.GetValue<int>() >= 7 * 6, $"{tables["total"]} restaurant bookings");

        var (held, counted) = await DbAsync(async db =>
        {
            var bookings = await db.FacilityBookings.AsNoTracking().ToListAsync();
            var rows = await db.FacilitySlots.AsNoTracking().ToListAsync();
            return (bookings.SelectMany(b => b.HeldSlots().Select(slot => (b.FacilityId, b.Date, Slot: slot, b.Units)))
                    .GroupBy(x => (x.FacilityId, x.Date, x.Slot)).ToDictionary(g => g.Key, g => g.Sum(x => x.Units)),
                rows.Where(r => r.Booked > 0).ToDictionary(r => (r.FacilityId, r.Date, r.Slot), r => r.Booked));
        });
        Assert.Equal(held.OrderBy(h => h.Key), counted.OrderBy(c => c.Key));
    }

    [SkippableFact]
    public async Task Another_propertys_staff_see_nothing_and_a_level_3_agent_sees_the_phone_masked()
    {
        app.Require();
        var restaurant = await FacilityAsync("restaurant", capacity: 20);
        var day = Today.AddDays(40);
        var booking = await Ok(app.Api("clerk").PostJsonAsync("/api/v1/facility-bookings", Table(restaurant, day, "12:00", "13:00", 2, "13987654321")));
        var id = booking["id"]!.GetValue<Guid>();

        Assert.Equal(HttpStatusCode.NotFound, (await app.Api("ranger").GetAsync($"/api/v1/facility-bookings/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Api("ranger").PostJsonAsync($"/api/v1/facility-bookings/{id}/cancel", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Api("ranger").GetAsync($"/api/v1/facilities/{restaurant}/day")).StatusCode);
        var ranger = await Ok(app.Api("ranger").GetAsync($"/api/v1/facility-bookings?date={day:yyyy-MM-dd}"));
        Assert.Empty(ranger["items"]!.AsArray());
        Assert.DoesNotContain((await Ok(app.Api("ranger").GetAsync("/api/v1/facilities"))).AsArray(), f => f!["id"]!.GetValue<Guid>() == restaurant);
        var booked = await app.Api("ranger").PostJsonAsync("/api/v1/facility-bookings", Table(restaurant, day, "12:00", "13:00", 2));
        Assert.Equal(HttpStatusCode.BadRequest, booked.StatusCode);

        var agent = await Ok(app.Api("agent").GetAsync($"/api/v1/facility-bookings/{id}"));
        Assert.Equal((true, "139****4321"), (agent["masked"]!.GetValue<bool>(), agent["phone"]!.GetValue<string>()));
        var manager = await Ok(app.Api("manager").GetAsync($"/api/v1/facility-bookings/{id}"));
        Assert.Equal("13987654321", manager["phone"]!.GetValue<string>());
        Assert.True(await DbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "facility-booking.read" && a.EntityKey == id.ToString())));
        var stored = await DbAsync(db => db.Database.SqlQueryRaw<string>("SELECT \"Phone\" AS \"Value\" FROM facility_bookings WHERE \"Id\" = {0}", id).ToListAsync());
        Assert.DoesNotContain("13987654321", stored.Single() ?? string.Empty);
    }
}

[Collection(SharedSqliteApp.Name)]
public sealed class FacilitiesApiSqliteTests(SqliteApp app) : FacilitiesApiTests(app);

[Collection(SharedPostgresApp.Name)]
public sealed class FacilitiesApiPostgresTests(PostgresApp app) : FacilitiesApiTests(app);
