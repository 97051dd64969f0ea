using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuestLoop.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GuestLoop.Browser.Tests.Features.Workspace;

/// <summary>
/// Two people on one case: each sees that the other has it open and when they type; a colleague's step that refreshes
/// the page live keeps what was being typed, and the step waits until the change has been seen.
/// </summary>
public class CaseCollisionBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private const string Reason = "客人情绪激动，先安抚再降级";

    private async Task<Guid> ReceiveAsync()
    {
        var response = await fx.Api().PostAsJsonAsync("/api/v1/cases", new
        {
            kind = "complaint", channel = "phone", property = "DEMO-HOTEL", title = "走廊施工噪音" + Guid.NewGuid().ToString("N")[..4],
            description = "早上七点走廊就开始施工，吵得无法休息。", customer = new { name = "孙丽", phone = "136" + Random.Shared.Next(10_000_000, 99_999_999) },
        }, JsonSerializerOptions.Web);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
    }

    /// <summary>The agent opens triage and types a reason, without leaving the field; then a colleague acts on the case.</summary>
    private async Task<IPage> TypingAReasonAsync(Guid caseId)
    {
        var agent = await fx.NewPageAsync();
        await agent.SignInAsync("agent", $"/cases/{caseId}");
        await agent.WaitForSelectorAsync("[data-interactive] [data-testid=case-number] ~ * [data-status=Received]");
        await agent.ActAsync("Triage");
        await agent.Field("triage-reason").PressSequentiallyAsync(Reason);
        return agent;
    }

    [SkippableFact]
    public async Task A_colleagues_note_keeps_the_typed_reason_and_the_step_waits_until_the_change_is_seen()
    {
        var caseId = await ReceiveAsync();
        var agent = await TypingAReasonAsync(caseId);

        var note = await fx.Api("head").PostAsJsonAsync($"/api/v1/cases/{caseId}/notes", new { text = "客人已换房" }, JsonSerializerOptions.Web);
        Assert.True(note.IsSuccessStatusCode, await note.Content.ReadAsStringAsync());

        var changed = agent.Locator("[data-testid=case-changed]");
        await changed.Locator("[data-changed-action=AddNote]").WaitForAsync();
        Assert.Contains("陈静", await changed.InnerTextAsync());
        await agent.ShowCaseTabAsync("history");
        await agent.WaitForSelectorAsync("[data-history-action=AddNote]");
        Assert.Equal(Reason, await agent.Field("triage-reason").InputValueAsync());
        Assert.True(await agent.Locator("[data-testid=confirm-action]").IsDisabledAsync(), "the step could be taken on a changed case unseen");

        await agent.ClickAsync("[data-testid=changed-acknowledge]");
        await agent.Locator("[data-testid=case-changed]").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Equal(Reason, await agent.Field("triage-reason").InputValueAsync());
        await agent.ConfirmAsync("Triaged");
    }

    [SkippableFact]
    public async Task When_a_colleague_takes_the_same_step_the_form_stays_with_the_typed_text_and_says_the_step_no_longer_applies()
    {
        var caseId = await ReceiveAsync();
        var agent = await TypingAReasonAsync(caseId);

        var triage = await fx.Api("head").PostAsJsonAsync($"/api/v1/cases/{caseId}/triage",
            new { category = "facility", severity = "general" }, JsonSerializerOptions.Web);
        Assert.True(triage.IsSuccessStatusCode, await triage.Content.ReadAsStringAsync());

        await agent.WaitForSelectorAsync("[data-testid=case-number] ~ * [data-status=Triaged]");
        await agent.WaitForSelectorAsync("[data-testid=step-unavailable]");
        Assert.Equal(Reason, await agent.Field("triage-reason").InputValueAsync());
        Assert.True(await agent.Locator("[data-testid=confirm-action]").IsDisabledAsync());
        Assert.Equal(0, await agent.Locator("[data-testid=changed-acknowledge]").CountAsync());
    }

    [SkippableFact]
    public async Task Each_sees_who_else_has_the_case_open_and_who_is_typing()
    {
        var caseId = await ReceiveAsync();
        var agent = await fx.NewPageAsync();
        await agent.SignInAsync("agent", $"/cases/{caseId}");
        var head = await fx.NewPageAsync();
        await head.SignInAsync("head", $"/cases/{caseId}");
        await head.WaitForSelectorAsync("[data-interactive] [data-testid=case-number]");

        var seen = agent.Locator("[data-testid=presence] [data-presence-name^='陈静']");
        await seen.WaitForAsync();
        Assert.Equal("false", await seen.GetAttributeAsync("data-typing"));
        await head.Locator("[data-testid=presence] [data-presence-name^='李娜']").WaitForAsync();
        Assert.Equal(0, await agent.Locator("[data-testid=presence] [data-presence-name^='李娜']").CountAsync());

        await head.Field("note-text", "textarea").PressSequentiallyAsync("我来联系客人");
        await agent.WaitForSelectorAsync("[data-testid=presence] [data-presence-name^='陈静'][data-typing=true]");
        Assert.DoesNotContain("我来联系客人", await agent.InnerTextAsync("body"));

        await head.Context.CloseAsync();
        await agent.Locator("[data-testid=presence]").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 30_000 });
    }
}
