using System.Text;
using GuestLoop.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GuestLoop.Browser.Tests.Features.Analytics;

/// <summary>The general manager opens the dashboard, clicks a bar and lands on the cases behind it; then builds and downloads the quarterly report.</summary>
public class DashboardBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task The_manager_clicks_a_bar_and_lands_on_the_cases_behind_it()
    {
        var page = await fx.NewPageAsync();
        await page.SignInAsync("manager", "/dashboard");
        var bar = page.Locator("[data-testid=links-category] a[data-bar]").First;
        await bar.WaitForAsync();

        // A click on the prerendered page, before its circuit is connected, does nothing: click until it navigates.
        for (var attempt = 0; attempt < 6 && !page.Url.Contains("/cases?"); attempt++)
        {
            await bar.ClickAsync();
            try
            {
                await page.WaitForURLAsync("**/cases?**", new() { Timeout = 3_000 });
            }
            catch (TimeoutException)
            {
            }
        }

        Assert.Contains("category=", page.Url);
        await page.WaitForSelectorAsync("[data-testid=inbox-drill]");
        await page.WaitForSelectorAsync("[data-testid=inbox] tbody tr td a");
        Assert.True(await page.Locator("[data-testid=inbox] tbody tr td a").CountAsync() > 0);
    }

    [SkippableFact]
    public async Task The_manager_generates_the_quarterly_report_and_downloads_the_workbook_and_the_pdf()
    {
        var page = await fx.NewPageAsync();
        await page.SignInAsync("manager", "/reports");
        await page.WaitForSelectorAsync("[data-testid=report-generate]");
        var before = await page.Locator("[data-testid=report-xlsx]").CountAsync();
        for (var attempt = 0; attempt < 6 && await page.Locator("[data-testid=report-progress], [data-testid=report-xlsx]").CountAsync() <= before; attempt++)
        {
            await page.ClickAsync("[data-testid=report-generate]");
            await page.WaitForTimeoutAsync(1_500);
        }

        await page.Locator("[data-testid=report-xlsx]").Nth(before).WaitForAsync(new() { Timeout = 60_000 });
        var xlsx = await DownloadAsync(page, page.Locator("[data-testid=report-xlsx]").First);
        var pdf = await DownloadAsync(page, page.Locator("[data-testid=report-pdf]").First);

        Assert.Equal("PK", Encoding.ASCII.GetString(xlsx, 0, 2));
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx)))
        {
            Assert.Contains(zip.Entries, e => e.FullName == "xl/workbook.xml");
        }

        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
    }

    private static async Task<byte[]> DownloadAsync(IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = await download.PathAsync();
        return await File.ReadAllBytesAsync(path!);
    }
}
