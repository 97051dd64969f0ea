using GuestLoop.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GuestLoop.Browser.Tests.Features.Workspace;

/// <summary>
/// A desk clerk records a phone call: the case page shows the guest's tracking link with a QR code, the link opens the
/// guest's tracking page, and the text message with it is in the administrators' outbox.
/// </summary>
public class PhoneCaseTrackingLinkBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private static ILocator Field(IPage page, string testId, string element = "input") =>
        page.Locator($"[data-testid={testId}]").Locator($"xpath=descendant-or-self::{element}").First;

    [SkippableFact]
    public async Task A_phone_case_shows_its_tracking_link_and_qr_code_and_its_text_message_is_in_the_outbox()
    {
        var title = "叫醒服务没有来电" + Guid.NewGuid().ToString("N")[..4];
        var phone = "136" + Random.Shared.Next(10_000_000, 99_999_999);
        var clerk = await fx.NewPageAsync();
        await clerk.SignInAsync("clerk", "/cases/new");
        await clerk.PickAsync("new-channel", "电话/热线");
        await Field(clerk, "new-title").FillAsync(title);
        await Field(clerk, "new-description", "textarea").FillAsync("预约了早上六点的叫醒电话，没有接到，耽误了航班。");
        await Field(clerk, "new-name").FillAsync("吴先生");
        await Field(clerk, "new-phone").FillAsync(phone);
        await clerk.ClickAsync("[data-testid=new-save]");

        await clerk.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/cases/[0-9a-f-]{36}$"));
        var number = (await clerk.InnerTextAsync("[data-testid=case-number]")).Trim();
        var link = (await clerk.InnerTextAsync("[data-testid=tracking-url]")).Trim();
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(fx.BaseUrl.TrimEnd('/'))}/track/[A-Za-z0-9_-]+$", link);
        var qr = clerk.Locator("[data-testid=tracking-qr]");
        Assert.StartsWith("data:image/png;base64,", await qr.GetAttributeAsync("src"));
        Assert.Contains(number, await qr.GetAttributeAsync("alt"));
        Assert.True(await qr.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));

        var guest = await fx.NewPageAsync(390, 844);
        await guest.GotoAsync(link);
        Assert.Contains(number, await guest.InnerTextAsync("main"));

        var admin = await fx.NewPageAsync();
        await admin.SignInAsync("admin", "/admin/sms");
        var row = admin.Locator("[data-testid=sms-outbox] tr").Filter(new() { HasText = number });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        var text = await row.InnerTextAsync();
        Assert.Contains("追踪链接", text);
        Assert.Contains(phone[..3] + "****" + phone[^4..], text);
    }
}
