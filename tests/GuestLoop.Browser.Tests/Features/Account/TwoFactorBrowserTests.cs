using GuestLoop.Browser.Tests.Infrastructure;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Browser.Tests.Features.Account;

/// <summary>
/// A clerk switches on the authenticator app from the account page (key and QR code shown, confirmed with a code),
/// signs out with the app bar's button, and the next sign-in asks for the code.
/// </summary>
public class TwoFactorBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task A_clerk_switches_on_the_authenticator_and_the_next_sign_in_asks_for_its_code()
    {
        var page = await fx.NewPageAsync();
        await page.SignInAsync("clerk", "/account/security");
        await page.WaitForSelectorAsync("[data-testid=authenticator-qr]");
        var key = (await page.InnerTextAsync("[data-testid=authenticator-key]")).Replace(" ", "");

        await page.FillAsync("[data-testid=two-factor] input[name=code]", Totp.Code(key, DateTimeOffset.UtcNow));
        await page.ClickAsync("[data-testid=two-factor] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=recovery-codes]");
        await page.ClickAsync("main a.primary");
        await page.WaitForSelectorAsync("[data-testid=current-user]");
        await page.WaitForInteractiveAsync();
        await page.ClickAsync("form[action='/account/logout'] button[type=submit]");
        await page.WaitForSelectorAsync("input[name=userName]");

        await page.FillAsync("input[name=userName]", "clerk");
        await page.FillAsync("input[name=password]", WorkspacePages.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("input[name=code]");
        Assert.Contains("/account/two-factor", page.Url);
        await page.FillAsync("input[name=code]", Totp.Code(key, DateTimeOffset.UtcNow));
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=current-user]");
    }
}
