using System.Globalization;
using GuestLoop.Domain.Analytics;

namespace GuestLoop.Web.Features.Analytics;

/// <summary>Links from a figure to the workspace case list filtered to the cases behind it.</summary>
public static class DrillDown
{
    public static string Cases(StatsFilter filter, TimeBucket? bucket = null, params (string Name, string? Value)[] more)
    {
        var start = bucket?.Start ?? filter.Period.Start;
        var end = bucket?.End ?? filter.Period.End;
        var parts = new List<(string, string?)>
        {
            ("view", "all"),
            ("from", start.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
            ("to", end.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
            ("property", filter.PropertyCode),
            ("department", filter.DepartmentId?.ToString()),
        };
        foreach (var (name, value) in more)
        {
            parts.RemoveAll(p => p.Item1 == name);
            parts.Add((name, value));
        }

        return "/cases?" + string.Join('&', parts.Where(p => !string.IsNullOrEmpty(p.Item2))
            .Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!)));
    }

    /// <summary>The enum member's name of a link's key (<c>serviceQuality</c> → <c>ServiceQuality</c>), as resource names use it.</summary>
    public static string Member(string key) => key.Length == 0 ? key : char.ToUpperInvariant(key[0]) + key[1..];

    public static string Key<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
