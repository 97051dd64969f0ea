using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GuestLoop.Browser.Tests.Infrastructure;

/// <summary>The API calls a browser test makes to set the scene, written once.</summary>
public static class ApiCalls
{
    /// <summary>Posts a JSON body, fails the test with the answer when it is not a success, and returns the answer's JSON.</summary>
    public static async Task<JsonNode> PostOkAsync(this HttpClient api, string url, object body)
    {
        var response = await api.PostAsJsonAsync(url, body, JsonSerializerOptions.Web);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }
}
