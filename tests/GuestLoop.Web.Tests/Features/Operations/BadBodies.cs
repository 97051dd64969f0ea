using System.Text;
using System.Text.Json.Nodes;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Operations;

/// <summary>
/// One generated request body: what it tries, its content type and its bytes (null: no body at all). A body that
/// <see cref="MustBeRefused"/> leaves out a list or object a PUT replaces (never to be read as "empty"), or carries
/// a free text longer than any the API stores.
/// </summary>
public sealed record BadBody(string Label, string? ContentType, string? Text, bool MustBeRefused = false);

/// <summary>
/// Bodies generated from an operation's request schema in the OpenAPI document: a valid-looking one, then that one
/// broken in every way a careless or hostile client breaks it.
/// </summary>
public sealed class BadBodies(JsonNode document, IReadOnlyDictionary<string, JsonObject> examples)
{
    public const int HugeLength = 1_000_000;

    /// <summary>Longer than any free text the API takes, yet well under the 1 MiB body limit: it must be refused by a field rule.</summary>
    public const int LongLength = 50_000;
    private const string Json = "application/json";
    private static readonly string[] ExtremeDates = ["0001-01-01", "9999-12-31T23:59:59Z", "abc", "1899-12-31T00:00:00Z", "2999-01-01"];

    public IReadOnlyList<BadBody> For(string template, JsonNode operation, bool replaces)
    {
        var content = operation["requestBody"]?["content"]?.AsObject();
        var multipart = content is not null && content.Any(c => c.Key.StartsWith("multipart/", StringComparison.Ordinal));
        var schema = content?.FirstOrDefault(c => c.Key.Contains("json", StringComparison.Ordinal)).Value?["schema"]
            ?? content?.FirstOrDefault().Value?["schema"];
        var resolved = schema is null ? null : Resolve(schema);
        var baseBody = examples.TryGetValue(template, out var example) ? example.DeepClone()
            : schema is null ? new JsonObject() : OpenApiOperations.Sample(OpenApiOperations.Resolve(document, schema)) ?? new JsonObject();

        var bodies = new List<BadBody>
        {
            new("valid-looking", Json, baseBody.ToJsonString()),
            new("no body", null, null),
            new("empty json body", Json, ""),
            new("null", Json, "null"),
            new("empty object", Json, "{}"),
            new("empty array", Json, "[]"),
            new("array of nulls", Json, "[null,null]"),
            new("number", Json, "42"),
            new("string", Json, "\"text\""),
            new("true", Json, "true"),
            new("not json", Json, "this is { not json"),
            new("truncated json", Json, baseBody.ToJsonString()[..Math.Max(1, baseBody.ToJsonString().Length / 2)]),
            new("text/plain", "text/plain", baseBody.ToJsonString()),
            new("form-urlencoded", "application/x-www-form-urlencoded", "a=1&b=2"),
            new("deeply nested", Json, new string('[', 5000) + new string(']', 5000)),
            new("deeply nested object", Json, string.Concat(Enumerable.Repeat("{\"a\":", 500)) + "1" + new string('}', 500)),
            new("huge unknown field", Json, new JsonObject { ["zzz"] = new string('x', HugeLength) }.ToJsonString()),
            new("invalid utf-8", Json, "{\"a\":\"\udc00\"}"),
        };
        if (multipart)
        {
            bodies.Add(new("empty multipart", "multipart/form-data; boundary=b", "--b--\r\n"));
            bodies.Add(new("multipart without boundary", "multipart/form-data", "garbage"));
            bodies.Add(new("broken multipart", "multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nx,y"));
        }

        if (baseBody is JsonObject obj && resolved is not null)
        {
            var properties = Properties(resolved);
            var required = Required(resolved);
            foreach (var (name, propSchema) in properties)
            {
                var prop = Resolve(propSchema);
                bodies.Add(With(obj, name, $"{name}: null", null));
                bodies.Add(With(obj, name, $"{name}: wrong type", WrongType(prop)));
                bodies.Add(With(obj, name, $"{name}: object", new JsonObject { ["x"] = 1 }));
                bodies.Add(With(obj, name, $"{name}: huge string", new string('字', HugeLength)));
                bodies.Add(With(obj, name, $"{name}: long string", new string('x', LongLength)) with { MustBeRefused = IsType(prop, "string") || prop["type"] is null });
                var replaced = replaces && (IsType(prop, "array") || IsType(prop, "object"));
                bodies.Add(Without(obj, name, $"{name}: missing{(required.Contains(name) ? " (required)" : "")}") with { MustBeRefused = replaced });
                bodies.Add(Renamed(obj, name, $"{name}: misspelt") with { MustBeRefused = replaced });
                if (IsType(prop, "array"))
                {
                    bodies.Add(With(obj, name, $"{name}: [null]", new JsonArray((JsonNode?)null)));
                    bodies.Add(With(obj, name, $"{name}: [null, valid]", new JsonArray(null, OpenApiOperations.Sample(OpenApiOperations.Resolve(document, prop["items"] ?? new JsonObject()), name, 1))));
                    bodies.Add(With(obj, name, $"{name}: nested arrays", new JsonArray(new JsonArray(new JsonArray()))));
                }

                if (IsType(prop, "string"))
                {
                    foreach (var date in ExtremeDates)
                    {
                        bodies.Add(With(obj, name, $"{name}: {date}", date));
                    }

                    bodies.Add(With(obj, name, $"{name}: empty", ""));
                    bodies.Add(With(obj, name, $"{name}: control characters", "a\u0000b\u0007c\r\n"));
                }

                if (IsType(prop, "integer") || IsType(prop, "number"))
                {
                    foreach (var number in new[] { "-1", "0", "-2147483649", "99999999999999999999999", "1e308", "0.5", "-0.0" })
                    {
                        bodies.Add(With(obj, name, $"{name}: {number}", JsonNode.Parse(number)));
                    }

                    bodies.Add(With(obj, name, $"{name}: \"12\"", "12"));
                }

                if (IsType(prop, "boolean"))
                {
                    bodies.Add(With(obj, name, $"{name}: \"yes\"", "yes"));
                    bodies.Add(With(obj, name, $"{name}: 1", 1));
                }
            }

            var allNull = new JsonObject();
            foreach (var (name, _) in properties)
            {
                allNull[name] = null;
            }

            bodies.Add(new("every property null", Json, allNull.ToJsonString()));
            var onlyRequired = new JsonObject();
            foreach (var name in required.Where(obj.ContainsKey))
            {
                onlyRequired[name] = obj[name]?.DeepClone();
            }

            bodies.Add(new("only the required properties", Json, onlyRequired.ToJsonString()));
            bodies.Add(new("base body twice in an array", Json, new JsonArray(obj.DeepClone(), obj.DeepClone()).ToJsonString()));
            bodies.Add(new("duplicate property", Json, obj.Count == 0 ? "{\"a\":1,\"a\":2}" : DuplicateFirst(obj)));
        }

        if (baseBody is JsonArray)
        {
            bodies.Add(new("array: [null]", Json, "[null]"));
            bodies.Add(new("array: [1, \"a\", {}]", Json, "[1,\"a\",{}]"));
            bodies.Add(new("array: huge string", Json, new JsonArray(new string('x', HugeLength)).ToJsonString()));
        }

        // Never fewer than 30: fill with wrong top-level values.
        var filler = 0;
        while (bodies.Count < 30)
        {
            filler++;
            bodies.Add(new($"filler {filler}", Json, filler % 2 == 0 ? $"{{\"{filler}\":[null,{{}},-1e308]}}" : $"[{filler},\"{new string('y', filler * 1000)}\"]"));
        }

        return bodies;
    }

