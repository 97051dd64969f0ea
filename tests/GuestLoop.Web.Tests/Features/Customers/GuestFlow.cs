using System.Net;
using System.Text.Json.Nodes;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Customers;

/// <summary>Guests made through cases sent by an integration, and looks into their profiles and the audit log.</summary>
public static class GuestFlow
{
    /// <summary>A mobile number no other test uses.</summary>
    public static string NewPhone() => "139" + Random.Shared.Next(10_000_000, 99_999_999).ToString();

    public static async Task<JsonNode> CaseForAsync(this GuestLoopApp app, string phone, string name = "刘洋", string property = "DEMO-HOTEL",
        string? idNumber = null, string kind = "complaint", string? email = null)
    {
        var response = await app.Api().PostJsonAsync("/api/v1/cases", new
        {
            kind,
            channel = "phone",
            property,
            title = "退房时押金未退",
            description = "退房三天押金仍未退回。",
            customer = new { name, phone, email, idNumber },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public static async Task<Guid> GuestIdAsync(this GuestLoopApp app, Guid caseId) =>
        (await (await app.Api().GetAsync($"/api/v1/cases/{caseId}")).JsonAsync())["guestId"]!.GetValue<Guid>();

    public static async Task<JsonNode> GuestAsync(this GuestLoopApp app, Guid guestId, string? user = null)
    {
        var response = await app.Api(user).GetAsync($"/api/v1/guests/{guestId}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public static async Task<JsonArray> FindGuestsAsync(this GuestLoopApp app, string q, string? user = null)
    {
        var response = await app.Api(user).GetAsync($"/api/v1/guests?q={Uri.EscapeDataString(q)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync())["items"]!.AsArray();
    }

    public static async Task<List<string>> GuestAuditAsync(this GuestLoopApp app, string entity, string key)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        return (await db.AuditLog.AsNoTracking().Where(e => e.Entity == entity && e.EntityKey == key).ToListAsync())
            .OrderBy(e => e.At).Select(e => e.Action).ToList();
    }
}
