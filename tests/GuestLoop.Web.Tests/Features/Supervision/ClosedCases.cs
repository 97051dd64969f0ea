using System.Net;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Supervision;

/// <summary>Cases walked to closed through the API, for the tests that need closed cases.</summary>
public static class ClosedCases
{
    /// <summary>A suggestion received, triaged, answered and closed now; returns its id.</summary>
    public static async Task<Guid> SuggestionAsync(GuestLoopApp app, string property, string title)
    {
        var created = await app.Api().PostJsonAsync("/api/v1/cases", new
        {
            kind = "suggestion", channel = "web", property, title, description = "建议增加自助入住机。",
            customer = new { name = "张伟", phone = "13800138000" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await created.JsonAsync();
        var id = json["id"]!.GetValue<Guid>();
        var agent = app.Api("head");
        await Step(agent, id, "triage", new { category = "serviceQuality", severity = "general" });
        await Step(agent, id, "reply", new { text = "感谢张伟先生的建议，我们已采纳。" });
        await Step(agent, id, "close", new { summary = "建议已采纳" });
        return id;
    }

    public static async Task Step(HttpClient client, Guid id, string step, object body)
    {
        var response = await client.PostJsonAsync($"/api/v1/cases/{id}/{step}", body);
        Assert.True(response.IsSuccessStatusCode, $"{step}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task<string> TrackingTokenAsync(GuestLoopApp app, Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        return await db.Cases.Where(c => c.Id == id).Select(c => c.TrackingToken).SingleAsync();
    }

    /// <summary>This month as the demo properties count it (Asia/Shanghai).</summary>
    public static string ThisMonth()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        return TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).ToString("yyyy-MM");
    }
}