    private JsonNode Resolve(JsonNode schema)
    {
        for (var i = 0; i < 20 && schema["$ref"] is { } reference; i++)
        {
            var path = reference.GetValue<string>().TrimStart('#', '/').Split('/');
            var node = document;
            foreach (var part in path)
            {
                node = node[part]!;
            }

            schema = node;
        }

        var choices = schema["oneOf"] ?? schema["anyOf"] ?? schema["allOf"];
        if (choices is JsonArray { Count: > 0 } array && schema["properties"] is null)
        {
            var first = array.FirstOrDefault(c => c?["type"]?.ToString() != "null") ?? array[0]!;
            return Resolve(first!);
        }

        return schema;
    }

    private static bool IsType(JsonNode schema, string type) => schema["type"] switch
    {
        JsonArray types => types.Any(t => t?.GetValue<string>() == type),
        JsonValue value => value.GetValue<string>() == type,
        _ => false,
    };

    private IEnumerable<(string Name, JsonNode Schema)> Properties(JsonNode schema) =>
        schema["properties"] is JsonObject properties ? properties.Select(p => (p.Key, p.Value!)) : [];

    private static HashSet<string> Required(JsonNode schema) =>
        schema["required"] is JsonArray required ? required.Select(r => r!.GetValue<string>()).ToHashSet() : [];

    private static JsonNode? WrongType(JsonNode schema) =>
        IsType(schema, "string") ? 12345 :
        IsType(schema, "array") ? new JsonObject { ["a"] = 1 } :
        IsType(schema, "object") ? new JsonArray(1, 2) :
        IsType(schema, "boolean") ? "not a boolean" :
        "not a number";

    private static BadBody With(JsonObject baseBody, string name, string label, JsonNode? value)
    {
        var body = baseBody.DeepClone().AsObject();
        body[name] = value;
        return new(label, Json, body.ToJsonString());
    }

    private static BadBody Without(JsonObject baseBody, string name, string label)
    {
        var body = baseBody.DeepClone().AsObject();
        body.Remove(name);
        return new(label, Json, body.ToJsonString());
    }

    private static BadBody Renamed(JsonObject baseBody, string name, string label)
    {
        var body = baseBody.DeepClone().AsObject();
        var value = body[name]?.DeepClone();
        body.Remove(name);
        body[name.Length > 1 ? name[..^1] : name + "x"] = value;
        return new(label, Json, body.ToJsonString());
    }

    private static string DuplicateFirst(JsonObject baseBody)
    {
        var text = new StringBuilder(baseBody.ToJsonString());
        var first = baseBody.First();
        text.Insert(1, $"\"{first.Key}\":{new JsonArray(1).ToJsonString()},");
        return text.ToString();
    }
}
