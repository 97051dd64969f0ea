using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuestLoop.Domain.Intake;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Intake;

/// <summary>A platform as the tests play it: an integration made by the administrator, and signed calls to its webhook.</summary>
public sealed record WebhookClient(GuestLoopApp App, Guid Id, string Secret)
{
    public static async Task<WebhookClient> CreateAsync(GuestLoopApp app, string kind, string property = "DEMO-HOTEL")
    {
        var response = await app.Api().PostJsonAsync("/api/v1/integrations", new { name = kind + " " + Guid.NewGuid().ToString("N")[..8], kind, property });
        var json = await response.JsonAsync();
        Assert.True(response.IsSuccessStatusCode, json.ToJsonString());
        return new WebhookClient(app, json["id"]!.GetValue<Guid>(), json["secret"]!.GetValue<string>());
    }

    public static string Body(string externalRef, object? regulator = null) => JsonSerializer.Serialize(new
    {
        title = "携程点评：房间有异味",
        description = "入住后房间有明显烟味，要求换房未果。",
        occurredAt = DateTimeOffset.UtcNow.AddDays(-2).ToString("O"),
        customer = new { name = "李娜", phone = "13900139000", email = "lina@example.com" },
        externalRef,
        regulator,
    }, JsonSerializerOptions.Web);

    public async Task<HttpResponseMessage> PostAsync(string body, DateTimeOffset? at = null, string? secret = null, string? signedBody = null)
    {
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds();
        var request = Request(body, timestamp.ToString(CultureInfo.InvariantCulture),
            WebhookSignature.Compute(secret ?? Secret, timestamp, Encoding.UTF8.GetBytes(signedBody ?? body)));
        return await App.CreateClient().SendAsync(request);
    }

    public static HttpRequestMessage Request(Guid id, string body, string timestamp, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/webhooks/{id}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-GuestLoop-Timestamp", timestamp);
        request.Headers.Add("X-GuestLoop-Signature", signature);
        return request;
    }

    public HttpRequestMessage Request(string body, string timestamp, string signature) => Request(Id, body, timestamp, signature);

    public static async Task<JsonNode> CaseAsync(HttpResponseMessage response)
    {
        var json = await response.JsonAsync();
        Assert.True(response.IsSuccessStatusCode, json.ToJsonString());
        return json;
    }
}
