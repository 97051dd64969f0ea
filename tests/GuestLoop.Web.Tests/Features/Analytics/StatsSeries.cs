using System.Text.Json.Nodes;

namespace GuestLoop.Web.Tests.Features.Analytics;

/// <summary>A statistics breakdown as the API returns it and as the test counts it, in the same shape to compare.</summary>
public static class StatsSeries
{
    /// <summary>An enum value as the API names it (camelCase).</summary>
    public static string Key<T>(T value) where T : struct, Enum => char.ToLowerInvariant(value.ToString()[0]) + value.ToString()[1..];

    /// <summary>The items counted by key, ordered by key.</summary>
    public static List<(string, long)> Expected<T>(IEnumerable<T> items, Func<T, string> key) =>
        items.GroupBy(key).Select(g => (g.Key, (long)g.Count())).OrderBy(x => x.Item1, StringComparer.Ordinal).ToList();

    /// <summary>Each series' key and total, ordered by key.</summary>
    public static List<(string, long)> Actual(JsonNode series) =>
        series.AsArray().Select(s => (s!["key"]!.GetValue<string>(), s["total"]!.GetValue<long>())).OrderBy(x => x.Item1, StringComparer.Ordinal).ToList();
}
