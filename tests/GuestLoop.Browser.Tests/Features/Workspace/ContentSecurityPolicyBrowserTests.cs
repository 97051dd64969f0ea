using GuestLoop.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GuestLoop.Browser.Tests.Features.Workspace;

/// <summary>
/// The workspace (Blazor Server over its WebSocket, MudBlazor), the guest pages and the API reference run under the
/// Content-Security-Policy without the browser refusing anything, and the policy does refuse a script without its nonce.
/// </summary>
public class ContentSecurityPolicyBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    /// <summary>Every securitypolicyviolation event of the page's documents, kept where the test can read it.</summary>
    private static async Task<IPage> WatchedAsync(IPage page)
    {
        await page.Context.AddInitScriptAsync("""
            window.__refusals = [];
            document.addEventListener('securitypolicyviolation', e => window.__refusals.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline')));
            """);
        return page;
    }

    private static async Task<List<string>> RefusalsAsync(IPage page) =>
        (await page.EvaluateAsync<string[]>("() => window.__refusals ?? []")).Select(r => $"{page.Url}: {r}").ToList();

    [SkippableFact]
    public async Task Workspace_pages_guest_pages_and_the_api_reference_run_without_a_refusal()
    {
        var refusals = new List<string>();
        var staff = await WatchedAsync(await fx.NewPageAsync());
        await staff.SignInAsync("head");
        refusals.AddRange(await RefusalsAsync(staff));
        foreach (var url in new[] { "/dashboard", "/guests", "/improvement" })
        {
            await staff.GotoAsync(url);
            await staff.WaitForInteractiveAsync();
            refusals.AddRange(await RefusalsAsync(staff));
        }

        // An interactive MudBlazor table answering a click proves the circuit's WebSocket is allowed.
        await staff.GotoAsync("/");
        await staff.WaitForInteractiveAsync();
        await staff.ClickAsync("[data-testid=inbox] a[href^='/cases/']");
        await staff.WaitForSelectorAsync("[data-testid=case-number]");
        refusals.AddRange(await RefusalsAsync(staff));

        var guest = await WatchedAsync(await fx.NewPageAsync(390, 844));
        await guest.GotoAsync("/feedback?property=DEMO-SCENIC");
        await guest.WaitForSelectorAsync("form.form");
        refusals.AddRange(await RefusalsAsync(guest));

        // The reference page asks no other host for anything (fonts, telemetry): an unreachable one kept it waiting.
        var docs = await WatchedAsync(await fx.NewPageAsync());
        var elsewhere = new List<string>();
        docs.Request += (_, request) =>
        {
            if (request.Url.StartsWith("http", StringComparison.Ordinal) && !request.Url.StartsWith(fx.BaseUrl, StringComparison.Ordinal))
            {
                elsewhere.Add(request.Url);
            }
        };
        await docs.GotoAsync("/api/docs/");
        await docs.WaitForSelectorAsync("text=GuestLoop API", new PageWaitForSelectorOptions { Timeout = 30_000 });
        refusals.AddRange(await RefusalsAsync(docs));

        Assert.Empty(refusals);
        Assert.Empty(elsewhere);

        // The policy is enforced: a script slipped into the page without the nonce does not run, and the refusal is seen.
        await guest.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.injected = true'; document.body.appendChild(s); }");
        await guest.WaitForFunctionAsync("() => window.__refusals.length > 0");
        Assert.False(await guest.EvaluateAsync<bool>("() => window.injected === true"));
        Assert.Contains(await RefusalsAsync(guest), r => r.Contains("script-src"));
    }
}
