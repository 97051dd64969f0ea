using System.Text.Json;

namespace GuestLoop.Web.Features.Audit;

/// <summary>One field of an audited change: its value before and after, as text; null where the entry has no such side.</summary>
public sealed record AuditChange(string Field, string? Before, string? After);

/// <summary>
/// Reads the before and after JSON of an entry as the fields that changed: for an edit only those that differ, for a
/// creation or a removal every field there is. A value that is not an object (a word list, a note) is one field, "".
/// </summary>
public static class AuditChanges
{
    public static IReadOnlyList<AuditChange> Of(AuditEntry entry) => Between(entry.Before, entry.After);

    public static IReadOnlyList<AuditChange> Between(string? before, string? after)
    {
        var old = Fields(before);
        var @new = Fields(after);
        var fields = old.Keys.Concat(@new.Keys).Distinct(StringComparer.Ordinal);
        var changes = new List<AuditChange>();
        foreach (var field in fields)
        {
            var was = old.GetValueOrDefault(field);
            var now = @new.GetValueOrDefault(field);
            if (before is not null && after is not null && was == now)
            {
                continue;
            }

            changes.Add(new AuditChange(field, before is null ? null : was, after is null ? null : now));
        }

        return changes;
    }

    private static Dictionary<string, string?> Fields(string? json)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return fields;
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            fields[string.Empty] = json;
            return fields;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            fields[string.Empty] = Text(root);
            return fields;
        }

        foreach (var property in root.EnumerateObject())
        {
            fields[property.Name] = Text(property.Value);
        }

        return fields;
    }

    /// <summary>A value as a person reads it: text as it is, a list of plain values joined, anything deeper as compact JSON.</summary>
    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Array when value.EnumerateArray().All(IsPlain) => string.Join("、", value.EnumerateArray().Select(Text)),
        _ => value.GetRawText(),
    };

    private static bool IsPlain(JsonElement value) => value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array);
}
