using GuestLoop.Browser.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace GuestLoop.Browser.Tests.Features.Docs;

/// <summary>
/// The screenshots of docs/SCREENS.md, made from the demo data by <c>eng/screens.sh</c> (which sets GUESTLOOP_SCREENS to the
/// folder they go to): the inbox, a case and the dashboard as the general manager, the health page as the administrator, the
/// guest's form and tracking page on a phone, in Chinese and in English. Each screen is taken once what it is about is on it.
/// </summary>
public class ScreensBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private static readonly string? Folder = Environment.GetEnvironmentVariable("GUESTLOOP_SCREENS");

    [SkippableTheory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task The_main_screens_in_each_language(string language)
    {
        Skip.If(string.IsNullOrEmpty(Folder), "Makes the screenshots of docs/SCREENS.md; run by eng/screens.sh.");
        Directory.CreateDirectory(Folder!);
        var suffix = language == "en" ? "en" : "zh";
        var (caseId, token) = DemoCase();

        var staff = await fx.NewPageAsync(1366, 860, language);
        await staff.GotoAsync($"/culture?culture={language}&returnUrl=/");
        await staff.SignInAsync("manager", "/");
        await ShootAsync(staff, "[data-testid=inbox] tbody tr [data-case-link]", $"inbox.{suffix}");
        await staff.GotoAsync($"/cases/{caseId}");
        await ShootAsync(staff, "[data-interactive] [data-testid=case-tabs] [data-testid=deadlines]", $"case.{suffix}");
        await staff.GotoAsync("/dashboard");
        await ShootAsync(staff, "[data-interactive] [data-testid=workload]", $"dashboard.{suffix}");

        var admin = await fx.NewPageAsync(1366, 860, language);
        await admin.GotoAsync($"/culture?culture={language}&returnUrl=/");
        await admin.SignInAsync("admin", "/admin/health");
        await ShootAsync(admin, "[data-interactive] [data-testid=round-health]", $"admin.{suffix}");

        var phone = await fx.NewPageAsync(390, 844, language);
        await phone.GotoAsync($"/culture?culture={language}&returnUrl=/feedback?property=DEMO-HOTEL");
        await ShootAsync(phone, "form textarea", $"feedback-phone.{suffix}", fullPage: true);
        await phone.GotoAsync($"/track/{token}");
        await ShootAsync(phone, "dl.summary dd.status", $"tracking-phone.{suffix}", fullPage: true);
    }

    private static async Task ShootAsync(IPage page, string ready, string name, bool fullPage = false)
    {
        await page.WaitForSelectorAsync(ready, new() { Timeout = 60_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        // Charts and snackbars settle.
        await page.WaitForTimeoutAsync(1_500);
        var file = Path.Combine(Folder!, name + ".jpg");
        await page.ScreenshotAsync(new() { Path = file, Type = ScreenshotType.Jpeg, Quality = 80, FullPage = fullPage });
        Assert.True(new FileInfo(file).Length > 10_000, $"{file} is nearly empty");
    }

    /// <summary>A demo case that has gone through most of its steps, with its guest's tracking token.</summary>
    private (Guid Id, string Token) DemoCase()
    {
        using var db = new SqliteConnection($"Data Source={fx.DatabasePath};Mode=ReadOnly");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = """
            SELECT c.Id, c.TrackingToken FROM cases c
            WHERE c.Status IN ('Replied', 'FollowUp') AND c.Kind = 'Complaint'
            ORDER BY (SELECT COUNT(*) FROM case_events e WHERE e.CaseId = c.Id) DESC LIMIT 1
            """;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), "no replied complaint in the demo data");
        return (Guid.Parse(reader.GetString(0)), reader.GetString(1));
    }
}
