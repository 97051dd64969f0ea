using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuestLoop.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GuestLoop.Browser.Tests.Features.Customers;

/// <summary>
/// A level-3 agent sees the complainant's phone masked on the case and the guest page; showing it asks for a reason,
/// and the reveal then shows in the administrator's audit log.
/// </summary>
public class RevealBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task An_agent_sees_masked_numbers_reveals_one_with_a_reason_and_the_audit_log_shows_it()
    {
        var phone = "137" + Random.Shared.Next(10_000_000, 99_999_999);
        var masked = phone[..3] + "****" + phone[^4..];
        var response = await fx.Api().PostAsJsonAsync("/api/v1/cases", new
        {
            kind = "complaint", channel = "phone", property = "DEMO-HOTEL", title = "房间噪音",
            description = "隔壁装修噪音，整晚无法入睡。", customer = new { name = "钱多多", phone },
        }, JsonSerializerOptions.Web);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var created = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var caseId = created["id"]!.GetValue<Guid>();
        var number = created["number"]!.GetValue<string>();
        var guestId = created["guestId"]!.GetValue<Guid>();

        var agent = await fx.NewPageAsync();
        await agent.SignInAsync("agent", $"/guests/{guestId}");
        await agent.WaitForSelectorAsync($"[data-testid=sensitive-phone]:has-text(\"{masked}\")");
        Assert.DoesNotContain(phone, await agent.InnerTextAsync("body"));

        await agent.GotoAsync($"/cases/{caseId}");
        await agent.WaitForInteractiveAsync();
        await agent.WaitForSelectorAsync($"[data-testid=complainant] [data-testid=sensitive-phone]:has-text(\"{masked}\")");
        Assert.DoesNotContain(phone, await agent.InnerTextAsync("body"));
        for (var attempt = 0; attempt < 5 && await agent.Locator("[data-testid=reveal-reason]").CountAsync() == 0; attempt++)
        {
            await agent.ClickAsync("[data-testid=complainant] [data-testid=reveal-phone]");
            try
            {
                await agent.WaitForSelectorAsync("[data-testid=reveal-reason]", new() { Timeout = 3_000 });
            }
            catch (TimeoutException)
            {
                // The circuit was not connected yet; click again.
            }
        }

        Assert.True(await agent.IsDisabledAsync("[data-testid=reveal-confirm]"), "A reveal without a reason could be confirmed.");
        await agent.FillAsync("[data-testid=reveal-reason] input, input[data-testid=reveal-reason]", "回访客人，确认退房时间");
        await agent.ClickAsync("[data-testid=reveal-confirm]:not([disabled])");
        await agent.WaitForSelectorAsync($"[data-testid=complainant] [data-testid=sensitive-phone]:has-text(\"{phone}\")");

        var admin = await fx.NewPageAsync();
        await admin.SignInAsync("admin", "/admin/audit");
        await admin.FillAsync("[data-testid=audit-search] input, input[data-testid=audit-search]", number);
        var row = admin.Locator("[data-testid=audit-table] tr", new() { Has = admin.Locator("[data-action=\"complainant.reveal\"]") });
        await row.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        var text = await row.First.InnerTextAsync();
        Assert.Contains(number, text);
        Assert.Contains("李娜", text);
        Assert.Contains("查看了投诉人完整联系方式", text);
    }
}
