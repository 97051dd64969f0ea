using GuestLoop.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GuestLoop.Browser.Tests.Features.WorkOrders;

/// <summary>
/// The housekeeping supervisor's task list on a phone: an order given to her shows on top when it is the most urgent, arrives
/// without a reload, and takes one tap per step until it is done and leaves the list; nothing is wider than the phone.
/// </summary>
public class TasksBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private const int PhoneWidth = 390;

    [SkippableFact]
    public async Task On_a_phone_the_assignee_accepts_starts_and_completes_an_order_and_it_leaves_the_list()
    {
        var towels = await WorkOrderScenes.OpenAsync(fx, "head", "towels", "1516-" + Guid.NewGuid().ToString("N")[..4], "agent");
        var id = towels["id"]!.GetValue<Guid>();
        Assert.Equal("assigned", towels["state"]!.GetValue<string>());

        var page = await fx.NewPageAsync(PhoneWidth, 844);
        await page.SignInAsync("agent", "/tasks");
        var card = page.Locator($"[data-testid=task-card][data-id='{id}']");
        await Assertions.Expect(card).ToHaveAttributeAsync("data-state", "Assigned");
        Assert.Contains(towels["location"]!.GetValue<string>(), await card.InnerTextAsync());
        Assert.Contains(towels["number"]!.GetValue<string>(), await card.InnerTextAsync());
        await Assertions.Expect(page.Locator("[data-testid=task-availability]")).ToHaveCountAsync(1);

        // Given to her while the list is open: it arrives by itself and, urgent, goes on top.
        var urgent = await WorkOrderScenes.OpenAsync(fx, "head", "amenities", "0808-" + Guid.NewGuid().ToString("N")[..4], "agent", "urgent");
        var first = page.Locator("[data-testid=task-card]").First;
        await Assertions.Expect(first).ToHaveAttributeAsync("data-id", urgent["id"]!.GetValue<Guid>().ToString(), new() { Timeout = 15_000 });
        await Assertions.Expect(first.Locator("[data-priority=Urgent]")).ToHaveCountAsync(1);
        await AssertFitsAsync(page);

        var accept = card.Locator("[data-testid=task-accept]");
        var height = (await accept.BoundingBoxAsync())!.Height;
        Assert.True(height >= 44, $"the accept button is {height} px high: too small for a thumb");
        await accept.ClickAsync();
        await Assertions.Expect(card).ToHaveAttributeAsync("data-state", "Accepted");
        await card.Locator("[data-testid=task-start]").ClickAsync();
        await Assertions.Expect(card).ToHaveAttributeAsync("data-state", "InProgress");

        // Completing asks what was done, and refuses to go on without it.
        await card.Locator("[data-testid=task-complete]").ClickAsync();
        await card.Locator("[data-testid=task-confirm]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("请检查");
        await Assertions.Expect(card).ToHaveAttributeAsync("data-state", "InProgress");
        await AssertFitsAsync(page);

        await page.Field("task-note", "textarea").FillAsync("已送两条浴巾到房间");
        await card.Locator("[data-testid=task-confirm]").ClickAsync();
        await Assertions.Expect(card).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator($"[data-testid=task-card][data-id='{urgent["id"]}']")).ToHaveCountAsync(1);
        await AssertFitsAsync(page);

        var done = await WorkOrderScenes.GetAsync(fx, id);
        Assert.Equal("verified", done["state"]!.GetValue<string>());
        Assert.Equal("已送两条浴巾到房间", done["completionNote"]!.GetValue<string>());
        Assert.Equal(["open", "assign", "accept", "start", "complete"], done["timeline"]!.AsArray().Select(e => e!["step"]!.GetValue<string>()));
    }

    [SkippableFact]
    public async Task A_pause_asks_for_the_reason_and_the_card_shows_it_and_taking_orders_can_be_switched_off()
    {
        var order = await WorkOrderScenes.OpenAsync(fx, "head", "cleaning", "1711-" + Guid.NewGuid().ToString("N")[..4], "agent");
        var id = order["id"]!.GetValue<Guid>();
        var page = await fx.NewPageAsync(PhoneWidth, 844);
        await page.SignInAsync("agent", "/tasks");
        var card = page.Locator($"[data-testid=task-card][data-id='{id}']");
        await card.Locator("[data-testid=task-accept]").ClickAsync();
        await card.Locator("[data-testid=task-start]").ClickAsync();
        await card.Locator("[data-testid=task-pause]").ClickAsync();
        await page.Field("task-note", "textarea").FillAsync("客人在房间休息，下午再来");
        await card.Locator("[data-testid=task-confirm]").ClickAsync();
        await Assertions.Expect(card).ToHaveAttributeAsync("data-state", "Paused");
        await Assertions.Expect(card.Locator("[data-testid=task-paused]")).ToContainTextAsync("客人在房间休息，下午再来");
        await Assertions.Expect(card.Locator("[data-testid=task-start]")).ToBeVisibleAsync();
        await AssertFitsAsync(page);

        var taking = page.Locator("[data-testid=task-availability]");
        await Assertions.Expect(taking).ToHaveAttributeAsync("data-available", "true");
        await page.Field("task-availability").ClickAsync();
        await Assertions.Expect(taking).ToHaveAttributeAsync("data-available", "false");
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("[data-testid=task-availability]")).ToHaveAttributeAsync("data-available", "false");
        await page.Field("task-availability").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=task-availability]")).ToHaveAttributeAsync("data-available", "true");
    }

    private static async Task AssertFitsAsync(IPage page)
    {
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= PhoneWidth, $"the page is {width} px wide on a {PhoneWidth} px phone: it scrolls sideways");
    }
}
