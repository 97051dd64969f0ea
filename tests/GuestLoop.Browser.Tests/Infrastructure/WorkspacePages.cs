using Microsoft.Playwright;

namespace GuestLoop.Browser.Tests.Infrastructure;

/// <summary>The moves a person makes in the workspace, written once.</summary>
public static class WorkspacePages
{
    public const string Password = "GuestLoop!2026";

    public static async Task SignInAsync(this IPage page, string userName, string returnUrl = "/")
    {
        await page.GotoAsync($"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.FillAsync("input[name=userName]", userName);
        await page.FillAsync("input[name=password]", Password);
        await page.ClickAsync("button[type=submit]");
        // Attached, not visible: on a phone the account shows as an icon and the name is hidden.
        await page.WaitForSelectorAsync("[data-testid=current-user]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        await page.WaitForInteractiveAsync();
    }

    /// <summary>
    /// Types a search into the inbox and waits until the list is the search's (the query is in the URL), so a click that
    /// follows lands on the filtered list rather than on the one the search is about to replace.
    /// </summary>
    public static async Task SearchInboxAsync(this IPage page, string text)
    {
        await page.Locator("[data-testid=inbox-search]").Locator("xpath=descendant-or-self::input").First.FillAsync(text);
        await page.WaitForURLAsync(url => url.Contains("q=" + Uri.EscapeDataString(text), StringComparison.Ordinal), new() { Timeout = 20_000 });
    }

    /// <summary>The case page's tabs, in their order on the page.</summary>
    public static readonly string[] CaseTabs = ["overview", "history", "measures", "guest", "evidence"];

    /// <summary>
    /// Opens a tab of the case page as a user does, by its header, and waits until the address names it. A click that
    /// lands while the page is re-rendering after an action can be lost on a busy machine, so it is tried again.
    /// </summary>
    public static async Task ShowCaseTabAsync(this IPage page, string tab)
    {
        var index = Array.IndexOf(CaseTabs, tab);
        Assert.True(index >= 0, $"no case tab {tab}");
        bool Shown(string url) => index == 0 ? !url.Contains("tab=", StringComparison.Ordinal) : url.Contains("tab=" + tab, StringComparison.Ordinal);
        await page.WaitForInteractiveAsync();
        for (var attempt = 0; attempt < 5 && !Shown(page.Url); attempt++)
        {
            await page.Locator("[data-testid=case-tabs] .mud-tab").Nth(index).ClickAsync();
            try
            {
                await page.WaitForURLAsync(Shown, new() { Timeout = 4_000, WaitUntil = WaitUntilState.Commit });
            }
            catch (TimeoutException)
            {
                // The click was lost; try again.
            }
        }

        Assert.True(Shown(page.Url), $"the {tab} tab did not open: {page.Url}");
    }

    /// <summary>
    /// Waits until the page's interactive circuit has rendered it: a click on prerendered HTML goes nowhere,
    /// and on a busy machine the circuit can take seconds to connect.
    /// </summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.WaitForSelectorAsync("[data-interactive]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });

    /// <summary>
    /// The input (or textarea) of a MudBlazor field by its data-testid: MudBlazor puts the attribute on the element itself
    /// for some fields and on a wrapper for others.
    /// </summary>
    public static ILocator Field(this IPage page, string testId, string element = "input") =>
        page.Locator($"[data-testid={testId}]").Locator($"xpath=descendant-or-self::{element}").First;

    public static async Task SignOutAsync(this IPage page)
    {
        await page.Context.ClearCookiesAsync();
    }

    public static async Task ActAsync(this IPage page, string action)
    {
        await page.WaitForInteractiveAsync();
        await page.ClickAsync($"[data-testid=case-actions] button[data-action={action}]:not([disabled])");
    }

    public static async Task ConfirmAsync(this IPage page, string expectedStatus)
    {
        await page.ClickAsync("[data-testid=confirm-action]");
        try
        {
            await page.WaitForSelectorAsync($".mud-chip[data-status={expectedStatus}]");
        }
        catch (TimeoutException e)
        {
            var shot = Path.Combine(Path.GetTempPath(), $"guestloop-{expectedStatus}-{Guid.NewGuid():N}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
            throw new TimeoutException($"Status {expectedStatus} did not appear; screenshot {shot}; page text: {await page.InnerTextAsync("body")}", e);
        }
    }

    /// <summary>Clicks until the page shows the result: a click before the circuit is connected does nothing.</summary>
    public static async Task ClickUntilAsync(this IPage page, string button, string result)
    {
        for (var attempt = 0; attempt < 5 && await page.Locator(result).CountAsync() == 0; attempt++)
        {
            await page.ClickAsync(button);
            try
            {
                await page.WaitForSelectorAsync(result, new() { Timeout = 3_000 });
            }
            catch (TimeoutException)
            {
                // Not connected yet; try again.
            }
        }

        await page.WaitForSelectorAsync(result);
    }

    /// <summary>Opens a MudSelect by its test id and picks the option with the given text.</summary>
    /// <remarks>
    /// A click that lands while the previous popover is still closing can be lost, so the pick is
    /// checked on the text the select shows and tried again until the value shows.
    /// </remarks>
    public static async Task PickAsync(this IPage page, string testId, string option)
    {
        var shown = page.Locator($"[data-testid={testId}]").First;
        for (var attempt = 1; ; attempt++)
        {
            await page.Locator(".mud-popover-open .mud-list-item").First.WaitForAsync(new() { State = WaitForSelectorState.Detached });
            await page.ClickAsync($"[data-testid={testId}]");
            var item = page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^\\s*{System.Text.RegularExpressions.Regex.Escape(option)}\\s*$") });
            await item.First.ClickAsync();
            try
            {
                await Assertions.Expect(shown).ToHaveTextAsync(option, new() { Timeout = 3000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                await page.Keyboard.PressAsync("Escape");
            }
        }
    }
}
