using GuestLoop.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GuestLoop.Browser.Tests.Features.Workspace;

/// <summary>
/// The workspace (Blazor Server over its WebSocket, MudBlazor), the guest pages and the API reference run under the
/// Content-Security-Policy without the browser refusing anything.
/// </summary>
public class ContentSecurityPolicyBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private static List<string> WatchRefusals(IPage page)
    {
        var refusals = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
                || message.Text.Contains("Refused to", StringComparison.OrdinalIgnoreCase))
            {
                refusals.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => refusals.Add($"{page.Url}: {error}");
        return refusals;
    }

    [SkippableFact]
    public async Task Workspace_pages_guest_pages_and_the_api_reference_run_without_a_refusal()
    {
        var staff = await fx.NewPageAsync();
        var refusals = WatchRefusals(staff);
        await staff.SignInAsync("head");
        foreach (var url in new[] { "/dashboard", "/guests", "/improvement" })
        {
            await staff.GotoAsync(url);
            await staff.WaitForInteractiveAsync();
        }

        // An interactive MudBlazor component answering a click proves the circuit's WebSocket is allowed.
        await staff.GotoAsync("/");
        await staff.WaitForInteractiveAsync();
        await staff.ClickAsync("[data-testid=inbox] a[href^='/cases/']");
        await staff.WaitForSelectorAsync("[data-testid=case-number]");

        var guest = await fx.NewPageAsync(390, 844);
        refusals.AddRange(WatchRefusals(guest));
        await guest.GotoAsync("/feedback?property=DEMO-SCENIC");
        await guest.WaitForSelectorAsync("form.form");

        var docs = await fx.NewPageAsync();
        var docsRefusals = WatchRefusals(docs);
        await docs.GotoAsync("/api/docs/");
        await docs.WaitForSelectorAsync("text=GuestLoop API", new PageWaitForSelectorOptions { Timeout = 30_000 });

        Assert.Empty(refusals);
        Assert.Empty(docsRefusals);
    }
}
