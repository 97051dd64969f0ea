using Microsoft.Playwright;

namespace GuestLoop.Bench.Workspace;

/// <summary>
/// Times taken inside the browser, so Playwright's own round trips are not counted: when an element first appears is
/// seen by a MutationObserver and taken at the next animation frame (the frame that shows it), on the page's clock,
/// which starts at the navigation.
/// </summary>
public static class PageClock
{
    private const string Script = """
        window.__shownAt = (selector, timeoutMs) => new Promise((resolve, reject) => {
            let observer;
            const timer = setTimeout(() => { observer?.disconnect(); reject(new Error('not shown: ' + selector)); }, timeoutMs);
            const check = () => {
                if (!document.querySelector(selector)) return false;
                observer?.disconnect();
                clearTimeout(timer);
                requestAnimationFrame(() => resolve(performance.now()));
                return true;
            };
            if (!check()) {
                observer = new MutationObserver(check);
                observer.observe(document, { subtree: true, childList: true, attributes: true });
            }
        });
        """;

    /// <summary>Installs the clock in every document the context opens, before the page's own scripts run.</summary>
    public static Task InstallAsync(IBrowserContext context) => context.AddInitScriptAsync(Script);

    /// <summary>Milliseconds from the start of the current document's navigation until each selector is shown.</summary>
    public static Task<double[]> SinceNavigationAsync(IPage page, params string[] selectors) =>
        page.EvaluateAsync<double[]>("([all, t]) => Promise.all(all.map(s => window.__shownAt(s, t)))", new object[] { selectors, 60_000 });

    /// <summary>Milliseconds from the click on <paramref name="button"/> until <paramref name="result"/> is shown.</summary>
    public static async Task<double> ClickUntilShownAsync(IPage page, string button, string result)
    {
        await page.EvaluateAsync("""
            ([s, t]) => {
                window.__clickAt = null;
                document.addEventListener('click', () => window.__clickAt = performance.now(), { capture: true, once: true });
                window.__result = window.__shownAt(s, t);
                window.__result.catch(() => {});
            }
            """, new object[] { result, 60_000 });
        await page.ClickAsync(button);
        return await page.EvaluateAsync<double>("async () => (await window.__result) - window.__clickAt");
    }

    /// <summary>
    /// Milliseconds from the click on <paramref name="button"/> (a form's submit) until <paramref name="result"/> is shown on
    /// the page the browser goes to (its first contentful paint): the click's time travels in the tab's session storage.
    /// </summary>
    public static async Task<double> ClickUntilNextPageShowsAsync(IPage page, string button, string result)
    {
        await page.EvaluateAsync("""
            () => document.addEventListener('click', () => sessionStorage.setItem('clickAt', String(performance.timeOrigin + performance.now())),
                { capture: true, once: true })
            """);
        await page.ClickAsync(button);
        await page.WaitForSelectorAsync(result);
        // The new page is rendered on the server, the result in its HTML: it shows with the page's first contentful paint.
        return await page.EvaluateAsync<double>("""
            () => new Promise(resolve => {
                const started = Date.now();
                const check = () => {
                    const paint = performance.getEntriesByName('first-contentful-paint')[0];
                    const at = paint ? paint.startTime
                        : Date.now() - started > 2000 ? performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd : null;
                    if (at === null) { setTimeout(check, 20); return; }
                    resolve(performance.timeOrigin + at - Number(sessionStorage.getItem('clickAt')));
                };
                check();
            })
            """);
    }
}
