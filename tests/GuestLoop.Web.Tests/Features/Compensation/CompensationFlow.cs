using System.Net;
using System.Text.Json.Nodes;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Compensation;

/// <summary>Cases, compensations and remedies made through the API, and a look into the stored audit log.</summary>
public static class CompensationFlow
{
    public static async Task<Guid> NewCaseAsync(this GuestLoopApp app, string property = "DEMO-HOTEL")
    {
        var response = await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint("行李箱在寄存时损坏", property));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync())["id"]!.GetValue<Guid>();
    }

    public static async Task<JsonNode> ProposeAsync(this GuestLoopApp app, Guid caseId, decimal amount, string method = "cash", string basis = "propertyLoss")
    {
        var response = await app.Api("agent").PostJsonAsync($"/api/v1/cases/{caseId}/compensations",
            new { basis, scope = "行李箱外壳破裂，按维修价赔偿", method, amount });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public static async Task<JsonNode> CompensationStepAsync(this GuestLoopApp app, Guid id, string step, string user = "head", object? body = null)
    {
        var response = await app.Api(user).PostJsonAsync($"/api/v1/compensations/{id}/{step}", body ?? new { });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{step}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public static async Task<JsonArray> CompensationsAsync(this GuestLoopApp app, Guid caseId) =>
        (await (await app.Api("head").GetAsync($"/api/v1/cases/{caseId}/compensations")).JsonAsync()).AsArray();

    public static async Task<JsonNode> LedgerAsync(this GuestLoopApp app, string query = "property=DEMO-HOTEL", string user = "head")
    {
        var response = await app.Api(user).GetAsync($"/api/v1/compensation-ledger?{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public static async Task<List<string>> HistoryActionsAsync(this GuestLoopApp app, Guid caseId) =>
        (await (await app.Api().GetAsync($"/api/v1/cases/{caseId}")).JsonAsync())["history"]!.AsArray()
        .Select(h => h!["action"]!.GetValue<string>()).ToList();

    public static async Task<List<string>> AuditActionsAsync(this GuestLoopApp app, Guid compensationId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var key = compensationId.ToString();
        return (await db.AuditLog.AsNoTracking().Where(e => e.Entity == "compensation" && e.EntityKey == key).ToListAsync())
            .OrderBy(e => e.At).Select(e => e.Action).ToList();
    }

    public static async Task<Guid> DemoEnterpriseIdAsync(this GuestLoopApp app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        return await db.Properties.Where(p => p.Code == "DEMO-HOTEL").Select(p => p.EnterpriseId).SingleAsync();
    }

    /// <summary>A cookie-signed-in workspace client, as a member of staff's browser would be.</summary>
    public static async Task<HttpClient> SignInAsync(this GuestLoopApp app, string userName)
    {
        var browser = app.Browser();
        var form = await browser.GetStringAsync("/account/login");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["userName"] = userName, ["password"] = "GuestLoop!2026", ["returnUrl"] = "/",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    public static decimal Decimal(this JsonNode? node) => node!.GetValue<decimal>();
}
