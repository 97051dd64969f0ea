using Microsoft.Extensions.Localization;

namespace GuestLoop.Web.Features.Audit;

/// <summary>
/// The audit log's codes in the reader's language: an action as what the person did (<c>AuditAction.*</c>), a kind of
/// subject as a noun (<c>AuditEntity.*</c>), a field of the details (<c>AuditField.*</c>). An action without a text
/// of its own (one an older version wrote) reads as a change of its subject's kind, never as the bare code.
/// </summary>
public static class AuditWords
{
    public static string Action(IStringLocalizer L, string action, string entity) =>
        L["AuditAction." + action] is { ResourceNotFound: false } known ? known.Value : L["AuditAction.Other", Entity(L, entity)].Value;

    public static string Entity(IStringLocalizer L, string entity) =>
        L["AuditEntity." + entity] is { ResourceNotFound: false } known ? known.Value : L["AuditEntity.Other"].Value;

    public static string Field(IStringLocalizer L, string field) =>
        field.Length == 0 ? L["AuditField.Value"].Value
            : L["AuditField." + field] is { ResourceNotFound: false } known ? known.Value : field;

    /// <summary>
    /// A value as shown: yes and no in words, ids of people, properties, departments and cases by their names, and a code
    /// of the product's own (a status, a kind, a role…) in the words the rest of the workspace uses for it.
    /// </summary>
    public static string Value(IStringLocalizer L, string? value, IReadOnlyDictionary<string, string> names, string field = "") => value switch
    {
        null => "—",
        "true" => L["Common.Yes"].Value,
        "false" => L["Common.No"].Value,
        _ when names.TryGetValue(value, out var name) => name,
        _ when value.Contains('、') => string.Join("、", value.Split('、').Select(v => names.GetValueOrDefault(v, Code(L, v, field)))),
        _ => Code(L, value, field),
    };

    // Where the workspace keeps the words for each kind of code; the field's own kinds are tried first.
    private static readonly string[] CodeKinds =
    [
        "Status", "Kind", "Category", "Channel", "Severity", "Authority", "Role", "Compensation.State", "Compensation.Method",
        "Compensation.Basis", "Remedy.State", "Remedy.Kind", "Stage", "AccountabilityMeasure",
    ];

    private static string Code(IStringLocalizer L, string value, string field)
    {
        if (value.Length is 0 or > 40 || !char.IsAsciiLetter(value[0]) || !value.All(char.IsAsciiLetterOrDigit))
        {
            return value;
        }

        var pascal = char.ToUpperInvariant(value[0]) + value[1..];
        var kinds = CodeKinds.Where(k => k.EndsWith(Pascal(field), StringComparison.OrdinalIgnoreCase))
            .Concat(field.Equals("state", StringComparison.OrdinalIgnoreCase) ? ["Compensation.State", "Remedy.State"] : [])
            .Concat(CodeKinds);
        foreach (var kind in kinds)
        {
            foreach (var key in new[] { $"{kind}.{pascal}", $"{kind}.{value}" })
            {
                if (L[key] is { ResourceNotFound: false } known)
                {
                    return known.Value;
                }
            }
        }

        return value;
    }

    private static string Pascal(string field) => field.Length == 0 ? "\0" : char.ToUpperInvariant(field[0]) + field[1..];
}
