using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuestLoop.Browser.Tests.Infrastructure;

namespace GuestLoop.Browser.Tests.Features.Workspace;

/// <summary>A canned reply written on its page, then inserted into a case's reply with one click, its placeholders filled.</summary>
public class CannedReplyBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task A_reply_written_once_is_inserted_into_a_cases_reply_with_the_guest_and_the_case_filled_in()
    {
        var created = await fx.Api().PostAsJsonAsync("/api/v1/cases", new
        {
            kind = "complaint", channel = "phone", property = "DEMO-HOTEL", title = "空调噪音" + Guid.NewGuid().ToString("N")[..4],
            description = "房间空调夜里一直响。", customer = new { name = "钱伟", phone = "135" + Random.Shared.Next(10_000_000, 99_999_999) },
        }, JsonSerializerOptions.Web);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var json = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        var (caseId, number) = (json["id"]!.GetValue<Guid>(), json["number"]!.GetValue<string>());
        var name = "进度告知 " + Guid.NewGuid().ToString("N")[..6];

        var page = await fx.NewPageAsync();
        await page.SignInAsync("agent", "/canned-replies");
        await page.ClickUntilAsync("[data-testid=canned-reply-new]", "[data-testid=canned-reply-name]");
        await page.Field("canned-reply-name").FillAsync(name);
        await page.Field("canned-reply-body", "textarea").FillAsync("您好，");
        await page.ClickAsync("[data-placeholder='guest.name']");
        // The placeholder comes back from the server in the field's new value; keys pressed before it arrives would be
        // written over by it.
        var body = page.Field("canned-reply-body", "textarea");
        await page.WaitForFunctionAsync("el => el.value.includes('{{guest.name}}')", await body.ElementHandleAsync());
        await body.PressAsync("End");
        await page.Field("canned-reply-body", "textarea").PressSequentiallyAsync("：您的案件 {{case.number}} 正在处理中。");
        await page.ClickAsync("[data-testid=canned-reply-save]");
        await page.WaitForSelectorAsync($"[data-canned-reply-row='{name}']");

        await page.GotoAsync($"/cases/{caseId}");
        await page.WaitForSelectorAsync("[data-interactive] [data-testid=case-number]");
        await page.ActAsync("InterimReply");
        await page.ClickAsync("[data-testid=canned-replies]");
        await page.ClickAsync($"[data-canned-reply='{name}']");

        var reply = page.Field("reply-text", "textarea");
        // The interim reply opens with a generated draft (which names the guest too); the canned reply replaces it untouched.
        await page.WaitForFunctionAsync("([el, number]) => el.value.includes(number)", new object[] { await reply.ElementHandleAsync(), number });
        Assert.Equal($"您好，钱伟：您的案件 {number} 正在处理中。", await reply.InputValueAsync());
    }
}
