using System.Diagnostics;
using System.Text.Json.Nodes;
using GuestLoop.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GuestLoop.Browser.Tests.Features.WorkOrders;

/// <summary>
/// A guest scans the room's QR code and asks for towels on a phone; the housekeeping staff member on shift with the fewest
/// orders sees it arrive on their own phone without a reload, accepts it and completes it with a photo; the guest's page
/// then says done.
/// </summary>
public class GuestRequestBrowserTests(BrowserFixture fx, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task Towels_asked_for_from_the_rooms_page_reach_the_attendant_on_shift_and_the_guest_sees_them_done()
    {
        // The demo hotel's housekeeping skill is the supervisor's by day and the front desk's by night: both phones are open.
        var phones = new Dictionary<string, IPage>();
        foreach (var user in new[] { "agent", "clerk" })
        {
            phones[user] = await fx.NewPageAsync(390, 844);
            await phones[user].SignInAsync(user, "/tasks");
        }

        var room = "16" + Random.Shared.Next(10, 99);
        var guest = await fx.NewPageAsync(390, 844);
        await guest.GotoAsync($"/request?property=DEMO-HOTEL&location={room}");
        await guest.GetByLabel("加送毛巾").CheckAsync();
        Assert.Equal(room, await guest.Locator("input[name=location]").InputValueAsync());
        await guest.Locator("textarea[name=description]").FillAsync("两条浴巾");
        var sent = Stopwatch.StartNew();
        await guest.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(guest.Locator("[data-testid=request-received]")).ToBeVisibleAsync();
        var id = Guid.Parse(new Uri(guest.Url).AbsolutePath.Split('/')[^1]);

        // Whoever dispatch chose sees it arrive by itself.
        var order = await WorkOrderScenes.GetAsync(fx, id);
        Assert.Equal(("assigned", "guestPage"), (order["state"]!.GetValue<string>(), order["channel"]!.GetValue<string>()));
        var assignee = await UserNameAsync(order["assigneeId"]!.GetValue<Guid>());
        Assert.Contains(assignee, phones.Keys);
        var phone = phones[assignee];
        var card = phone.Locator($"[data-testid=task-card][data-id='{id}']");
        await Assertions.Expect(card).ToBeVisibleAsync(new() { Timeout = 10_000 });
        // The figure for docs/PERFORMANCE.md (target 2 s); the wait above fails the test at 10 s.
        output.WriteLine($"guest's send to the attendant's phone: {sent.Elapsed.TotalMilliseconds:0} ms");
        await Assertions.Expect(phones[assignee == "agent" ? "clerk" : "agent"].Locator($"[data-testid=task-card][data-id='{id}']")).ToHaveCountAsync(0);
        Assert.Contains(room, await card.InnerTextAsync());

        await card.Locator("[data-testid=task-accept]").ClickAsync();
        await Assertions.Expect(card).ToHaveAttributeAsync("data-state", "Accepted");
        await guest.ReloadAsync();
        await Assertions.Expect(guest.Locator("[data-testid=request-state]")).ToHaveTextAsync("已接单");
        await card.Locator("[data-testid=task-start]").ClickAsync();
        await Assertions.Expect(card).ToHaveAttributeAsync("data-state", "InProgress");
        await card.Locator("[data-testid=task-complete]").ClickAsync();
        await phone.Field("task-note", "textarea").FillAsync("已送两条浴巾");
        // The photo of the towels in place, from the phone's camera (a file chooser in a headless browser).
        await card.Locator("[data-testid=photo-input]").SetInputFilesAsync(new FilePayload { Name = "towels.png", MimeType = "image/png", Buffer = Png });
        await Assertions.Expect(card.Locator("[data-testid=photo][data-kind=after]")).ToHaveCountAsync(1);
        Assert.Equal("已送两条浴巾", await phone.Field("task-note", "textarea").InputValueAsync());
        await card.Locator("[data-testid=task-confirm]").ClickAsync();
        await Assertions.Expect(card).ToHaveCountAsync(0);
        var done = await WorkOrderScenes.GetAsync(fx, id);
        Assert.Equal(("verified", "after", "已送两条浴巾"), (done["state"]!.GetValue<string>(), done["photos"]!.AsArray().Single()!["kind"]!.GetValue<string>(),
            done["completionNote"]!.GetValue<string>()));

        await guest.ReloadAsync();
        await Assertions.Expect(guest.Locator("[data-testid=request-state]")).ToHaveTextAsync("已完成");
        var text = await guest.Locator("main").InnerTextAsync();
        Assert.DoesNotContain("李娜", text);
        Assert.DoesNotContain("赵敏", text);
        var width = await guest.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the guest's page is {width} px wide on a 390 px phone");
    }

    [SkippableFact]
    public async Task A_sheet_of_room_codes_leads_each_guest_to_the_request_page_of_that_room()
    {
        var page = await fx.NewPageAsync();
        await page.SignInAsync("agent", "/work-orders/qr-codes");
        await page.Field("qr-places", "textarea").FillAsync("1201-1203, 大堂");
        await page.Locator("[data-testid=qr-show]").ClickAsync();

        var codes = page.Locator("[data-testid=qr-code]");
        await Assertions.Expect(codes).ToHaveCountAsync(4);
        Assert.Equal(["1201", "1202", "1203", "大堂"], (await codes.Locator("h6").AllInnerTextsAsync()).Select(t => t.Trim()));
        Assert.StartsWith("data:image/png;base64,", await codes.First.Locator("img").GetAttributeAsync("src"));
        var link = (await codes.Nth(3).Locator("[data-testid=qr-link]").InnerTextAsync()).Trim();

        var guest = await fx.NewPageAsync(390, 844);
        await guest.GotoAsync(link);
        Assert.Equal("大堂", await guest.Locator("input[name=location]").InputValueAsync());
        await Assertions.Expect(guest.GetByLabel("加送毛巾")).ToBeVisibleAsync();

        await page.Field("qr-places", "textarea").FillAsync("1220-1201");
        await page.Locator("[data-testid=qr-show]").ClickAsync();
        await Assertions.Expect(codes).ToHaveCountAsync(0);
    }

    /// <summary>A small valid PNG (1×1, white).</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==");

    private async Task<string> UserNameAsync(Guid id)
    {
        var staff = JsonNode.Parse(await fx.Api().GetStringAsync("/api/v1/staff"))!.AsArray();
        return staff.Single(s => s!["id"]!.GetValue<Guid>() == id)!["userName"]!.GetValue<string>();
    }
}
