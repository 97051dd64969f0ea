using GuestLoop.Browser.Tests.Infrastructure;

namespace GuestLoop.Browser.Tests.Features.Workspace;

/// <summary>The workspace on a phone and in English: one app bar that fits, buttons as written, case numbers on one line.</summary>
public class SmallScreenBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task On_a_phone_the_app_bar_fits_on_one_line_and_buttons_are_not_in_capitals()
    {
        var page = await fx.NewPageAsync(390, 844);
        await page.SignInAsync("agent", "/cases");
        await page.WaitForSelectorAsync("[data-testid=inbox] tbody tr td a.case-number");

        var bar = await page.EvaluateAsync<double[]>("() => { const b = document.querySelector('.mud-appbar').getBoundingClientRect(); return [b.width, b.height]; }");
        var widest = await page.EvaluateAsync<double>("() => Math.max(...[...document.querySelectorAll('.mud-appbar .mud-toolbar > *')].map(e => e.getBoundingClientRect().right))");
        Assert.True(bar[1] <= 64, $"the app bar is {bar[1]} px high: it wrapped");
        Assert.True(widest <= bar[0] + 0.5, $"the app bar's items reach {widest} px on a {bar[0]} px bar");

        var capitals = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.mud-button-root')].filter(b => getComputedStyle(b).textTransform === 'uppercase').length");
        Assert.Equal(0, capitals);

        // A case number never breaks over lines, however narrow its column.
        var lines = await page.EvaluateAsync<double>("() => { const a = document.querySelector('a.case-number'); return a.getClientRects().length; }");
        Assert.Equal(1, lines);
    }
}
