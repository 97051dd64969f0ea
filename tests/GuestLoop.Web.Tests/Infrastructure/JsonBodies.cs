using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GuestLoop.Web.Tests.Infrastructure;

public static class JsonBodies
{
    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("Empty body.");
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, JsonSerializerOptions.Web);

    /// <summary>A complaint in the demo hotel, as an integration would send it.</summary>
    public static object Complaint(string title = "客房空调不制冷", string property = "DEMO-HOTEL") => new
    {
        kind = "complaint",
        channel = "phone",
        property,
        title,
        description = "入住1208房间后空调一直吹热风，前台报修两次仍未解决。",
        customer = new { name = "张伟", phone = "13800138000", email = "zhangwei@example.com" },
        demands = "尽快维修或更换房间",
    };
}
