using System.Net;
using GuestLoop.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GuestLoop.Browser.Tests.Features.Account;

/// <summary>An administrator creates an API key on the page, an integration uses it, and the key stops working once revoked.</summary>
public class ApiKeysBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task A_key_created_on_the_page_works_until_it_is_revoked_there()
    {
        var name = "pms-" + Guid.NewGuid().ToString("N")[..6];
        var admin = await fx.NewPageAsync();
        await admin.SignInAsync("admin", "/admin/api-keys");
        await admin.FillAsync("[data-testid=api-key-form-name] input, input[data-testid=api-key-form-name]", name);
        await admin.ClickAsync("[data-testid=api-key-create]");
        var secret = (await admin.Locator("[data-testid=api-key-secret]").InnerTextAsync()).Trim();
        Assert.StartsWith("gl_", secret);

        using var integration = new HttpClient { BaseAddress = new Uri(fx.BaseUrl) };
        integration.DefaultRequestHeaders.Add("X-Api-Key", secret);
        var used = await integration.GetAsync("/api/v1/cases");
        Assert.Equal(HttpStatusCode.OK, used.StatusCode);

        await admin.ClickAsync($"[data-testid=api-key-revoke][data-key=\"{name}\"]");
        await admin.ClickAsync("[data-testid=api-key-revoke-confirm]");
        var row = admin.Locator("[data-testid=api-keys] tr", new PageLocatorOptions { Has = admin.Locator($"td:text-is(\"{name}\")") });
        await Assertions.Expect(row.Locator(".mud-chip[data-status=revoked]")).ToBeVisibleAsync();

        var refused = await integration.GetAsync("/api/v1/cases");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
