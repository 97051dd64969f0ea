using GuestLoop.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GuestLoop.Browser.Tests.Features.Triage;

/// <summary>The triage step shows the suggestion with its confidence and source, and starts the triage fields from it.</summary>
public class TriageBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task The_agent_sees_the_suggestion_on_the_triage_step_with_the_fields_filled_in_from_it()
    {
        var title = "客房空调坏了" + Guid.NewGuid().ToString("N")[..4];
        var guest = await fx.NewPageAsync(390, 844);
        await guest.GotoAsync("/feedback?property=DEMO-HOTEL");
        await guest.CheckAsync("input[name=kind][value=complaint]");
        await guest.FillAsync("input[name=title]", title);
        await guest.FillAsync("textarea[name=description]", "入住后空调一直吹热风，报修两次都没人来维修。");
        await guest.FillAsync("input[name=name]", "周涛");
        await guest.FillAsync("input[name=phone]", "13700002222");
        await guest.ClickAsync("button[type=submit]");
        await guest.WaitForSelectorAsync(".ok");
        var number = (await guest.InnerTextAsync(".number")).Trim();

        var staff = await fx.NewPageAsync();
        await staff.SignInAsync("agent");
        await staff.SearchInboxAsync(number);
        await staff.ClickAsync($"a:has-text(\"{number}\")");
        await staff.WaitForSelectorAsync($"[data-testid=case-number]:has-text(\"{number}\")");
        await staff.ActAsync("Triage");

        var suggestion = staff.Locator("[data-testid=triage-suggestion]");
        await suggestion.WaitForAsync();
        var text = await suggestion.InnerTextAsync();
        Assert.Contains("建议：设施设备 / 一般（置信度 100%，关键词规则）", text);
        // The form starts from the suggestion, and says so.
        var category = staff.Locator("[data-testid=triage-category]");
        await Assertions.Expect(category).ToContainTextAsync("设施设备");
        await Assertions.Expect(staff.Locator("[data-testid=triage-prefilled]")).ToBeVisibleAsync();
        await staff.ConfirmAsync("Triaged");
    }
}
