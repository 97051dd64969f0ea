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

    /// <summary>A value as shown: yes and no in words, ids of people, properties, departments and cases by their names.</summary>
    public static string Value(IStringLocalizer L, string? value, IReadOnlyDictionary<string, string> names) => value switch
    {
        null => "—",
        "true" => L["Common.Yes"].Value,
        "false" => L["Common.No"].Value,
        _ when names.TryGetValue(value, out var name) => name,
        _ when value.Contains('、') => string.Join("、", value.Split('、').Select(v => names.GetValueOrDefault(v, v))),
        _ => value,
    };
}
