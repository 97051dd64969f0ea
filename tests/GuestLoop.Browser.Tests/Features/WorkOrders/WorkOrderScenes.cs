using System.Text.Json.Nodes;
using GuestLoop.Browser.Tests.Infrastructure;

namespace GuestLoop.Browser.Tests.Features.WorkOrders;

/// <summary>The API calls the work-order browser tests make to set the scene.</summary>
internal static class WorkOrderScenes
{
    /// <summary>Opens an order at the demo hotel as <paramref name="by"/>, given by that supervisor to <paramref name="assignee"/>.</summary>
    public static async Task<JsonNode> OpenAsync(BrowserFixture fx, string by, string type, string location, string? assignee = null,
        string priority = "normal")
    {
        Guid? assigneeId = assignee is null ? null : await StaffIdAsync(fx, assignee);
        return await fx.Api(by).PostOkAsync("/api/v1/work-orders", new
        {
            property = "DEMO-HOTEL", type, location, description = "测试：" + location, priority, channel = "phone", assigneeId,
        });
    }

    public static async Task<JsonNode> GetAsync(BrowserFixture fx, Guid id)
    {
        var response = await fx.Api("head").GetAsync($"/api/v1/work-orders/{id}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!;
    }

    private static async Task<Guid> StaffIdAsync(BrowserFixture fx, string userName)
    {
        var staff = JsonNode.Parse(await fx.Api().GetStringAsync("/api/v1/staff"))!.AsArray();
        return staff.Single(s => s!["userName"]!.GetValue<string>() == userName)!["id"]!.GetValue<Guid>();
    }
}
