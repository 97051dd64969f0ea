using System.Text.Json.Nodes;
using GuestLoop.Browser.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace GuestLoop.Browser.Tests.Features.WorkOrders;

/// <summary>A server whose escalation round runs every second, so a late order is noticed while the test watches.</summary>
public sealed class FastEscalationFixture : BrowserFixture
{
    protected override IReadOnlyDictionary<string, string> ExtraSettings { get; } = new Dictionary<string, string>
    {
        ["GuestLoop__Escalation__IntervalSeconds"] = "1",
    };
}

/// <summary>
/// An order nobody accepts goes past its response target: the supervisor (the head of the type's department) finds one
/// notice of it in the workspace, and one only however many rounds pass; it leads to the order on the board.
/// </summary>
public class WorkOrderEscalationBrowserTests(FastEscalationFixture fx) : IClassFixture<FastEscalationFixture>
{
    [SkippableFact]
    public async Task A_late_order_reaches_the_supervisor_once_and_leads_to_the_order()
    {
        var page = await fx.NewPageAsync();
        // A type of the housekeeping department (head: the demo's floor supervisor, agent) whose skill nobody has: the order stays unaccepted.
        var departments = JsonNode.Parse(await fx.Api().GetStringAsync("/api/v1/departments"))!.AsArray();
        var housekeeping = departments.Single(d => d!["name"]!.GetValue<string>() == "客房部")!["id"]!.GetValue<Guid>();
        var code = "late-" + Guid.NewGuid().ToString("N")[..6];
        await fx.Api("manager").PostOkAsync("/api/v1/work-orders/types", new
        {
            property = "DEMO-HOTEL", code, name = "迷你吧补货 " + code, departmentId = housekeeping, skill = code, responseMinutes = 30, completionMinutes = 60,
        });
        var order = await WorkOrderScenes.OpenAsync(fx, "clerk", code, "1811");
        var id = order["id"]!.GetValue<Guid>();
        var number = order["number"]!.GetValue<string>();
        Assert.Equal("open", order["state"]!.GetValue<string>());

        // Its response target passed a minute ago (the clock cannot be moved in a running server; the stored target can).
        using (var db = new SqliteConnection($"Data Source={fx.DatabasePath}"))
        {
            db.Open();
            using var late = db.CreateCommand();
            late.CommandText = "UPDATE work_orders SET ResponseDueAt = $due WHERE upper(Id) = upper($id)";
            late.Parameters.AddWithValue("$due", DateTimeOffset.UtcNow.AddMinutes(-1).UtcTicks);
            late.Parameters.AddWithValue("$id", id.ToString());
            Assert.Equal(1, late.ExecuteNonQuery());
        }

        await page.SignInAsync("agent", "/notifications");
        var rows = page.Locator("[data-testid=notifications] tbody tr").Filter(new() { HasText = number });
        for (var tries = 0; tries < 20 && await rows.CountAsync() == 0; tries++)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }

        await Assertions.Expect(rows).ToHaveCountAsync(1);
        // Five more rounds: still one.
        await Task.Delay(5_000);
        await page.ReloadAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        Assert.Contains("工单", await rows.InnerTextAsync());

        await rows.Locator("a").First.ClickAsync();
        await page.WaitForURLAsync($"**/work-orders?id={id}");
        await Assertions.Expect(page.Locator($"[data-testid=wo-detail][data-id='{id}']")).ToBeVisibleAsync(new() { Timeout = 20_000 });

        // The duty manager heard of the missed target too, once.
        var managerInbox = JsonNode.Parse(await fx.Api("manager").GetStringAsync("/api/v1/notifications"))!;
        var items = (managerInbox as JsonArray ?? managerInbox["items"]!.AsArray()).Where(n => n!["caseNumber"]?.GetValue<string>() == number).ToList();
        Assert.Single(items);
    }
}
