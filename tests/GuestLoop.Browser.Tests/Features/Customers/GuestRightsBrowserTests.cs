using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuestLoop.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GuestLoop.Browser.Tests.Features.Customers;

/// <summary>
/// Staff answer a guest's requests from the workspace: consent, correction, export and erasure; care and needs; merging
/// two profiles and undoing it; the retention run. Each step reaches the data and the audit log.
/// </summary>
public class GuestRightsBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private async Task<(Guid CaseId, Guid GuestId)> CaseForAsync(string name, string phone, string property = "DEMO-HOTEL")
    {
        var response = await fx.Api().PostAsJsonAsync("/api/v1/cases", new
        {
            kind = "complaint", channel = "phone", property, title = "早餐排队太久",
            description = "早餐厅排队超过半小时。", customer = new { name, phone },
        }, JsonSerializerOptions.Web);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        var created = JsonNode.Parse(text)!;
        return (created["id"]!.GetValue<Guid>(), created["guestId"]!.GetValue<Guid>());
    }

    private async Task<List<string>> AuditActionsAsync(Guid guestId)
    {
        var json = JsonNode.Parse(await fx.Api().GetStringAsync($"/api/v1/audit?entity=guest&q={guestId}&pageSize=200"))!;
        return json["items"]!.AsArray().Select(e => e!["action"]!.GetValue<string>()).ToList();
    }

    private static string NewPhone() => "135" + Random.Shared.Next(10_000_000, 99_999_999);

    [SkippableFact]
    public async Task The_head_withdraws_a_guests_survey_consent_corrects_the_phone_and_exports_the_guest()
    {
        var phone = NewPhone();
        var (_, guestId) = await CaseForAsync("韩梅", phone);

        var head = await fx.NewPageAsync();
        await head.SignInAsync("head", $"/guests/{guestId}");
        await head.ClickUntilAsync("[data-consent=Surveys] [data-testid=consent-withdraw]:not([disabled])", "[data-consent=Surveys][data-granted=false]");
        Assert.False(string.IsNullOrWhiteSpace(await head.InnerTextAsync("[data-consent=Surveys] [data-testid=consent-date]")));
        Assert.True(await head.IsDisabledAsync("[data-consent=Surveys] [data-testid=consent-withdraw]"), "A withdrawn consent could be withdrawn again.");

        var guest = JsonNode.Parse(await fx.Api().GetStringAsync($"/api/v1/guests/{guestId}"))!;
        var surveys = Assert.Single(guest["consents"]!.AsArray(), c => string.Equals(c!["purpose"]!.ToString(), "surveys", StringComparison.OrdinalIgnoreCase));
        Assert.False(surveys!["granted"]!.GetValue<bool>());

        var corrected = NewPhone();
        await head.ClickUntilAsync("[data-testid=correct-guest]", "[data-testid=save-correction]");
        await head.FillAsync("[data-testid=correct-phone] input, input[data-testid=correct-phone]", "12");
        await head.ClickAsync("[data-testid=save-correction]");
        Assert.Contains("电话号码无效", await head.InnerTextAsync("[data-testid=correct-error]"));
        await head.FillAsync("[data-testid=correct-phone] input, input[data-testid=correct-phone]", corrected);
        await head.ClickAsync("[data-testid=save-correction]");
        await head.WaitForSelectorAsync($"[data-testid=sensitive-phone]:has-text(\"{corrected}\")");

        var download = await head.RunAndWaitForDownloadAsync(() => head.ClickAsync("[data-testid=export-xlsx]"));
        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        using var workbook = ZipFile.OpenRead(await download.PathAsync());
        var sheets = string.Concat(workbook.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
        Assert.Contains(corrected, sheets);
        Assert.Contains("韩梅", sheets);

        var actions = await AuditActionsAsync(guestId);
        Assert.Contains("guest.consent", actions);
        Assert.Contains("guest.correct", actions);
        Assert.Contains("guest.export", actions);
    }

    [SkippableFact]
    public async Task The_head_merges_two_profiles_of_one_guest_and_undoes_the_merge()
    {
        var phone = NewPhone();
        var (_, first) = await CaseForAsync("司马光", phone);
        var (caseB, second) = await CaseForAsync("司马光", phone[..3] + "0" + phone[4..], "DEMO-SCENIC");
        Assert.NotEqual(first, second);

        var head = await fx.NewPageAsync();
        await head.SignInAsync("head", "/guests/duplicates");
        var pair = $"[data-pair=\"{first}:{second}\"], [data-pair=\"{second}:{first}\"]";
        await head.WaitForSelectorAsync(pair);
        var keeps = await head.GetAttributeAsync(pair, "data-pair") is { } ids && ids.StartsWith(first.ToString(), StringComparison.Ordinal)
            ? "keep-first" : "keep-second";
        await head.ClickUntilAsync($":is({pair}) [data-testid={keeps}]", "[data-testid=merge-consequence]");
        Assert.Contains("司马光", await head.InnerTextAsync("[data-testid=merge-consequence]"));
        await head.ClickAsync("[data-testid=merge-confirm]");
        await head.WaitForURLAsync($"**/guests/{first}");
        await head.WaitForSelectorAsync("[data-testid=guest-merges] [data-undone=false]");

        Assert.Equal(HttpStatusCode.NotFound, (await fx.Api("head").GetAsync($"/api/v1/guests/{second}")).StatusCode);
        var merged = JsonNode.Parse(await fx.Api().GetStringAsync($"/api/v1/cases/{caseB}"))!;
        Assert.Equal(first, merged["guestId"]!.GetValue<Guid>());

        await head.ClickUntilAsync("[data-testid=guest-merges] [data-testid=undo-merge]", "[data-testid=guest-merges] [data-undone=true]");
        Assert.Equal(HttpStatusCode.OK, (await fx.Api("head").GetAsync($"/api/v1/guests/{second}")).StatusCode);
        var restored = JsonNode.Parse(await fx.Api().GetStringAsync($"/api/v1/cases/{caseB}"))!;
        Assert.Equal(second, restored["guestId"]!.GetValue<Guid>());
        Assert.Equal(["guest.unmerge", "guest.merge"], (await AuditActionsAsync(first)).Where(a => a.Contains("merge")).ToList());
    }

    [SkippableFact]
    public async Task A_guests_special_needs_show_on_the_inbox_row_and_erasure_states_its_consequence_first()
    {
        var (caseId, guestId) = await CaseForAsync("白露", NewPhone());
        var profile = await fx.Api("head").PutAsJsonAsync($"/api/v1/guests/{guestId}/profile",
            new { specialNeeds = new[] { "mobility" }, tier = "gold", tags = Array.Empty<string>() }, JsonSerializerOptions.Web);
        Assert.True(profile.IsSuccessStatusCode, await profile.Content.ReadAsStringAsync());
        var number = JsonNode.Parse(await fx.Api().GetStringAsync($"/api/v1/cases/{caseId}"))!["number"]!.GetValue<string>();

        var head = await fx.NewPageAsync();
        await head.SignInAsync("head", "/cases");
        await head.FillAsync("[data-testid=inbox-search] input, input[data-testid=inbox-search]", number);
        var row = head.Locator("[data-testid=inbox] tbody tr", new() { HasText = number });
        await row.Locator("[data-testid=special-need]").WaitForAsync();
        Assert.Contains("行动不便", await row.InnerTextAsync());

        await head.GotoAsync($"/guests/{guestId}");
        await head.WaitForInteractiveAsync();
        await head.ClickUntilAsync("[data-testid=erase-guest]", "[data-testid=erase-consequence]");
        var consequence = await head.InnerTextAsync("[data-testid=erase-consequence]");
        Assert.Contains("白露", consequence);
        Assert.Contains("无法撤销", consequence);
        await head.ClickAsync("[data-testid=erase-confirm]");
        await head.WaitForSelectorAsync("[data-testid=guest-erased]");
        Assert.Equal("已删除", await head.InnerTextAsync("[data-testid=guest-name]"));
        Assert.Contains("guest.erase", await AuditActionsAsync(guestId));
    }

    [SkippableFact]
    public async Task A_level_3_agent_corrects_the_name_leaving_the_masked_phone_as_it_is()
    {
        var phone = NewPhone();
        var (_, guestId) = await CaseForAsync("李梅", phone);

        var agent = await fx.NewPageAsync();
        await agent.SignInAsync("agent", $"/guests/{guestId}");
        await agent.ClickUntilAsync("[data-testid=correct-guest]", "[data-testid=correct-masked-hint]");
        Assert.Equal("", await agent.InputValueAsync("[data-testid=correct-phone] input, input[data-testid=correct-phone]"));
        Assert.Contains(phone[^4..], await agent.GetAttributeAsync("[data-testid=correct-phone] input, input[data-testid=correct-phone]", "placeholder") ?? "");
        await agent.FillAsync("[data-testid=correct-name] input, input[data-testid=correct-name]", "李梅梅");
        await agent.ClickAsync("[data-testid=save-correction]");
        await agent.WaitForSelectorAsync("[data-testid=guest-name]:has-text(\"李梅梅\")");

        var guest = JsonNode.Parse(await fx.Api().GetStringAsync($"/api/v1/guests/{guestId}"))!;
        Assert.Equal(("李梅梅", phone), (guest["name"]!.GetValue<string>(), guest["phone"]!.GetValue<string>()));
        Assert.Contains("guest.correct", await AuditActionsAsync(guestId));
    }

    [SkippableFact]
    public async Task An_administrator_sees_the_retention_periods_runs_retention_now_and_changes_a_period()
    {
        var admin = await fx.NewPageAsync();
        await admin.SignInAsync("admin", "/admin/retention");
        Assert.Contains("1095", await admin.InnerTextAsync("[data-testid=retention-periods] [data-period=ClosedCaseContact]"));
        Assert.Contains("1825", await admin.InnerTextAsync("[data-testid=retention-periods] [data-period=InactiveGuest]"));
        var manual = "[data-testid=retention-runs] tbody tr:has-text(\"手动执行\")";
        Assert.Equal(0, await admin.Locator(manual).CountAsync());

        await admin.ClickUntilAsync("[data-testid=retention-run]:not([disabled])", manual);

        var runs = JsonNode.Parse(await fx.Api().GetStringAsync("/api/v1/guests/retention-runs"))!.AsArray();
        Assert.Contains(runs, r => r!["slot"]!.GetValue<string>().StartsWith("manual-", StringComparison.Ordinal));

        // A period out of range is refused where it was typed and nothing is saved; a good one is saved and audited.
        await admin.FillAsync("[data-testid=settings-visitDays] input, input[data-testid=settings-visitDays]", "40000");
        await admin.ClickAsync("[data-testid=settings-save]:not([disabled])");
        await admin.WaitForSelectorAsync("[data-testid=retention-settings] .mud-input-error:has-text(\"36500\")");
        Assert.Equal(1095, JsonNode.Parse(await fx.Api().GetStringAsync("/api/v1/guests/settings"))!["visitDays"]!.GetValue<int>());

        await admin.FillAsync("[data-testid=settings-visitDays] input, input[data-testid=settings-visitDays]", "1200");
        await admin.ClickUntilAsync("[data-testid=settings-save]:not([disabled])", "[data-testid=retention-periods] [data-period=Visits]:has-text(\"1200\")");
        Assert.Equal(1200, JsonNode.Parse(await fx.Api().GetStringAsync("/api/v1/guests/settings"))!["visitDays"]!.GetValue<int>());
        var audit = JsonNode.Parse(await fx.Api().GetStringAsync("/api/v1/audit?entity=customer-settings&pageSize=20"))!["items"]!.AsArray();
        Assert.Contains(audit, e => e!["action"]!.GetValue<string>() == "customer.settings");
    }

    [SkippableFact]
    public async Task An_agent_records_a_greeting_and_its_outcome_is_refused_an_offer_without_marketing_consent_and_edits_needs()
    {
        var (_, guestId) = await CaseForAsync("杜鹃", NewPhone());
        var withdrawn = await fx.Api("agent").PostAsJsonAsync($"/api/v1/guests/{guestId}/consents",
            new { purpose = "marketing", granted = false, source = "phone" }, JsonSerializerOptions.Web);
        Assert.True(withdrawn.IsSuccessStatusCode, await withdrawn.Content.ReadAsStringAsync());

        var agent = await fx.NewPageAsync();
        await agent.SignInAsync("agent", $"/guests/{guestId}");
        await agent.WaitForSelectorAsync("[data-consent=Marketing][data-granted=false]");
        await agent.FillAsync("[data-testid=care-note] input, input[data-testid=care-note]", "国庆节问候");
        await agent.ClickUntilAsync("[data-testid=care-add]:not([disabled])", "[data-care][data-outcome=Pending]");
        await agent.PickAsync("care-outcome", "已接受");
        await agent.WaitForSelectorAsync("[data-care][data-outcome=Accepted]");

        await agent.PickAsync("care-kind", "优惠");
        await agent.FillAsync("[data-testid=care-note] input, input[data-testid=care-note]", "房费八折");
        await agent.ClickAsync("[data-testid=care-add]:not([disabled])");
        await agent.WaitForSelectorAsync(".mud-snackbar:has-text(\"撤回营销同意\")");
        Assert.Equal(1, await agent.Locator("[data-care]").CountAsync());

        await agent.ClickUntilAsync("[data-testid=edit-profile]", "[data-need=Mobility]");
        await agent.ClickAsync(".mud-dialog label:has-text(\"行动不便\")");
        await agent.ClickAsync("[data-testid=save-profile]");
        await agent.WaitForSelectorAsync("[data-testid=special-need]:has-text(\"行动不便\")");

        var guest = JsonNode.Parse(await fx.Api().GetStringAsync($"/api/v1/guests/{guestId}"))!;
        var care = Assert.Single(guest["careActions"]!.AsArray())!;
        Assert.Equal("accepted", care["outcome"]!.ToString(), ignoreCase: true);
        Assert.Contains("mobility", guest["specialNeeds"]!.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
