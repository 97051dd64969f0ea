using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuestLoop.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GuestLoop.Browser.Tests.Features.Workspace;

/// <summary>The inbox as a work queue: urgent first, saved views restored from their link, bulk assignment, keyboard.</summary>
public class InboxBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private const string Rows = "[data-testid=inbox] tbody tr:has([data-case-link])";

    private static string NewPhone() => "136" + Random.Shared.Next(10_000_000, 99_999_999);

    private async Task<Guid> ReceiveAsync(string phone, DateTimeOffset? receivedAt = null, string kind = "complaint")
    {
        var response = await fx.Api().PostAsJsonAsync("/api/v1/cases", new
        {
            kind, channel = "phone", property = "DEMO-HOTEL", title = "淋浴没有热水" + Guid.NewGuid().ToString("N")[..4],
            description = "淋浴一直没有热水，打电话给前台也没有回复。", customer = new { name = "孙丽", phone }, receivedAt,
        }, JsonSerializerOptions.Web);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
    }

    [SkippableFact]
    public async Task The_inbox_lists_an_overdue_case_first()
    {
        var overdue = await ReceiveAsync(NewPhone(), DateTimeOffset.UtcNow.AddDays(-12));
        // The newest case has all its time left: newest first would put it above the overdue one.
        await ReceiveAsync(NewPhone());
        var page = await fx.NewPageAsync();
        await page.SignInAsync("manager", "/cases");

        await page.WaitForSelectorAsync($"{Rows} [data-testid=time-left]");
        var states = await page.Locator($"{Rows} td:last-child").EvaluateAllAsync<string[]>(
            "cells => cells.map(c => c.parentElement.querySelector('[data-testid=time-left]')?.dataset.state ?? 'none')");
        Assert.Equal("overdue", states[0]);
        // Every overdue row comes before every row with time left.
        Assert.Equal(states.OrderBy(s => s == "overdue" ? 0 : 1), states);
        var overdueRows = await page.Locator($"{Rows}:has([data-state=overdue]) [data-case-link]").EvaluateAllAsync<string[]>(
            "links => links.map(l => l.dataset.caseLink)");
        Assert.True(overdueRows.Contains(overdue.ToString()) || overdueRows.Length == states.Length,
            "the overdue case is not among the overdue rows of the first page");
    }

    [SkippableFact]
    public async Task A_saved_view_is_restored_from_its_url()
    {
        await ReceiveAsync(NewPhone(), kind: "praise");
        var page = await fx.NewPageAsync();
        await page.SignInAsync("agent", "/cases?view=all&kind=praise&sort=number&dir=desc");
        await page.WaitForSelectorAsync(Rows);
        var name = "表扬按编号 " + Guid.NewGuid().ToString("N")[..4];
        await page.ClickAsync("[data-testid=saved-views]");
        await page.ClickAsync("[data-testid=save-view]");
        await page.FillAsync("input[data-testid=saved-view-name]", name);
        await page.ClickAsync("[data-testid=saved-view-confirm]");
        await page.WaitForSelectorAsync(".mud-snackbar");

        var views = JsonNode.Parse(await fx.Api("agent").GetStringAsync("/api/v1/saved-views"))!.AsArray();
        var saved = views.Single(v => v!["name"]!.GetValue<string>() == name)!;
        var url = saved["url"]!.GetValue<string>();
        Assert.Contains("kind=praise", url);

        var again = await fx.NewPageAsync();
        await again.SignInAsync("agent", url);
        await again.WaitForSelectorAsync(Rows);
        Assert.All(await again.Locator($"{Rows} [data-kind]").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.kind)"),
            kind => Assert.Equal("Praise", kind));
        var numbers = await again.Locator($"{Rows} [data-case-link]").AllInnerTextsAsync();
        Assert.Equal(numbers.OrderDescending(StringComparer.Ordinal), numbers);
        Assert.EndsWith(url, new Uri(again.Url).PathAndQuery);
    }

    [SkippableFact]
    public async Task Three_selected_cases_are_assigned_at_once()
    {
        var phone = NewPhone();
        var ids = new[] { await ReceiveAsync(phone), await ReceiveAsync(phone), await ReceiveAsync(phone) };
        var page = await fx.NewPageAsync();
        await page.SignInAsync("head", $"/cases?view=all&q={phone}");
        await Assertions.Expect(page.Locator(Rows)).ToHaveCountAsync(3);

        foreach (var box in await page.Locator($"{Rows} input[type=checkbox]").AllAsync())
        {
            await box.CheckAsync();
        }

        await page.ClickAsync("[data-bulk=Assign]");
        await page.PickAsync("bulk-assignee", "李娜（客房部主管）");
        await Assertions.Expect(page.Locator("[data-testid=bulk-confirm-text]")).ToContainTextAsync("3");
        await page.ClickAsync("[data-testid=bulk-confirm]");
        await Assertions.Expect(page.Locator("[data-testid=bulk-result]")).ToContainTextAsync("3 / 3");

        var mine = JsonNode.Parse(await fx.Api("agent").GetStringAsync($"/api/v1/cases?view=mine&q={phone}"))!["items"]!.AsArray()
            .Select(c => c!["id"]!.GetValue<Guid>()).ToList();
        Assert.Equal(ids.Order(), mine.Order());
    }

    [SkippableFact]
    public async Task A_keyboard_shortcut_opens_a_case_but_not_while_typing()
    {
        var phone = NewPhone();
        var id = await ReceiveAsync(phone);
        var page = await fx.NewPageAsync();
        await page.SignInAsync("agent", $"/cases?view=all&q={phone}");
        await Assertions.Expect(page.Locator(Rows)).ToHaveCountAsync(1);

        await page.FocusAsync("input[data-testid=inbox-search]");
        await page.Keyboard.PressAsync("j");
        Assert.Equal(0, await page.Locator("tr.kb-current").CountAsync());
        await page.Keyboard.PressAsync("Backspace");
        await Assertions.Expect(page.Locator("input[data-testid=inbox-search]")).ToHaveValueAsync(phone);

        await page.EvaluateAsync("() => document.activeElement.blur()");
        await page.Keyboard.PressAsync("?");
        await Assertions.Expect(page.Locator("[data-testid=shortcut-help]")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("j");
        await Assertions.Expect(page.Locator("tr.kb-current")).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("o");

        await page.WaitForURLAsync($"**/cases/{id}");
        await page.WaitForSelectorAsync("[data-testid=case-number]");
    }
}
