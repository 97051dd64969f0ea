using System.Text.Json.Nodes;

namespace GuestLoop.Web.Tests.Infrastructure;

/// <summary>One operation of the OpenAPI document: method, path template, id, and the JSON schema of its body if it takes one.</summary>
public sealed record OpenApiOperation(string Method, string Path, string Id, JsonNode? BodySchema, bool Multipart)
{
    public IReadOnlyList<string> PathParameters =>
        Path.Split('/').Where(s => s.StartsWith('{')).Select(s => s.Trim('{', '}').Split(':')[0]).ToList();

    public override string ToString() => $"{Method} {Path} ({Id})";
}

/// <summary>Reads every operation of the served OpenAPI document and makes plausible sample bodies from its schemas.</summary>
public static class OpenApiOperations
{
    public static async Task<IReadOnlyList<OpenApiOperation>> ReadAsync(GuestLoopApp app)
    {
        var doc = await (await app.CreateClient().GetAsync("/openapi/v1.json")).JsonAsync();
        var operations = new List<OpenApiOperation>();
        foreach (var (path, item) in doc["paths"]!.AsObject())
        {
            foreach (var (method, op) in item!.AsObject())
            {
                if (method is "parameters" or "summary" or "description")
                {
                    continue;
                }

                var content = op!["requestBody"]?["content"]?.AsObject();
                var json = content?.FirstOrDefault(c => c.Key.Contains("json", StringComparison.Ordinal)).Value?["schema"];
                var multipart = content?.Any(c => c.Key.StartsWith("multipart/", StringComparison.Ordinal)) == true;
                operations.Add(new OpenApiOperation(method.ToUpperInvariant(), path, op["operationId"]?.GetValue<string>() ?? path,
                    json is null ? null : Resolve(doc, json), multipart));
            }
        }

        return operations;
    }

    /// <summary>The schema with every $ref replaced by its definition (cut off after a number of hops, for recursive schemas).</summary>
    public static JsonNode Resolve(JsonNode doc, JsonNode schema, int hops = 0)
    {
        if (schema is JsonObject o && o["$ref"]?.GetValue<string>() is { } reference)
        {
            return hops > 6
                ? new JsonObject()
                : Resolve(doc, reference.TrimStart('#', '/').Split('/').Aggregate(doc, (node, part) => node[part]!), hops + 1);
        }

        return schema switch
        {
            JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Resolve(doc, p.Value, hops)))),
            JsonArray arr => new JsonArray(arr.Select(n => n is null ? null : Resolve(doc, n, hops)).ToArray()),
            _ => schema.DeepClone(),
        };
    }

    /// <summary>The schema's types ("type" may be a name or a list in OpenAPI 3.1), without null.</summary>
    public static IReadOnlyList<string> Types(JsonNode? schema) => schema?["type"] switch
    {
        JsonValue v => [v.ToString()],
        JsonArray a => a.Select(t => t?.ToString() ?? "null").Where(t => t != "null").ToList(),
        _ => schema?["oneOf"] is JsonArray one ? one.SelectMany(Types).ToList()
            : schema?["anyOf"] is JsonArray any ? any.SelectMany(Types).ToList()
            : schema?["properties"] is not null ? ["object"] : [],
    };

    /// <summary>A body a careful client would send: each property filled with a plausible value for its name and type.</summary>
    public static JsonNode? Sample(JsonNode? schema, string name = "", int depth = 0)
    {
        if (schema is null || depth > 6)
        {
            return null;
        }

        if (schema["enum"] is JsonArray values && values.FirstOrDefault(v => v is not null) is { } first)
        {
            return first.DeepClone();
        }

        if (depth <= 1 && Known(name) is { } known)
        {
            return known;
        }

        // A nullable or polymorphic schema: the first alternative that is not null.
        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema[combinator] is JsonArray alternatives
                && alternatives.FirstOrDefault(a => a is not null && !Types(a).SequenceEqual(["null"]) && Types(a).Count > 0) is { } chosen)
            {
                return Sample(chosen, name, depth);
            }
        }

        var types = Types(schema);
        var format = schema["format"]?.GetValue<string>();
        if (types.Contains("object") || schema["properties"] is not null)
        {
            var obj = new JsonObject();
            foreach (var (property, propertySchema) in schema["properties"]?.AsObject() ?? [])
            {
                obj[property] = Sample(propertySchema, property, depth + 1);
            }

            return obj;
        }

        if (types.Contains("array"))
        {
            return new JsonArray(Sample(schema["items"], name, depth + 1));
        }

        if (types.Contains("integer") || types.Contains("number"))
        {
            return 1;
        }

        if (types.Contains("boolean"))
        {
            return false;
        }

        return format switch
        {
            "date-time" => DateTimeOffset.UtcNow.AddHours(-1).ToString("O"),
            "date" => DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)).ToString("yyyy-MM-dd"),
            "uuid" => Guid.NewGuid().ToString(),
            _ => "测试内容",
        };
    }

    private static JsonNode? Known(string name) => name.ToLowerInvariant() switch
    {
        "property" or "propertycode" => "DEMO-HOTEL",
        "email" => "guest@example.com",
        "phone" => "13800138000",
        "kind" => "complaint",
        "channel" => "phone",
        "category" => "hygiene",
        "severity" => "general",
        "way" => "email",
        "object" => "service",
        "satisfaction" or "csat" => 5,
        "field" => "phone",
        "currency" => "CNY",
        "amount" => 100,
        "basis" => "otherLoss",
        "method" => "cash",
        "businessmatter" => true,
        _ => null,
    };
}
