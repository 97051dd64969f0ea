using System.Text.Json.Nodes;

namespace GuestLoop.Web.Tests.Features.Operations;

/// <summary>
/// Real values for an operation's path parameters, found in the demo data through the GET endpoints: the first item
/// listed by the collection the parameter names (<c>/cases</c> for <c>/cases/{id}</c>), a demo code for codes; where
/// the API lists no such collection, <paramref name="stored"/> reads one from the database.
/// </summary>
public sealed class PathValues(HttpClient api, Func<string, Task<string?>> stored)
{
    private readonly Dictionary<string, string?> _firstIds = [];

    public async Task<string> FillAsync(string template, JsonNode operation, bool unknown = false)
    {
        var segments = template.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (!segments[i].StartsWith('{'))
            {
                continue;
            }

            var name = segments[i].Trim('{', '}');
            var format = (operation["parameters"] as JsonArray)?
                .FirstOrDefault(p => p?["name"]?.GetValue<string>() == name)?["schema"]?["format"]?.GetValue<string>();
            var collection = string.Join('/', segments[..i]);
            segments[i] = (name, segments[i - 1]) switch
            {
                _ when unknown && format == "uuid" => Guid.NewGuid().ToString(),
                (_, "properties") => "DEMO-HOTEL",
                (_, "calendars") => unknown ? "no-such-calendar" : "cn",
                (_, "policies") when format != "uuid" => unknown ? "no-such-policy" : "tourism-standard",
                _ when format == "uuid" => await FirstIdAsync(collection) ?? Guid.NewGuid().ToString(),
                _ when format is "int32" or "int64" => "1",
                _ => await FirstIdAsync(collection) ?? "demo",
            };
        }

        return string.Join('/', segments);
    }

    public async Task<string?> FirstIdAsync(string collection)
    {
        if (_firstIds.TryGetValue(collection, out var known))
        {
            return known;
        }

        var id = await stored(collection);
        using var response = await api.GetAsync(collection);
        if (id is null && response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "application/json")
        {
            var json = JsonNode.Parse(await response.Content.ReadAsStringAsync());
            var items = json as JsonArray ?? json?["items"] as JsonArray;
            id = items?.Select(x => x?["id"] ?? x?["code"]).FirstOrDefault(x => x is not null)?.ToString();
        }

        _firstIds[collection] = id;
        return id;
    }
}
