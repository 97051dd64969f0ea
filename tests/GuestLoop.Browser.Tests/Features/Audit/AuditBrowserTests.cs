using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuestLoop.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GuestLoop.Browser.Tests.Features.Audit;

/// <summary>The audit log reads as words: who approved compensation on which case, by the case's number, and what changed.</summary>
[Collection(SharedBrowser.Name)]
public class AuditBrowserTests(BrowserFixture fx)
{
    [SkippableFact]
    public async Task An_approved_compensation_reads_as_the_head_approving_it_on_the_case_by_its_number()
    {
        var created = await fx.Api().PostOkAsync("/api/v1/cases", new
        {
            kind = "complaint", channel = "phone", property = "DEMO-HOTEL", title = "洗衣服务损坏衬衫",
            description = "送洗的衬衫领口被烫坏。", customer = new { name = "孙悦", phone = "13600003333" },
        });
        var caseId = created["id"]!.GetValue<Guid>();
        var number = created["number"]!.GetValue<string>();
        var compensation = (await fx.Api("agent").PostOkAsync($"/api/v1/cases/{caseId}/compensations",
            new { basis = "propertyLoss", scope = "按衬衫原价赔偿", method = "cash", amount = 400m }))["id"]!.GetValue<string>();
        await fx.Api("head").PostOkAsync($"/api/v1/compensations/{compensation}/approve", new { note = "同意" });

        var admin = await fx.NewPageAsync();
        await admin.SignInAsync("admin", "/admin/audit");
        await admin.Field("audit-search").FillAsync(number);
        var row = admin.Locator("[data-testid=audit-table] tr", new() { Has = admin.Locator("[data-action=\"compensation.approve\"]") });
        await row.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

        var summary = await row.First.Locator("[data-testid=audit-summary]").InnerTextAsync();
        Assert.Contains("陈静", summary);
        Assert.Contains("批准了赔偿", summary);
        Assert.Contains($"案件 {number}", summary);
        Assert.DoesNotContain(compensation, await row.First.InnerTextAsync());
        Assert.DoesNotContain("compensation.approve", await row.First.InnerTextAsync());
        Assert.Equal($"/cases/{caseId}", await row.First.Locator("[data-testid=audit-subject] a").GetAttributeAsync("href"));

        // The search reloads the rows a moment after typing, and a reloaded row starts closed, so the details may need a
        // second click; but the button toggles, so it is clicked again only while no details are open (a slow answer to
        // the first click must not be closed by the second).
        // A reload can also close the details after they opened, so the loop waits for the changed field itself.
        var details = "[data-testid=audit-table] tr:has([data-action=\"compensation.approve\"]) [data-testid=audit-details]";
        var state = "[data-testid=audit-changes] tr[data-field=state]";
        for (var i = 0; i < 10 && await admin.Locator(state).CountAsync() == 0; i++)
        {
            if (await admin.Locator("[data-testid=audit-changes]").CountAsync() == 0)
            {
                await admin.ClickAsync(details);
            }

            try
            {
                await admin.WaitForSelectorAsync(state, new() { Timeout = 3_000 });
            }
            catch (TimeoutException)
            {
                // The click fell on a row the reload replaced, or the reload closed the details; open the new row's.
            }
        }

        Assert.Contains("状态", await admin.InnerTextAsync(state));
    }

    [SkippableFact]
    public async Task The_kind_filter_offers_translated_names()
    {
        var api = fx.Api();
        var policy = await api.GetStringAsync("/api/v1/policies/scenic-manual");
        using var body = new StringContent(policy, System.Text.Encoding.UTF8, "application/json");
        Assert.True((await api.PutAsync("/api/v1/policies/scenic-manual", body)).IsSuccessStatusCode);

        var admin = await fx.NewPageAsync();
        await admin.SignInAsync("admin", "/admin/audit");
        await admin.PickAsync("audit-entity", "时限政策");
        var action = admin.Locator("[data-testid=audit-table] [data-testid=audit-action]").First;
        await action.WaitForAsync();
        Assert.All(await admin.Locator("[data-testid=audit-table] [data-testid=audit-subject]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.kind)"),
            kind => Assert.Equal("policy", kind));
        Assert.Contains("修改了时限政策", await action.InnerTextAsync());
    }
}
