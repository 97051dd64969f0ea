using GuestLoop.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GuestLoop.Browser.Tests.Features.Cases;

/// <summary>
/// The complaint process in a real browser: a guest submits on a phone, a level-3 agent triages and
/// investigates, approval is refused to them and granted to the level-1 manager, the reply reaches
/// the guest's tracking page, the case closes, and the history lists every step.
/// </summary>
public class CaseLifecycleBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task A_complaint_goes_from_the_guest_through_every_authority_level_to_closure()
    {
        var title = "观光电梯停运" + Guid.NewGuid().ToString("N")[..4];
        var guest = await fx.NewPageAsync(390, 844);
        await guest.GotoAsync("/feedback?property=DEMO-SCENIC");
        await guest.CheckAsync("input[name=kind][value=complaint]");
        await guest.FillAsync("input[name=title]", title);
        await guest.FillAsync("textarea[name=description]", "上午十点观光电梯突然停运，被困十分钟，无人解释。");
        await guest.FillAsync("textarea[name=demands]", "说明原因并退还观光费");
        await guest.FillAsync("input[name=name]", "孙丽");
        await guest.FillAsync("input[name=phone]", "13700001111");
        await guest.ClickAsync("button[type=submit]");
        await guest.WaitForSelectorAsync(".ok");
        var number = (await guest.InnerTextAsync(".number")).Trim();
        Assert.StartsWith("DEMO-SCENIC-", number);
        var trackUrl = guest.Url.Split('?')[0];

        var staff = await fx.NewPageAsync();
        await staff.SignInAsync("agent");
        await staff.SearchInboxAsync(number);
        await staff.ClickAsync($"a:has-text(\"{number}\")");
        await staff.WaitForSelectorAsync($"[data-testid=case-number]:has-text(\"{number}\")");
        var caseUrl = new Uri(staff.Url).AbsolutePath;

        await staff.ActAsync("Triage");
        await staff.PickAsync("triage-category", "设施设备");
        await staff.PickAsync("triage-severity", "重大");
        await staff.ConfirmAsync("Triaged");
        await staff.ActAsync("StartInvestigation");
        await staff.ConfirmAsync("Investigating");
        await staff.ActAsync("ProposePlan");
        await staff.Field("plan-findings", "textarea").FillAsync("电梯控制板故障，应急广播未启用。");
        await staff.Field("plan-text", "textarea").FillAsync("更换控制板，退还观光费，向宾客书面致歉。");
        await staff.ConfirmAsync("PlanProposed");

        var approve = staff.Locator("[data-testid=case-actions] button[data-action=ApprovePlan]");
        Assert.True(await approve.IsDisabledAsync());
        Assert.Contains("一级权限", await staff.InnerTextAsync("[data-testid=authority-hint]"));

        await staff.SignOutAsync();
        await staff.SignInAsync("manager", caseUrl);
        await staff.WaitForSelectorAsync($"[data-testid=case-number]:has-text(\"{number}\")");
        await staff.ActAsync("ApprovePlan");
        await staff.ConfirmAsync("PlanApproved");
        await staff.ActAsync("StartExecution");
        await staff.ConfirmAsync("Executing");
        await staff.ActAsync("Reply");
        const string reply = "经调查核实，系电梯控制板故障。我们已更换控制板并退还观光费，对给您带来的不便深表歉意。";
        await staff.Field("reply-text", "textarea").FillAsync(reply);
        await staff.ConfirmAsync("Replied");

        await guest.GotoAsync(trackUrl);
        Assert.Contains("已更换控制板并退还观光费", await guest.InnerTextAsync("main"));
        Assert.DoesNotContain("王建国", await guest.ContentAsync());

        await staff.ActAsync("RecordFollowUp");
        await staff.ConfirmAsync("FollowUp");
        await staff.ActAsync("Close");
        await staff.ConfirmAsync("Closed");

        await staff.ShowCaseTabAsync("history");
        await staff.WaitForSelectorAsync("[data-history-action=Close]");
        var steps = await staff.Locator("[data-history-action]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.historyAction)");
        Assert.Equal(
            ["Receive", "Triage", "StartInvestigation", "ProposePlan", "ApprovePlan", "StartExecution", "Reply", "RecordFollowUp", "Close"],
            steps);
        await guest.ReloadAsync();
        Assert.Contains("已办结", await guest.InnerTextAsync(".status"));
    }
}
