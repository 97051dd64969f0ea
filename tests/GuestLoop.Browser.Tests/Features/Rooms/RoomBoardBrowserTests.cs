using System.Text.Json.Nodes;
using GuestLoop.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GuestLoop.Browser.Tests.Features.Rooms;

/// <summary>
/// The room status board: a room's status changed on one page shows on another page without a reload, a checkout opens the
/// room's cleaning task, and the attendant's daily sheet fits a phone.
/// </summary>
public class RoomBoardBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private const int PhoneWidth = 390;

    [SkippableFact]
    public async Task A_status_changed_on_one_page_shows_on_another_without_a_reload()
    {
        var number = "B" + Guid.NewGuid().ToString("N")[..6];
        var room = await fx.Api("head").PostOkAsync("/api/v1/rooms",
            new { property = "DEMO-HOTEL", number, floor = 14, typeCode = "STD-K", status = "inspected" });
        var id = room["id"]!.GetValue<Guid>();

        var desk = await fx.NewPageAsync();
        await desk.SignInAsync("clerk", "/rooms");
        var tile = desk.Locator($"[data-testid=room-tile][data-id='{id}']");
        await Assertions.Expect(tile).ToHaveAttributeAsync("data-status", "Inspected");
        await Assertions.Expect(desk.Locator("[data-testid=room-legend-item][data-status=Inspected]")).ToHaveCountAsync(1);

        var housekeeping = await fx.NewPageAsync();
        await housekeeping.SignInAsync("agent", $"/rooms?room={id}");
        var panel = housekeeping.Locator($"[data-testid=room-panel][data-id='{id}']");
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-status", "Inspected");
        await panel.Locator("[data-testid=room-to-Occupied]").ClickAsync();
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-status", "Occupied");

        // The front desk's board follows by itself.
        await Assertions.Expect(tile).ToHaveAttributeAsync("data-status", "Occupied", new() { Timeout = 15_000 });

        // The guest leaves: the desk marks the room dirty, and the supervisor's open panel shows it with its cleaning task.
        await tile.ClickAsync();
        var deskPanel = desk.Locator($"[data-testid=room-panel][data-id='{id}']");
        await desk.Field("room-reason").FillAsync("退房");
        await deskPanel.Locator("[data-testid=room-to-VacantDirty]").ClickAsync();
        await Assertions.Expect(deskPanel).ToHaveAttributeAsync("data-status", "VacantDirty");
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-status", "VacantDirty", new() { Timeout = 15_000 });
        await Assertions.Expect(panel.Locator("[data-testid=room-cleaning-task]")).ToHaveCountAsync(1);
        await Assertions.Expect(panel.Locator("[data-testid=room-history-entry]").First).ToContainTextAsync("退房");

        var stored = JsonNode.Parse(await fx.Api("head").GetStringAsync($"/api/v1/rooms/{id}"))!;
        Assert.Equal("vacantDirty", stored["status"]!.GetValue<string>());
        Assert.Equal(["vacantDirty", "occupied", "inspected"], stored["history"]!.AsArray().Select(h => h!["to"]!.GetValue<string>()));
    }

    [SkippableFact]
    public async Task The_attendants_daily_sheet_lists_her_rooms_on_a_phone_without_scrolling_sideways()
    {
        var page = await fx.NewPageAsync(PhoneWidth, 844);
        await page.SignInAsync("clerk", "/rooms/sheet");

        await Assertions.Expect(page.Locator("[data-testid=room-sheet-row]").First).ToBeVisibleAsync();
        Assert.Equal(8, await page.Locator("[data-testid=room-sheet-row]").CountAsync());
        await Assertions.Expect(page.Locator("[data-testid=room-sheet-assign]")).ToHaveCountAsync(0);
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= PhoneWidth, $"the page is {width} px wide on a {PhoneWidth} px phone: it scrolls sideways");
    }

    [SkippableFact]
    public async Task A_user_of_several_properties_picks_whose_daily_sheet_to_read()
    {
        var page = await fx.NewPageAsync(1280, 900);
        await page.SignInAsync("admin", "/rooms/sheet");

        await Assertions.Expect(page.Locator("[data-testid=room-sheet-row]").First).ToBeVisibleAsync();
        await page.PickAsync("room-sheet-property", "云栖山5A景区");
        await Assertions.Expect(page.Locator("[data-testid=room-sheet-empty]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=room-sheet-row]")).ToHaveCountAsync(0);
        await page.PickAsync("room-sheet-property", "悦途国际酒店");
        await Assertions.Expect(page.Locator("[data-testid=room-sheet-row]").First).ToBeVisibleAsync();
    }
}
