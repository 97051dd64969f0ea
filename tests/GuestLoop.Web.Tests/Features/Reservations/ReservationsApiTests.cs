using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Reservations;

/// <summary>
/// Reservations through the API: rate plans set by level 2, the last room taken once, overbooking within the property's
/// limit, cancellation charges by the agreed terms, scope and masking, check-in to a suitable room timed against the
/// 30-minute target, check-out freeing the room for cleaning, and idempotent imports by external reference.
/// </summary>
public abstract class ReservationsApiTests(GuestLoopApp app)
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

    /// <summary>A new room type of the demo hotel with its rooms (one accessible when asked) and a plan that sells it at 400 a night.</summary>
    private async Task<(string Type, string Plan, string[] Rooms)> TypeAsync(int rooms, bool accessibleRoom = false, int freeUntilHours = 24)
    {
        var type = "T" + Guid.NewGuid().ToString("N")[..6];
        await Ok(app.Api("head").PostJsonAsync("/api/v1/rooms/types", new
        {
            property = "DEMO-HOTEL", code = type, name = "测试房型", bedType = "king", maxGuests = 2, accessible = false, smoking = false, checklist = Array.Empty<string>(),
        }));
        var numbers = new List<string>();
        for (var i = 0; i < rooms; i++)
        {
            var number = "Q" + Guid.NewGuid().ToString("N")[..6];
            await Ok(app.Api("head").PostJsonAsync("/api/v1/rooms", new
            {
                property = "DEMO-HOTEL", number, floor = 3 + i, typeCode = type, status = "inspected",
                accessibilityFeatures = accessibleRoom && i == 0 ? "无障碍卫生间、扶手、紧急呼叫" : null,
            }));
            numbers.Add(number);
        }

        var plan = "P" + Guid.NewGuid().ToString("N")[..6];
        await Ok(app.Api("head").PutAsJsonAsync("/api/v1/reservations/rate-plans", new
        {
            property = "DEMO-HOTEL", code = plan, name = "门市价", freeUntilHours, lateChargeNights = 1, noShowChargeNights = 1, depositNights = 1,
            prices = new Dictionary<string, decimal> { [type] = 400m },
        }));
        return (type, plan, [.. numbers]);
    }

    private static object Booking(string type, string plan, DateOnly arrival, int nights = 2, string? reference = null, bool accessible = false) => new
    {
        property = "DEMO-HOTEL", roomType = type, ratePlan = plan, arrival, departure = arrival.AddDays(nights), adults = 2, guestName = "刘洋",
        phone = "13912345678", needsAccessibleRoom = accessible, externalReference = reference,
    };

    [SkippableFact]
    public async Task Level_2_sets_rate_plans_a_clerk_books_and_bad_input_changes_nothing()
    {
        app.Require();
        var (type, plan, _) = await TypeAsync(2);
        var clerkPlan = await app.Api("clerk").PutAsJsonAsync("/api/v1/reservations/rate-plans", new
        {
            property = "DEMO-HOTEL", code = plan, name = "改价", prices = new Dictionary<string, decimal> { [type] = 1m },
        });
        Assert.Equal(HttpStatusCode.Forbidden, clerkPlan.StatusCode);
        var plans = await Ok(app.Api("clerk").GetAsync("/api/v1/reservations/rate-plans?property=DEMO-HOTEL"));
        Assert.Equal(400m, plans.AsArray().Single(p => p!["code"]!.GetValue<string>() == plan)!["prices"]![type]!.GetValue<decimal>());

        var arrival = Today.AddDays(40);
        var bad = await app.Api("clerk").PostJsonAsync("/api/v1/reservations", new
        {
            property = "DEMO-HOTEL", roomType = type, ratePlan = plan, arrival, departure = arrival, adults = 5, guestName = "", phone = "12",
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.JsonAsync())["errors"]!.AsObject().Select(e => e.Key).Order().ToList();
        Assert.Equal(["adults", "departure", "guestName", "phone"], errors);
        var unknown = await app.Api("clerk").PostJsonAsync("/api/v1/reservations", Booking("NOPE", plan, arrival));
        Assert.NotNull((await unknown.JsonAsync())["errors"]!["roomType"]);

        var made = await app.Api("clerk").PostJsonAsync("/api/v1/reservations", Booking(type, plan, arrival));
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        var r = await made.JsonAsync();
        Assert.Equal(("confirmed", 800m, 400m, 2), (r["status"]!.GetValue<string>(), r["roomCharge"]!.GetValue<decimal>(), r["depositDue"]!.GetValue<decimal>(),
            r["nights"]!.GetValue<int>()));
        Assert.Matches(@"^R\d{6}[0-9A-Z]{6}$", r["number"]!.GetValue<string>());
        var availability = await Ok(app.Api("clerk").GetAsync($"/api/v1/reservations/availability?property=DEMO-HOTEL&from={arrival:yyyy-MM-dd}&to={arrival.AddDays(3):yyyy-MM-dd}"));
        var nights = availability["roomTypes"]!.AsArray().Single(t => t!["code"]!.GetValue<string>() == type)!["nights"]!.AsArray();
        Assert.Equal([1, 1, 2], nights.Select(n => n!["free"]!.GetValue<int>()));
        Assert.Equal(0, await DbAsync(db => db.Reservations.CountAsync(x => x.GuestName == "" || x.Adults == 5)));
    }

    [SkippableFact]
    public async Task The_last_room_of_a_night_is_sold_once_and_overbooking_stays_within_the_property_limit()
    {
        app.Require();
        var (type, plan, _) = await TypeAsync(1);
        var arrival = Today.AddDays(60);
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => app.Api("clerk").PostJsonAsync("/api/v1/reservations", Booking(type, plan, arrival))));
        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(5, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        var refusal = await answers.First(a => a.StatusCode == HttpStatusCode.Conflict).JsonAsync();
        Assert.Contains(arrival.ToString("yyyy-MM-dd"), refusal["detail"]!.GetValue<string>());

        // A night sold one room over: allowed once the head allows one room of overbooking for it, and never two.
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("clerk").PutAsJsonAsync("/api/v1/reservations/settings",
            new { property = "DEMO-HOTEL", overbookingNights = new Dictionary<string, int> { [arrival.ToString("yyyy-MM-dd")] = 1 } })).StatusCode);
        await Ok(app.Api("head").PutAsJsonAsync("/api/v1/reservations/settings",
            new { property = "DEMO-HOTEL", overbookingNights = new Dictionary<string, int> { [arrival.ToString("yyyy-MM-dd")] = 1 } }));
        Assert.Equal(HttpStatusCode.Created, (await app.Api("clerk").PostJsonAsync("/api/v1/reservations", Booking(type, plan, arrival, nights: 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await app.Api("clerk").PostJsonAsync("/api/v1/reservations", Booking(type, plan, arrival, nights: 1))).StatusCode);
        // The second night has no allowance: a two-night stay is refused whole, and nothing of it is kept.
        var before = await DbAsync(db => db.Reservations.CountAsync());
        Assert.Equal(HttpStatusCode.Conflict, (await app.Api("clerk").PostJsonAsync("/api/v1/reservations", Booking(type, plan, arrival.AddDays(-1), nights: 3))).StatusCode);
        Assert.Equal(before, await DbAsync(db => db.Reservations.CountAsync()));
        var free = await Ok(app.Api("clerk").GetAsync($"/api/v1/reservations/availability?property=DEMO-HOTEL&from={arrival.AddDays(-1):yyyy-MM-dd}&to={arrival.AddDays(2):yyyy-MM-dd}"));
        Assert.Equal([1, 0, 0], free["roomTypes"]!.AsArray().Single(t => t!["code"]!.GetValue<string>() == type)!["nights"]!.AsArray()
            .Select(n => n!["free"]!.GetValue<int>()));
    }

    [SkippableFact]
    public async Task A_cancellation_inside_the_charge_window_is_charged_and_frees_the_nights()
    {
        app.Require();
        var (type, plan, _) = await TypeAsync(1, freeUntilHours: 24 * 3);
        var soon = await Ok(app.Api("clerk").PostJsonAsync("/api/v1/reservations", Booking(type, plan, Today.AddDays(1))));
        var later = await Ok(app.Api("clerk").PostJsonAsync("/api/v1/reservations", Booking(type, plan, Today.AddDays(20))));
        Assert.Equal(400m, soon["chargeIfCancelledNow"]!.GetValue<decimal>());
        Assert.Equal(0m, later["chargeIfCancelledNow"]!.GetValue<decimal>());

        var id = soon["id"]!.GetValue<Guid>();
        Assert.NotNull((await (await app.Api("clerk").PostJsonAsync($"/api/v1/reservations/{id}/cancel", new { reason = " " })).JsonAsync())["errors"]!["reason"]);
        var stale = await app.Api("clerk").PostJsonAsync($"/api/v1/reservations/{id}/cancel", new { reason = "行程变更", version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var cancelled = await Ok(app.Api("clerk").PostJsonAsync($"/api/v1/reservations/{id}/cancel", new { reason = "行程变更" }));
        Assert.Equal(("cancelled", 400m), (cancelled["status"]!.GetValue<string>(), cancelled["cancellationCharge"]!.GetValue<decimal>()));
        var free = await Ok(app.Api("clerk").PostJsonAsync($"/api/v1/reservations/{later["id"]}/cancel", new { reason = "改期" }));
        Assert.Equal(0m, free["cancellationCharge"]!.GetValue<decimal>());
        Assert.Equal(HttpStatusCode.Conflict, (await app.Api("clerk").PostJsonAsync($"/api/v1/reservations/{id}/cancel", new { reason = "再次" })).StatusCode);
        // The room is free again for the night it held.
        Assert.Equal(HttpStatusCode.Created, (await app.Api("clerk").PostJsonAsync("/api/v1/reservations", Booking(type, plan, Today.AddDays(1)))).StatusCode);

        // A refund is a level-2 decision and at most what was paid.
        await Ok(app.Api("clerk").PostJsonAsync($"/api/v1/reservations/{id}/payments", new { kind = "deposit", amount = 400m }));
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("clerk").PostJsonAsync($"/api/v1/reservations/{id}/payments", new { kind = "refund", amount = 100m })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Api("head").PostJsonAsync($"/api/v1/reservations/{id}/payments", new { kind = "refund", amount = 500m })).StatusCode);
        var refunded = await Ok(app.Api("head").PostJsonAsync($"/api/v1/reservations/{id}/payments", new { kind = "refund", amount = 400m }));
        Assert.Equal(0m, refunded["paid"]!.GetValue<decimal>());
    }

    [SkippableFact]
    public async Task Another_property_sees_no_reservation_and_contacts_are_masked_below_level_2()
    {
        app.Require();
        var (type, plan, _) = await TypeAsync(1);
        var r = await Ok(app.Api("clerk").PostJsonAsync("/api/v1/reservations", Booking(type, plan, Today.AddDays(30))));
        var id = r["id"]!.GetValue<Guid>();
        Assert.Equal("139****5678", r["phone"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await app.Api("ranger").GetAsync($"/api/v1/reservations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Api("ranger").PostJsonAsync($"/api/v1/reservations/{id}/cancel", new { reason = "x" })).StatusCode);
        var rangers = await Ok(app.Api("ranger").GetAsync($"/api/v1/reservations?q={r["number"]}"));
        Assert.Equal(0, rangers["total"]!.GetValue<int>());
        var head = await Ok(app.Api("head").GetAsync($"/api/v1/reservations/{id}"));
        Assert.Equal("13912345678", head["phone"]!.GetValue<string>());
        Assert.True(await DbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "reservation.read" && a.EntityKey == id.ToString())));
        // Stored encrypted: the column holds no digits of the number.
        var stored = await DbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT \"Phone\" FROM reservations WHERE \"Number\" = '{r["number"]}'";
            return (string?)await command.ExecuteScalarAsync();
        });
        Assert.DoesNotContain("13912345678", stored);
    }

    [SkippableFact]
    public async Task A_wheelchair_user_is_checked_in_to_the_accessible_room_timed_and_checked_out_to_cleaning()
    {
        app.Require();
        var (type, plan, rooms) = await TypeAsync(2, accessibleRoom: true);
        var r = await Ok(app.Api("clerk").PostJsonAsync("/api/v1/reservations", Booking(type, plan, Today, accessible: true)));
        var id = r["id"]!.GetValue<Guid>();
        var allocation = await Ok(app.Api("clerk").GetAsync("/api/v1/reservations/allocation?property=DEMO-HOTEL"));
        var row = allocation["arrivals"]!.AsArray().Single(a => a!["reservationId"]!.GetValue<Guid>() == id)!;
        Assert.Equal(rooms[0], row["suggestedRoom"]!.GetValue<string>());
        Assert.True(row["specialNeedsMet"]!.GetValue<bool>());

        await Ok(app.Api("clerk").PostJsonAsync($"/api/v1/reservations/{id}/arrived", new { }));
        var wrongRoom = await app.Api("clerk").PostJsonAsync($"/api/v1/reservations/{id}/check-in",
            new { roomNumber = rooms[1], documentType = "residentIdentityCard", documentNumber = "11010119900307002X", keyCards = 2 });
        Assert.NotNull((await wrongRoom.JsonAsync())["errors"]!["overrideReason"]);
        var badDocument = await app.Api("clerk").PostJsonAsync($"/api/v1/reservations/{id}/check-in",
            new { roomNumber = rooms[0], documentType = "residentIdentityCard", documentNumber = "110101199003071235", keyCards = 2 });
        Assert.NotNull((await badDocument.JsonAsync())["errors"]!["documentNumber"]);

        var inHouse = await Ok(app.Api("clerk").PostJsonAsync($"/api/v1/reservations/{id}/check-in",
            new { roomNumber = rooms[0], documentType = "residentIdentityCard", documentNumber = "11010119900307002X", keyCards = 2 }));
        Assert.Equal(("checkedIn", rooms[0], "110***********002X"),
            (inHouse["status"]!.GetValue<string>(), inHouse["roomNumber"]!.GetValue<string>(), inHouse["documentNumber"]!.GetValue<string>()));
        Assert.True(inHouse["checkInWithinTarget"]!.GetValue<bool>());
        Assert.True(inHouse["checkInMinutes"]!.GetValue<double>() < 30);
        var agentView = await Ok(app.Api("agent").GetAsync($"/api/v1/reservations/{id}"));
        Assert.Equal("110***********002X", agentView["documentNumber"]!.GetValue<string>());
        Assert.Equal("11010119900307002X", (await Ok(app.Api("manager").GetAsync($"/api/v1/reservations/{id}")))["documentNumber"]!.GetValue<string>());
        var room = (await Ok(app.Api("clerk").GetAsync($"/api/v1/rooms?property=DEMO-HOTEL"))).AsArray().Single(x => x!["number"]!.GetValue<string>() == rooms[0])!;
        Assert.Equal("occupied", room["status"]!.GetValue<string>());
        var figures = await Ok(app.Api("manager").GetAsync($"/api/v1/reservations/figures?property=DEMO-HOTEL&from={Today:yyyy-MM-dd}&to={Today:yyyy-MM-dd}"));
        Assert.True(figures["checkIns"]!.GetValue<int>() >= 1);
        Assert.True(figures["withinTarget"]!.GetValue<int>() >= 1);

        var gone = await Ok(app.Api("clerk").PostJsonAsync($"/api/v1/reservations/{id}/check-out", new { }));
        Assert.Equal(("checkedOut", 1), (gone["status"]!.GetValue<string>(), gone["nights"]!.GetValue<int>()));
        room = (await Ok(app.Api("clerk").GetAsync($"/api/v1/rooms?property=DEMO-HOTEL"))).AsArray().Single(x => x!["number"]!.GetValue<string>() == rooms[0])!;
        Assert.Equal("vacantDirty", room["status"]!.GetValue<string>());
        Assert.NotNull(room["cleaningTask"]);
        var leaving = await Ok(app.Api("clerk").GetAsync($"/api/v1/reservations?property=DEMO-HOTEL&departure={gone["departure"]!.GetValue<string>()}"));
        Assert.Contains(leaving["items"]!.AsArray(), r => r!["id"]!.GetValue<Guid>() == gone["id"]!.GetValue<Guid>());
        Assert.All(leaving["items"]!.AsArray(), r => Assert.Contains(r!["status"]!.GetValue<string>(), new[] { "checkedIn", "checkedOut" }));
    }

    [SkippableFact]
    public async Task The_demo_hotel_has_a_month_of_reservations_and_each_night_counts_exactly_the_rooms_they_hold()
    {
        app.Require();
        var (reservations, nights, plans) = await DbAsync(async db =>
        {
            var hotel = await db.Properties.SingleAsync(p => p.Code == "DEMO-HOTEL");
            string[] demoTypes = ["STD-K", "STD-T", "DLX-S", "ACC-K"];
            var types = await db.RoomTypes.Where(t => t.PropertyId == hotel.Id && demoTypes.Contains(t.Code)).Select(t => t.Id).ToListAsync();
            return (await db.Reservations.AsNoTracking().Where(r => types.Contains(r.RoomTypeId)).ToListAsync(),
                await db.RoomTypeNights.AsNoTracking().Where(n => types.Contains(n.RoomTypeId)).ToListAsync(),
                await db.RatePlans.AsNoTracking().Where(p => p.PropertyId == hotel.Id).Select(p => p.Code).ToListAsync());
        });
        Assert.True(reservations.Count > 60, $"{reservations.Count} reservations");
        Assert.True(reservations.Max(r => r.Arrival).DayNumber - reservations.Min(r => r.Arrival).DayNumber >= 28);
        Assert.Superset(new HashSet<string> { "CheckedOut", "CheckedIn", "Confirmed", "Cancelled" }, reservations.Select(r => r.Status.ToString()).ToHashSet());
        Assert.Contains(reservations, r => r.NeedsAccessibleRoom && r.Arrival == Today && r.Status == GuestLoop.Domain.Reservations.ReservationStatus.Confirmed);
        Assert.Superset(new HashSet<string> { "RACK", "BB", "NR" }, plans.ToHashSet());
        Assert.NotEmpty(nights);
        foreach (var night in nights.Where(n => n.Night >= Today))
        {
            var held = reservations.Count(r => r.RoomTypeId == night.RoomTypeId && r.HeldNights().Contains(night.Night));
            Assert.True(held == night.Booked, $"{night.Night}: {night.Booked} booked, {held} held");
            Assert.True(night.Booked <= night.Capacity + night.Overbooking);
        }
    }

    [SkippableFact]
    public async Task A_PMS_export_is_imported_once_by_reference_and_a_bad_row_is_reported_by_line()
    {
        app.Require();
        var (type, plan, _) = await TypeAsync(3);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var arrival = Today.AddDays(12);
        var csv = $"reference,roomType,ratePlan,arrival,departure,name,phone,accessible\r\n"
                  + $"PMS-{tag}-1,{type},{plan},{arrival:yyyy-MM-dd},{arrival.AddDays(2):yyyy-MM-dd},周杰,13811112222,是\r\n"
                  + $"PMS-{tag}-2,{type},{plan},{arrival:yyyy/M/d},{arrival.AddDays(1):yyyy-MM-dd},吴敏,13811113333,\r\n"
                  + $"PMS-{tag}-3,{type},{plan},not-a-date,{arrival.AddDays(1):yyyy-MM-dd},郑强,13811114444,\r\n";
        var url = "/api/v1/reservations/import?property=DEMO-HOTEL&fileName=arrivals.csv";
        var first = await Ok(app.Api("clerk").PostAsync(url, new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv))));
        Assert.Equal((3, 2, 0), (first["rows"]!.GetValue<int>(), first["created"]!.GetValue<int>(), first["alreadyKnown"]!.GetValue<int>()));
        var error = first["errors"]!.AsArray().Single()!;
        Assert.Equal(4, error["line"]!.GetValue<int>());
        Assert.Contains("arrival", error["message"]!.GetValue<string>());

        var again = await Ok(app.Api("clerk").PostAsync(url, new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv))));
        Assert.Equal((0, 2), (again["created"]!.GetValue<int>(), again["alreadyKnown"]!.GetValue<int>()));
        var imported = await DbAsync(db => db.Reservations.AsNoTracking().Where(r => r.ExternalReference!.StartsWith($"PMS-{tag}")).ToListAsync());
        Assert.Equal(2, imported.Count);
        Assert.True(imported.Single(r => r.ExternalReference == $"PMS-{tag}-1").NeedsAccessibleRoom);
        var notAFile = await app.Api("clerk").PostAsync(url, new ByteArrayContent([0x00, 0x01, 0x02]));
        Assert.Equal(HttpStatusCode.BadRequest, notAFile.StatusCode);
    }

    [SkippableFact]
    public async Task A_reservation_sent_twice_with_its_external_reference_is_kept_once()
    {
        app.Require();
        var (type, plan, _) = await TypeAsync(3);
        var reference = "PMS-" + Guid.NewGuid().ToString("N")[..8];
        var first = await app.Api("clerk").PostJsonAsync("/api/v1/reservations", Booking(type, plan, Today.AddDays(9), reference: reference));
        var second = await app.Api("clerk").PostJsonAsync("/api/v1/reservations", Booking(type, plan, Today.AddDays(9), reference: reference));
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal((await first.JsonAsync())["id"]!.GetValue<Guid>(), (await second.JsonAsync())["id"]!.GetValue<Guid>());
        Assert.Equal(1, await DbAsync(db => db.Reservations.CountAsync(r => r.ExternalReference == reference)));
    }
}

[Collection(SharedSqliteApp.Name)]
public sealed class ReservationsApiSqliteTests(SqliteApp app) : ReservationsApiTests(app);

[Collection(SharedPostgresApp.Name)]
public sealed class ReservationsApiPostgresTests(PostgresApp app) : ReservationsApiTests(app);
