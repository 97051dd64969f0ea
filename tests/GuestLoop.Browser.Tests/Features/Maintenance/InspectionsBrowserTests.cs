using System.Text.Json.Nodes;
using GuestLoop.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GuestLoop.Browser.Tests.Features.Maintenance;

/// <summary>
/// A round on the phone: the scheduled inspection due now is on top, each item takes one tap, a failed item asks what is
/// wrong, and completing shows the repair order it opened, which the work-order board shows too.
/// </summary>
public class InspectionsBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private const int PhoneWidth = 390;

    [SkippableFact]
    public async Task On_a_phone_a_failed_item_with_a_note_opens_a_repair_order_shown_after_completing()
    {
        var departments = JsonNode.Parse(await fx.Api().GetStringAsync("/api/v1/departments"))!.AsArray();
        var engineering = departments.First(d => d!["name"]!.GetValue<string>() == "工程部")!["id"]!.GetValue<Guid>();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var asset = await fx.Api("head").PostOkAsync("/api/v1/maintenance/assets", new
        {
            property = "DEMO-HOTEL", code = "DT-" + tag, name = "观景电梯 " + tag, kind = "lift", location = "中庭观景电梯 " + tag, departmentId = engineering,
            requestType = "electrical",
        });
        var checklist = await fx.Api("head").PostOkAsync("/api/v1/maintenance/checklists", new
        {
            property = "DEMO-HOTEL", name = "电梯巡检 " + tag, kind = "equipmentMaintenance", location = "中庭",
            items = new object[] { new { text = "轿厢照明正常" }, new { text = "运行平稳、无异响", assetId = asset["id"]!.GetValue<Guid>() }, new { text = "机房温度正常" } },
        });
        var schedule = await fx.Api("head").PostOkAsync("/api/v1/maintenance/schedules", new
        {
            checklistId = checklist["id"]!.GetValue<Guid>(), departmentId = engineering, every = 1, unit = "days", graceMinutes = 30,
            firstDueAt = DateTimeOffset.UtcNow.AddMinutes(-10),
        });

        var page = await fx.NewPageAsync(PhoneWidth, 844);
        await page.SignInAsync("clerk", "/inspections");
        var due = page.Locator($"[data-testid=inspection-due][data-id='{schedule["id"]}']");
        await Assertions.Expect(due).ToContainTextAsync("电梯巡检 " + tag);
        await due.Locator("[data-testid=inspection-start]").ClickAsync();

        var round = page.Locator("[data-testid=inspection-round]");
        await Assertions.Expect(round).ToHaveAttributeAsync("data-completed", "false");
        var items = round.Locator("[data-testid=inspection-item]");
        await Assertions.Expect(items).ToHaveCountAsync(3);
        var pass = items.Nth(0).Locator("[data-testid=inspection-pass]");
        Assert.True((await pass.BoundingBoxAsync())!.Height >= 44, "the pass button is too small for a thumb");
        await pass.ClickAsync();
        await Assertions.Expect(items.Nth(0)).ToHaveAttributeAsync("data-result", "Pass");

        // A failure without a note is refused; with one it is kept.
        await items.Nth(1).Locator("[data-testid=inspection-fail]").ClickAsync();
        await items.Nth(1).Locator("[data-testid=inspection-fail-confirm]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("请检查");
        await Assertions.Expect(items.Nth(1)).ToHaveAttributeAsync("data-result", "");
        await page.Field("inspection-note", "textarea").FillAsync("电梯运行有异响，平层误差约 3 厘米");
        await items.Nth(1).Locator("[data-testid=inspection-fail-confirm]").ClickAsync();
        await Assertions.Expect(items.Nth(1)).ToHaveAttributeAsync("data-result", "Fail");
        await items.Nth(2).Locator("[data-testid=inspection-na]").ClickAsync();
        await Assertions.Expect(items.Nth(2)).ToHaveAttributeAsync("data-result", "NotApplicable");
        await AssertFitsAsync(page);

        await round.Locator("[data-testid=inspection-complete]").ClickAsync();
        await Assertions.Expect(round).ToHaveAttributeAsync("data-completed", "true");
        await Assertions.Expect(round.Locator("[data-testid=inspection-done]")).ToContainTextAsync("1");
        var link = items.Nth(1).Locator("[data-testid=inspection-work-order]");
        await Assertions.Expect(link).ToContainTextAsync("DEMO-HOTEL-W");
        var number = (await link.InnerTextAsync()).Split(' ').Last().Trim();
        await AssertFitsAsync(page);

        await link.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/work-orders?id=", StringComparison.Ordinal));
        var detail = page.Locator("[data-testid=wo-detail]");
        await Assertions.Expect(detail.Locator("[data-testid=wo-detail-number]")).ToHaveTextAsync(number);
        await Assertions.Expect(detail).ToContainTextAsync("中庭观景电梯 " + tag);
        await Assertions.Expect(detail).ToContainTextAsync("电梯运行有异响，平层误差约 3 厘米");
    }

    private static async Task AssertFitsAsync(IPage page)
    {
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= PhoneWidth, $"the page is {width} px wide on a {PhoneWidth} px phone: it scrolls sideways");
    }
}
