using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuestLoop.Browser.Tests.Infrastructure;

namespace GuestLoop.Browser.Tests.Features.Workspace;

/// <summary>
/// The case page as one screen in tabs; only the decisions the viewer may take; a disabled button that says why; a first
/// click that is not lost; evidence pictures as thumbnails; the canned replies and the tabs from the keyboard.
/// </summary>
[Collection(SharedBrowser.Name)]
public class CasePageBrowserTests(BrowserFixture fx)
{
    // A 2 x 2 red PNG: a real picture, so the evidence store's content check accepts it and the browser can draw it.
    private const string Png =
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z8AARAwQCgAf7gP9i18U1AAAAABJRU5ErkJggg==";

    private async Task<(Guid Id, string Number)> ReceiveAsync()
    {
        var json = await fx.Api().PostOkAsync("/api/v1/cases", new
        {
            kind = "complaint", channel = "phone", property = "DEMO-HOTEL", title = "浴室漏水" + Guid.NewGuid().ToString("N")[..4],
            description = "浴室地漏反水，地面全湿。", customer = new { name = "孙丽", phone = "137" + Random.Shared.Next(10_000_000, 99_999_999) },
        });
        return (json["id"]!.GetValue<Guid>(), json["number"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task The_case_is_one_screen_in_tabs_and_the_open_tab_comes_back_from_the_address()
    {
        var (caseId, _) = await ReceiveAsync();
        var page = await fx.NewPageAsync(1366, 860);
        await page.SignInAsync("head", $"/cases/{caseId}");
        await page.WaitForSelectorAsync("[data-interactive] [data-testid=deadlines]");
        // Before the tabs every panel stood in one column of about 3,200 px.
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        Assert.True(height < 1800, $"the case's first tab is {height} px high");
        Assert.False(await page.IsVisibleAsync("[data-testid=compensations]"), "the compensations show on the overview");

        await page.ShowCaseTabAsync("measures");
        await page.WaitForSelectorAsync("[data-testid=compensations]");
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await page.WaitForSelectorAsync("[data-testid=compensations]");
        Assert.False(await page.IsVisibleAsync("[data-testid=deadlines]"), "the reload did not come back to the tab in the address");
    }

    [SkippableFact]
    public async Task A_clerk_is_not_offered_decisions_above_them_a_disabled_button_says_why_and_the_first_click_counts()
    {
        var (caseId, _) = await ReceiveAsync();
        var proposed = await fx.Api("agent").PostOkAsync($"/api/v1/cases/{caseId}/compensations",
            new { basis = "propertyLoss", scope = "地毯清洗费", method = "cash", amount = 3000m });
        var item = $"[data-compensation=\"{proposed["id"]}\"]";

        var clerk = await fx.NewPageAsync();
        await clerk.SignInAsync("clerk", $"/cases/{caseId}?tab=measures");
        await clerk.WaitForSelectorAsync($"{item}[data-state=Proposed] [data-testid=approval-above-limit]");
        Assert.Equal(0, await clerk.Locator($"{item} [data-testid=approve-compensation]").CountAsync());
        Assert.Equal(0, await clerk.Locator("[data-testid=accountability-staff]").CountAsync());

        Assert.True(await clerk.IsDisabledAsync("[data-testid=propose-compensation]"));
        Assert.Contains("金额", await clerk.InnerTextAsync("[data-testid=propose-compensation-why]"));
        await clerk.Field("compensation-amount").FillAsync("80");
        await clerk.WaitForSelectorAsync("[data-testid=propose-compensation-why]:has-text('补偿范围')");
        // Typed and pressed at once, with no blur between: the button is already enabled, so the click is not lost.
        await clerk.Field("compensation-scope", "textarea").FillAsync("洗衣费");
        await clerk.ClickAsync("[data-testid=propose-compensation]:not([disabled])", new() { Timeout = 5_000 });
        await clerk.WaitForSelectorAsync("[data-compensation][data-state=Proposed]:has-text('洗衣费')");

        // The general manager (level 1) decides any amount and may record any staff member's conduct.
        var manager = await fx.NewPageAsync();
        await manager.SignInAsync("manager", $"/cases/{caseId}?tab=measures");
        await manager.WaitForSelectorAsync($"{item} [data-testid=approve-compensation]");
        await manager.WaitForSelectorAsync("[data-testid=accountability-staff]");
    }

    [SkippableFact]
    public async Task Evidence_pictures_show_as_thumbnails()
    {
        var (caseId, _) = await ReceiveAsync();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Convert.FromBase64String(Png));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "地漏.png");
        var upload = await fx.Api("head").PostAsync($"/api/v1/cases/{caseId}/evidence", form);
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());

        var page = await fx.NewPageAsync();
        await page.SignInAsync("head", $"/cases/{caseId}");
        await page.ShowCaseTabAsync("evidence");
        var thumb = await page.WaitForSelectorAsync("[data-testid=evidence] img[data-testid=evidence-thumb]");
        await page.WaitForFunctionAsync("img => img.complete && img.naturalWidth === 2", thumb);
        Assert.Equal("地漏.png", await thumb!.GetAttributeAsync("alt"));
    }

    [SkippableFact]
    public async Task The_keyboard_opens_the_canned_replies_and_the_tabs()
    {
        var (caseId, _) = await ReceiveAsync();
        var page = await fx.NewPageAsync();
        await page.SignInAsync("head", $"/cases/{caseId}");
        await page.WaitForSelectorAsync("[data-interactive] [data-testid=deadlines]");

        await page.Keyboard.PressAsync("c");
        // The reply form opens and its canned replies drop down: one of them, or the way to write the first.
        await page.WaitForSelectorAsync(".mud-popover-open :is([data-canned-reply], [data-testid=canned-replies-none])");

        await page.Keyboard.PressAsync("Escape");
        await page.Locator("body").ClickAsync(new() { Position = new() { X = 5, Y = 5 } });
        await page.Keyboard.PressAsync("3");
        await page.WaitForURLAsync(url => url.Contains("tab=measures", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("[data-testid=compensations]");
    }
}
