using GuestLoop.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GuestLoop.Browser.Tests.Features.WorkOrders;

/// <summary>
/// The work-order board: a notification's link opens the order with its timeline, a supervisor cancels it with the reason,
/// and front-line staff open an order from the form without choosing who gets it.
/// </summary>
public class WorkOrderBoardBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task The_link_opens_the_order_with_its_timeline_and_a_supervisor_cancels_it_with_the_reason()
    {
        var order = await WorkOrderScenes.OpenAsync(fx, "head", "plumbing", "0903-" + Guid.NewGuid().ToString("N")[..4], "tech", "high");
        var id = order["id"]!.GetValue<Guid>();
        var page = await fx.NewPageAsync();
        await page.SignInAsync("head", $"/work-orders?id={id}");

        var detail = page.Locator($"[data-testid=wo-detail][data-id='{id}']");
        await Assertions.Expect(detail.Locator("[data-testid=wo-detail-number]")).ToHaveTextAsync(order["number"]!.GetValue<string>());
        await Assertions.Expect(detail).ToHaveAttributeAsync("data-state", "Assigned");
        Assert.Equal(["open", "assign"], await Steps(page));
        Assert.Contains("孙磊", await detail.InnerTextAsync());
        await Assertions.Expect(page.Locator($"[data-testid=wo-list] [data-testid=wo-row][data-id='{id}']")).ToHaveCountAsync(1);

        // Cancelling needs a reason.
        await detail.Locator("[data-testid=wo-cancel]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("请检查");
        await Assertions.Expect(detail).ToHaveAttributeAsync("data-state", "Assigned");

        await page.Field("wo-reason", "textarea").FillAsync("客人已退房，不再需要");
        await detail.Locator("[data-testid=wo-cancel]").ClickAsync();
        await Assertions.Expect(detail).ToHaveAttributeAsync("data-state", "Cancelled");
        await Assertions.Expect(page.Locator("[data-testid=wo-timeline-entry][data-step=cancel]")).ToContainTextAsync("客人已退房，不再需要");
        Assert.Equal(["open", "assign", "cancel"], await Steps(page));
        await Assertions.Expect(detail.Locator("[data-testid=wo-cancel]")).ToHaveCountAsync(0);
        // The list shows open orders only: the cancelled one has left it.
        await Assertions.Expect(page.Locator($"[data-testid=wo-list] [data-testid=wo-row][data-id='{id}']")).ToHaveCountAsync(0);

        var cancelled = await WorkOrderScenes.GetAsync(fx, id);
        Assert.Equal("cancelled", cancelled["state"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task A_clerk_opens_an_order_from_the_form_and_dispatch_chooses_who_gets_it()
    {
        var location = "大堂-" + Guid.NewGuid().ToString("N")[..4];
        var page = await fx.NewPageAsync();
        await page.SignInAsync("clerk", "/work-orders");
        await page.ClickUntilAsync("[data-testid=wo-new]", "[data-testid=wo-create]");
        await Assertions.Expect(page.Locator("[data-testid=wo-create-assignee]")).ToHaveCountAsync(0);
        await page.PickAsync("wo-create-property", "悦途国际酒店");
        await page.PickAsync("wo-create-type", "行李服务");
        await page.Field("wo-create-location").FillAsync(location);
        await page.Field("wo-create-description", "textarea").FillAsync("团队行李 8 件送至 5 楼");
        await page.ClickAsync("[data-testid=wo-create-save]");

        await page.WaitForURLAsync(url => url.Contains("id=", StringComparison.Ordinal));
        var id = Guid.Parse(page.Url[(page.Url.IndexOf("id=", StringComparison.Ordinal) + 3)..]);
        var detail = page.Locator($"[data-testid=wo-detail][data-id='{id}']");
        await Assertions.Expect(detail).ToContainTextAsync(location);
        Assert.Equal("open", (await Steps(page))[0]);
        // Front-line staff see the order but none of a supervisor's actions.
        await Assertions.Expect(detail.Locator("[data-testid=wo-cancel]")).ToHaveCountAsync(0);

        var opened = await WorkOrderScenes.GetAsync(fx, id);
        Assert.Equal("luggage", opened["typeCode"]!.GetValue<string>());
        Assert.Equal(location, opened["location"]!.GetValue<string>());
        Assert.Equal("staff", opened["channel"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task A_complaint_raises_a_repair_from_its_page_and_the_order_and_the_case_point_at_each_other()
    {
        var cases = System.Text.Json.Nodes.JsonNode.Parse(await fx.Api("agent").GetStringAsync("/api/v1/cases?property=DEMO-HOTEL"))!;
        var items = cases as System.Text.Json.Nodes.JsonArray ?? cases["items"]!.AsArray();
        var caseId = items[0]!["id"]!.GetValue<Guid>();
        var place = "报修-" + Guid.NewGuid().ToString("N")[..4];

        var page = await fx.NewPageAsync();
        await page.SignInAsync("agent", $"/cases/{caseId}");
        await page.ShowCaseTabAsync("measures");
        var panel = page.Locator("[data-testid=case-work-orders]");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await page.PickAsync("case-wo-type", "电器维修");
        await page.Field("case-wo-location").FillAsync(place);
        await page.ClickAsync("[data-testid=case-wo-raise]");
        var row = panel.Locator("[data-testid=case-work-order]", new() { HasText = place });
        await Assertions.Expect(row).ToHaveCountAsync(1);

        var listed = System.Text.Json.Nodes.JsonNode.Parse(await fx.Api("agent").GetStringAsync($"/api/v1/work-orders?caseId={caseId}"))!.AsArray();
        var order = Assert.Single(listed, o => o!["location"]!.GetValue<string>() == place)!;
        Assert.Equal(("electrical", caseId), (order["typeCode"]!.GetValue<string>(), order["caseId"]!.GetValue<Guid>()));

        await row.Locator("a").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/work-orders?id=", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("[data-testid=wo-detail-case]")).ToHaveAttributeAsync("href", $"/cases/{caseId}");
    }

    private static Task<string[]> Steps(IPage page) =>
        page.Locator("[data-testid=wo-timeline-entry]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.step)");
}
