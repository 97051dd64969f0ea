using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuestLoop.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GuestLoop.Browser.Tests.Features.Workspace;

/// <summary>
/// A step on the case page shows its new status and history line without the page being opened again, and while it is
/// saved the page shows that the click was taken: a progress bar, and the confirm button disabled.
/// </summary>
public class CaseStepBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    /// <summary>Remembers whether the progress bar was ever added and the confirm button ever disabled, however briefly.</summary>
    private const string WatchSave = """
        () => {
            window.__save = { progress: false, disabled: false };
            new MutationObserver(records => {
                for (const r of records) {
                    if (r.type === 'attributes' && r.attributeName === 'disabled' && r.target.matches('[data-testid=confirm-action]')
                        && r.target.hasAttribute('disabled')) window.__save.disabled = true;
                    for (const n of r.addedNodes) {
                        if (n.nodeType !== 1) continue;
                        if (n.matches('[data-testid=step-progress]') || n.querySelector('[data-testid=step-progress]')) window.__save.progress = true;
                        if (n.matches('[data-testid=confirm-action][disabled]') || n.querySelector('[data-testid=confirm-action][disabled]')) window.__save.disabled = true;
                    }
                }
            }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
        }
        """;

    private async Task<Guid> ReceiveAsync()
    {
        var response = await fx.Api().PostAsJsonAsync("/api/v1/cases", new
        {
            kind = "complaint", channel = "phone", property = "DEMO-HOTEL", title = "早餐冷了" + Guid.NewGuid().ToString("N")[..4],
            description = "早餐的粥和包子都是凉的。", customer = new { name = "郑伟", phone = "137" + Random.Shared.Next(10_000_000, 99_999_999) },
        }, JsonSerializerOptions.Web);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
    }

    [SkippableFact]
    public async Task A_step_shows_the_new_status_and_shows_progress_while_it_is_saved()
    {
        var caseId = await ReceiveAsync();
        var staff = await fx.NewPageAsync();
        await staff.SignInAsync("agent", $"/cases/{caseId}");
        await staff.WaitForSelectorAsync("[data-testid=case-number] ~ * [data-status=Received]");
        await staff.ActAsync("Triage");
        await staff.EvaluateAsync(WatchSave);
        await staff.ConfirmAsync("Triaged");

        var watched = await staff.EvaluateAsync<JsonElement>("() => window.__save");
        Assert.True(watched.GetProperty("progress").GetBoolean(), "no progress bar while the step was saved");
        Assert.True(watched.GetProperty("disabled").GetBoolean(), "the confirm button stayed enabled while the step was saved");
        await staff.WaitForSelectorAsync("[data-testid=case-number] ~ * [data-status=Triaged]");
        await staff.ShowCaseTabAsync("history");
        await staff.WaitForSelectorAsync("[data-history-action=Triage]");
        Assert.Equal(0, await staff.Locator("[data-testid=step-progress]").CountAsync());
        Assert.False(await staff.Locator("[data-testid=case-actions] button[data-action=StartInvestigation]").IsDisabledAsync());

        await staff.ActAsync("StartInvestigation");
        await staff.ConfirmAsync("Investigating");
        Assert.Equal(["Receive", "Triage", "StartInvestigation"],
            await staff.Locator("[data-history-action]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.historyAction)"));
    }

    [SkippableFact]
    public async Task A_step_taken_elsewhere_shows_on_the_open_case_page()
    {
        var caseId = await ReceiveAsync();
        var staff = await fx.NewPageAsync();
        await staff.SignInAsync("agent", $"/cases/{caseId}");
        await staff.WaitForSelectorAsync("[data-interactive] [data-testid=case-number] ~ * [data-status=Received]");

        var triage = await fx.Api("manager").PostAsJsonAsync($"/api/v1/cases/{caseId}/triage",
            new { category = "serviceQuality", severity = "general" }, JsonSerializerOptions.Web);
        Assert.True(triage.IsSuccessStatusCode, await triage.Content.ReadAsStringAsync());
        await staff.WaitForSelectorAsync("[data-testid=case-number] ~ * [data-status=Triaged]");
        await staff.WaitForSelectorAsync("[data-testid=case-actions] button[data-action=StartInvestigation]");
    }
}
