using System.Globalization;
using System.Net.Http.Json;
using GuestLoop.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GuestLoop.Browser.Tests.Features.Reservations;

/// <summary>
/// The front desk: a wheelchair user's reservation is booked on the page and allocated the accessible room, the guest is
/// checked in with an identity document masked for the desk and for level 3, the time from the desk to the key is shown
/// against the 30-minute target, and a cancellation inside the charge window shows and records its charge.
/// </summary>
[Collection(SharedBrowser.Name)]
public class FrontDeskBrowserTests(BrowserFixture fx)
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>A new room type with a plain room on a low floor and an accessible one higher up, and a plan that sells it at 400.</summary>
    private async Task<(string TypeCode, string TypeName, string PlanCode, string PlanName, string AccessibleRoom)> RoomsAsync(int freeUntilHours = 24)
    {
        var code = "F" + Guid.NewGuid().ToString("N")[..6];
        var name = "前台测试房" + code;
        await fx.Api("head").PostOkAsync("/api/v1/rooms/types", new
        {
            property = "DEMO-HOTEL", code, name, bedType = "king", maxGuests = 2, accessible = false, smoking = false, checklist = Array.Empty<string>(),
        });
        var plain = "P" + Guid.NewGuid().ToString("N")[..5];
        var accessible = "A" + Guid.NewGuid().ToString("N")[..5];
        await fx.Api("head").PostOkAsync("/api/v1/rooms", new { property = "DEMO-HOTEL", number = plain, floor = 2, typeCode = code, status = "inspected" });
        await fx.Api("head").PostOkAsync("/api/v1/rooms", new
        {
            property = "DEMO-HOTEL", number = accessible, floor = 6, typeCode = code, status = "inspected", accessibilityFeatures = "无障碍卫生间、扶手",
        });
        var plan = "B" + Guid.NewGuid().ToString("N")[..6];
        var response = await fx.Api("head").PutAsJsonAsync("/api/v1/reservations/rate-plans", new
        {
            property = "DEMO-HOTEL", code = plan, name = "测试价" + plan, freeUntilHours, lateChargeNights = 1, prices = new Dictionary<string, decimal> { [code] = 400m },
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (code, name, plan, "测试价" + plan, accessible);
    }

    [SkippableFact]
    public async Task A_wheelchair_user_is_booked_placed_in_the_accessible_room_and_checked_in_against_the_target()
    {
        var (typeCode, typeName, _, plan, accessibleRoom) = await RoomsAsync();
        var guest = "轮椅客人" + Guid.NewGuid().ToString("N")[..4];

        var desk = await fx.NewPageAsync(1400, 1000);
        await desk.SignInAsync("clerk", "/reservations");
        await desk.WaitForInteractiveAsync();
        await desk.ClickUntilAsync("[data-testid=reservation-new]", "[data-testid=reservation-form]");
        await desk.PickAsync("reservation-form-type", $"{typeName} ({typeCode})");
        await desk.PickAsync("reservation-form-plan", $"{plan} · ¥400");
        await desk.Field("reservation-form-name").FillAsync(guest);
        await desk.Field("reservation-form-phone").FillAsync("13700001234");
        await desk.Field("reservation-form-accessible").CheckAsync();
        await desk.ClickAsync("[data-testid=reservation-form-save]");

        var panel = desk.Locator("[data-testid=reservation-panel]");
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-status", "Confirmed", new() { Timeout = 15_000 });
        await Assertions.Expect(panel.Locator("[data-testid=reservation-accessible]")).ToBeVisibleAsync();
        await Assertions.Expect(panel.Locator("[data-testid=reservation-phone]")).ToContainTextAsync("137****1234");
        var number = await panel.GetAttributeAsync("data-number");
        var row = desk.Locator($"[data-testid=reservation-row][data-number='{number}']");
        await Assertions.Expect(row.Locator("[data-testid=reservation-room]")).ToContainTextAsync(accessibleRoom);

        // The guest comes to the desk; the suggested accessible room is already chosen.
        await panel.Locator("[data-testid=reservation-arrive]").ClickAsync();
        await Assertions.Expect(panel.Locator("[data-testid=reservation-arrived]")).ToBeVisibleAsync();
        await Assertions.Expect(panel.Locator("[data-testid=check-in-room]")).ToContainTextAsync(accessibleRoom);
        await desk.Field("check-in-document-number").FillAsync("11010119900307002X");
        await panel.Locator("[data-testid=reservation-check-in]").ClickAsync();

        await Assertions.Expect(panel).ToHaveAttributeAsync("data-status", "CheckedIn", new() { Timeout = 15_000 });
        await Assertions.Expect(panel.Locator("[data-testid=reservation-panel-room]")).ToContainTextAsync(accessibleRoom);
        await Assertions.Expect(panel.Locator("[data-testid=reservation-document]")).ToContainTextAsync("110***********002X");
        var timed = panel.Locator("[data-testid=reservation-check-in-time]");
        await Assertions.Expect(timed).ToBeVisibleAsync();
        var minutes = double.Parse((await timed.GetAttributeAsync("data-minutes"))!, CultureInfo.InvariantCulture);
        Assert.InRange(minutes, 0, 30);
        await Assertions.Expect(timed).ToContainTextAsync("30");

        // The guests in house, whatever day they came: the demo's guests of the last two days among them.
        await desk.PickAsync("reservations-status", "在住");
        var inHouse = desk.Locator("[data-testid=reservation-row][data-status=CheckedIn]");
        await Assertions.Expect(desk.Locator($"[data-testid=reservation-row][data-number='{number}']")).ToBeVisibleAsync();
        await Assertions.Expect(desk.Locator("[data-testid=reservation-row]:not([data-status=CheckedIn])")).ToHaveCountAsync(0);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTime.UtcNow, Shanghai)).ToString("yyyy-MM-dd");
        var arrivals = await inHouse.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.arrival)");
        Assert.Contains(arrivals, a => string.CompareOrdinal(a, today) < 0);

        // Level 3 sees the document masked too; the room is occupied on the board.
        var id = new Uri(desk.Url).Query.Split("id=")[1].Split('&')[0];
        var supervisor = await fx.NewPageAsync(1400, 1000);
        await supervisor.SignInAsync("agent", $"/reservations?id={id}");
        await Assertions.Expect(supervisor.Locator("[data-testid=reservation-document]")).ToContainTextAsync("110***********002X");
        await Assertions.Expect(supervisor.Locator("[data-testid=reservation-document]")).Not.ToContainTextAsync("19900307");
        var rooms = await fx.Api("clerk").GetStringAsync("/api/v1/rooms?property=DEMO-HOTEL");
        Assert.Contains($"\"number\":\"{accessibleRoom}\"", rooms);
        Assert.Matches($"\"number\":\"{accessibleRoom}\"[^}}]*\"status\":\"occupied\"", rooms);
    }

    [SkippableFact]
    public async Task A_cancellation_inside_the_charge_window_shows_the_charge_before_and_records_it_after()
    {
        var (code, _, planCode, _, _) = await RoomsAsync(freeUntilHours: 72);
        var tomorrow = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTime.UtcNow, Shanghai)).AddDays(1);
        var booked = await fx.Api("clerk").PostOkAsync("/api/v1/reservations", new
        {
            property = "DEMO-HOTEL", roomType = code, ratePlan = planCode, arrival = tomorrow, departure = tomorrow.AddDays(2), adults = 1, guestName = "取消客人",
            phone = "13600001111",
        });
        var id = booked["id"]!.GetValue<Guid>();

        var desk = await fx.NewPageAsync(1400, 1000);
        await desk.SignInAsync("clerk", $"/reservations?id={id}");
        var panel = desk.Locator("[data-testid=reservation-panel]");
        var charge = panel.Locator("[data-testid=reservation-cancel-charge]");
        await Assertions.Expect(charge).ToHaveAttributeAsync("data-charge", "400", new() { Timeout = 15_000 });
        await Assertions.Expect(charge).ToContainTextAsync("¥400");
        await desk.WaitForInteractiveAsync();
        await desk.Field("reservation-cancel-reason").FillAsync("行程取消");
        await panel.Locator("[data-testid=reservation-cancel]").ClickAsync();

        await Assertions.Expect(panel).ToHaveAttributeAsync("data-status", "Cancelled", new() { Timeout = 15_000 });
        await Assertions.Expect(panel.Locator("[data-testid=reservation-charge]")).ToContainTextAsync("¥400");
        var stored = await fx.Api("head").GetStringAsync($"/api/v1/reservations/{id}");
        Assert.Contains("\"cancellationCharge\":400", stored);
    }

    [SkippableFact]
    public async Task A_head_sets_a_rate_plan_on_its_page_and_a_clerk_is_refused()
    {
        var code = "W" + Guid.NewGuid().ToString("N")[..5].ToUpperInvariant();
        var head = await fx.NewPageAsync(1400, 1000);
        await head.SignInAsync("head", "/reservations/rate-plans");
        await head.WaitForInteractiveAsync();
        await head.ClickUntilAsync("[data-testid=rate-plan-new]", "[data-testid=rate-plan-form]");
        await head.Field("rate-plan-code").FillAsync(code);
        await head.Field("rate-plan-name").FillAsync("周末特惠" + code);
        await head.Field("rate-plan-price-STD-K").FillAsync("399");
        await head.ClickAsync("[data-testid=rate-plan-save]");
        await Assertions.Expect(head.Locator($"[data-testid=rate-plan-row][data-code='{code}']")).ToContainTextAsync("¥399", new() { Timeout = 15_000 });
        Assert.Contains($"\"code\":\"{code}\"", await fx.Api("head").GetStringAsync("/api/v1/reservations/rate-plans?property=DEMO-HOTEL"));

        var clerk = await fx.NewPageAsync(1400, 1000);
        await clerk.SignInAsync("clerk", "/reservations/rate-plans");
        await clerk.WaitForInteractiveAsync();
        await clerk.ClickUntilAsync("[data-testid=rate-plan-new]", "[data-testid=rate-plan-form]");
        await clerk.Field("rate-plan-code").FillAsync(code + "X");
        await clerk.Field("rate-plan-name").FillAsync("前台自定价");
        await clerk.ClickAsync("[data-testid=rate-plan-save]");
        await Assertions.Expect(clerk.Locator(".mud-snackbar")).ToContainTextAsync("您无权执行此操作");
        Assert.DoesNotContain($"\"code\":\"{code}X\"", await fx.Api("head").GetStringAsync("/api/v1/reservations/rate-plans?property=DEMO-HOTEL"));
    }
}
