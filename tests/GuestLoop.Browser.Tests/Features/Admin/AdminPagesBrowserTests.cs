using GuestLoop.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GuestLoop.Browser.Tests.Features.Admin;

/// <summary>
/// The administrator's pages speak in names: a property's calendar by its name, a calendar shared by three properties
/// says so and is saved as a copy for one of them, and the departments are listed for the property chosen in the address.
/// </summary>
[Collection(SharedBrowser.Name)]
public class AdminPagesBrowserTests(BrowserFixture fx)
{
    private static ILocator Row(IPage page, string table, string cell) =>
        page.Locator($"[data-testid={table}] tbody tr", new() { Has = page.Locator($"td:text-is(\"{cell}\")") });

    [SkippableFact]
    public async Task A_property_shows_its_calendar_and_policy_by_name()
    {
        var admin = await fx.NewPageAsync();
        await admin.SignInAsync("admin", "/admin/properties");

        var hotel = Row(admin, "properties", "DEMO-HOTEL");
        var calendar = await hotel.Locator("[data-testid=property-calendar]").InnerTextAsync();
        Assert.StartsWith("中国大陆工作日", calendar.Trim());
        Assert.Contains("酒店", await hotel.Locator("[data-testid=property-policy]").InnerTextAsync());

        await hotel.ClickAsync();
        await Assertions.Expect(admin.Locator("[data-testid=property-calendar-select]").First).ToHaveTextAsync("中国大陆工作日");
    }

    [SkippableFact]
    public async Task A_calendar_three_properties_share_says_so_and_is_saved_as_a_copy_for_one_of_them()
    {
        var admin = await fx.NewPageAsync();
        await admin.SignInAsync("admin", "/admin/calendars?code=cn");

        var shared = admin.Locator("[data-testid=preset-shared]");
        await Assertions.Expect(shared).ToHaveAttributeAsync("data-count", "3");
        var text = await shared.InnerTextAsync();
        Assert.Contains("有 3 个单位使用", text);
        foreach (var name in new[] { "悦途国际酒店", "云栖山5A景区", "悦途国际旅行社" })
        {
            Assert.Contains(name, text);
        }

        await admin.ClickUntilAsync("[data-testid=preset-copy-open]", "[data-testid=preset-copy]");
        await admin.Field("preset-copy-code").FillAsync("24x7");
        await admin.Field("preset-copy-name").FillAsync("旅行社工作日");
        await admin.PickAsync("preset-copy-property", "悦途国际旅行社");
        await admin.ClickAsync("[data-testid=preset-copy-save]");
        await Assertions.Expect(admin.Locator("[data-testid=preset-copy] .mud-input-helper-text.mud-input-error").First).ToHaveTextAsync("该代码已被使用。");

        await admin.Field("preset-copy-code").FillAsync("cn-travel");
        await admin.ClickAsync("[data-testid=preset-copy-save]");
        await admin.Locator("[data-testid=preset-copy]").WaitForAsync(new() { State = WaitForSelectorState.Detached });

        await admin.GotoAsync("/admin/properties");
        await Assertions.Expect(Row(admin, "properties", "DEMO-TRAVEL").Locator("[data-testid=property-calendar]")).ToContainTextAsync("旅行社工作日");
        await Assertions.Expect(Row(admin, "properties", "DEMO-HOTEL").Locator("[data-testid=property-calendar]")).ToContainTextAsync("中国大陆工作日");
    }

    [SkippableFact]
    public async Task The_departments_are_filtered_by_the_property_in_the_address()
    {
        var admin = await fx.NewPageAsync();
        await admin.SignInAsync("admin", "/admin/departments");
        await Assertions.Expect(Row(admin, "departments", "客房部")).ToBeVisibleAsync();
        await Assertions.Expect(Row(admin, "departments", "票务部")).ToBeVisibleAsync();

        await admin.PickAsync("department-property-filter", "云栖山5A景区");
        await admin.WaitForURLAsync(url => url.Contains("property=DEMO-SCENIC", StringComparison.Ordinal));
        await Assertions.Expect(Row(admin, "departments", "票务部")).ToBeVisibleAsync();
        await Assertions.Expect(Row(admin, "departments", "客房部")).ToHaveCountAsync(0);
        await Assertions.Expect(Row(admin, "departments", "投诉接待中心")).ToHaveCountAsync(0);

        await admin.GotoAsync("/admin/departments?property=DEMO-HOTEL");
        await Assertions.Expect(Row(admin, "departments", "客房部")).ToBeVisibleAsync();
        await Assertions.Expect(Row(admin, "departments", "票务部")).ToHaveCountAsync(0);
        await Assertions.Expect(admin.Locator("[data-testid=department-property-filter]").First).ToHaveTextAsync("悦途国际酒店");
    }
}
