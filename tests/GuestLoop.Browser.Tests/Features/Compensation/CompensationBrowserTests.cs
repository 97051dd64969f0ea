using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuestLoop.Browser.Tests.Infrastructure;

namespace GuestLoop.Browser.Tests.Features.Compensation;

/// <summary>
/// A ¥3,000 compensation is above the level-3 agent's limit: the agent is not offered the approval and is told who
/// decides, the level-2 head approves it, and the compensation ledger then lists it.
/// </summary>
public class CompensationBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task An_agent_cannot_approve_3000_yuan_the_head_can_and_the_ledger_shows_it()
    {
        var created = await fx.Api().PostOkAsync("/api/v1/cases", new
        {
            kind = "complaint", channel = "phone", property = "DEMO-HOTEL", title = "行李寄存损坏" + Guid.NewGuid().ToString("N")[..4],
            description = "寄存的行李箱取回时外壳破裂，要求赔偿。", customer = new { name = "吴芳", phone = "13600002222" },
        });
        var caseId = created["id"]!.GetValue<Guid>();
        var proposed = await fx.Api("agent").PostOkAsync($"/api/v1/cases/{caseId}/compensations",
            new { basis = "propertyLoss", scope = "行李箱外壳破裂，按原价赔偿", method = "cash", amount = 3000m });
        var item = $"[data-compensation=\"{proposed["id"]}\"]";

        var agent = await fx.NewPageAsync();
        await agent.SignInAsync("agent", $"/cases/{caseId}?tab=measures");
        await agent.WaitForSelectorAsync($"{item}[data-state=Proposed]");
        Assert.Equal(0, await agent.Locator($"{item} [data-testid=approve-compensation]").CountAsync());
        Assert.Contains("超出您的审批权限", await agent.InnerTextAsync($"{item} [data-testid=approval-above-limit]"));

        var head = await fx.NewPageAsync();
        await head.SignInAsync("head", $"/cases/{caseId}");
        await head.ShowCaseTabAsync("measures");
        await head.ClickUntilAsync($"{item} [data-testid=approve-compensation]:not([disabled])", $"{item}[data-state=Approved]");
        await head.ShowCaseTabAsync("history");
        Assert.Contains("批准赔偿", await head.InnerTextAsync("[data-testid=history]"));

        await head.GotoAsync("/compensation");
        var line = await head.WaitForSelectorAsync($"[data-testid=ledger-lines] tr{item}");
        Assert.Contains("¥3,000.00", await line!.InnerTextAsync());
        Assert.Contains(created["number"]!.GetValue<string>(), await line.InnerTextAsync());
        await head.WaitForSelectorAsync("[data-testid=ledger-chart]");
    }
}
