using System.Net;
using System.Net.Http.Json;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Reservations;

/// <summary>
/// Two app instances on one PostgreSQL database, as behind a load balancer, asked for the same last room at once, then for
/// the same meeting room at the same hour: each bookable resource is promised once.
/// </summary>
public sealed class LastRoomTwoInstanceTests
{
    [SkippableFact]
    public async Task Fifty_requests_for_the_last_room_or_the_same_meeting_room_hour_on_two_instances_confirm_exactly_one()
    {
        TestDatabases.RequirePostgres();
        using var a = new PostgresApp();
        _ = a.Services;
        using var b = PostgresApp.SharingWith(a, new RecordingEmailSender());
        _ = b.Services;

        var type = "L" + Guid.NewGuid().ToString("N")[..6];
        Assert.True((await a.Api("head").PostJsonAsync("/api/v1/rooms/types", new
        {
            property = "DEMO-HOTEL", code = type, name = "最后一间", bedType = "king", maxGuests = 2, accessible = false, smoking = false, checklist = Array.Empty<string>(),
        })).IsSuccessStatusCode);
        Assert.True((await a.Api("head").PostJsonAsync("/api/v1/rooms", new
        {
            property = "DEMO-HOTEL", number = "Z" + Guid.NewGuid().ToString("N")[..6], floor = 20, typeCode = type, status = "inspected",
        })).IsSuccessStatusCode);
        var plan = "P" + Guid.NewGuid().ToString("N")[..6];
        Assert.True((await b.Api("head").PutAsJsonAsync("/api/v1/reservations/rate-plans", new
        {
            property = "DEMO-HOTEL", code = plan, name = "门市价", prices = new Dictionary<string, decimal> { [type] = 680m },
        })).IsSuccessStatusCode);

        var arrival = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(100);
        using var start = new SemaphoreSlim(0);
        var requests = Enumerable.Range(0, 50).Select(async i =>
        {
            var client = (i % 2 == 0 ? a : b).Api("clerk");
            await start.WaitAsync();
            return await client.PostJsonAsync("/api/v1/reservations", new
            {
                property = "DEMO-HOTEL", roomType = type, ratePlan = plan, arrival, departure = arrival.AddDays(2), adults = 1, guestName = $"客人{i}",
                phone = $"1390000{i:0000}",
            });
        }).ToList();
        start.Release(50);
        var answers = await Task.WhenAll(requests);

        Assert.Equal(1, answers.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(49, answers.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var listed = await (await a.Api("manager").GetAsync($"/api/v1/reservations?property=DEMO-HOTEL&arrivalFrom={arrival:yyyy-MM-dd}&arrivalTo={arrival:yyyy-MM-dd}"))
            .JsonAsync();
        Assert.Equal(1, listed["items"]!.AsArray().Count(r => r!["roomType"]!.GetValue<string>() == type));
        var free = await (await b.Api("clerk").GetAsync($"/api/v1/reservations/availability?property=DEMO-HOTEL&from={arrival:yyyy-MM-dd}&to={arrival.AddDays(2):yyyy-MM-dd}"))
            .JsonAsync();
        Assert.Equal([1, 1], free["roomTypes"]!.AsArray().Single(t => t!["code"]!.GetValue<string>() == type)!["nights"]!.AsArray()
            .Select(n => n!["booked"]!.GetValue<int>()));

        var room = (await (await a.Api("head").PutAsJsonAsync("/api/v1/facilities", new
        {
            property = "DEMO-HOTEL", code = "M" + Guid.NewGuid().ToString("N")[..6], name = "最后一间会议室", kind = "meetingRoom", capacity = 20, slotMinutes = 60,
            opens = "08:00", closes = "22:00", minNoticeMinutes = 0,
        })).JsonAsync())["id"]!.GetValue<Guid>();
        using var go = new SemaphoreSlim(0);
        var meetings = Enumerable.Range(0, 50).Select(async i =>
        {
            var client = (i % 2 == 0 ? a : b).Api("clerk");
            await go.WaitAsync();
            return await client.PostJsonAsync("/api/v1/facility-bookings", new
            {
                facilityId = room, date = arrival, start = i % 3 == 0 ? "10:00" : "09:00", end = "11:00", partySize = 5, guestName = $"会议{i}", phone = $"1390000{i:0000}",
            });
        }).ToList();
        go.Release(50);
        var held = await Task.WhenAll(meetings);

        Assert.Equal(1, held.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(49, held.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var day = await (await b.Api("clerk").GetAsync($"/api/v1/facilities/{room}/day?date={arrival:yyyy-MM-dd}")).JsonAsync();
        Assert.Equal(20, day["slots"]!.AsArray().Single(x => x!["start"]!.GetValue<string>() == "10:00:00")!["booked"]!.GetValue<int>());
    }
}
