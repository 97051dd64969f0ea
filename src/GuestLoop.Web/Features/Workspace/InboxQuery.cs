using System.Text.Json;
using GuestLoop.Domain;
using GuestLoop.Web.Features.Cases;
using Microsoft.AspNetCore.WebUtilities;

namespace GuestLoop.Web.Features.Workspace;

/// <summary>
/// The inbox's filters and order as its URL's query string, in the names of the case list API, so a reload, a shared
/// link or a saved view opens the same list. The inbox's defaults: open cases, most urgent first.
/// </summary>
public static class InboxQuery
{
    /// <summary>Narrowing that only a link sets (a dashboard drill-down); the inbox keeps it and shows it as a banner.</summary>
    public static readonly string[] DrillNames = ["category", "department", "from", "to", "reopened", "repeat"];

    public static CaseFilter Parse(string uri)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri).Query);
        // A value the list cannot read is left out, as a hand-edited link should not break the page.
        var filter = CaseFilterQuery.Parse(n => query.TryGetValue(n, out var v) && v.ToString().Length > 0 ? v.ToString() : null, new FieldErrors());
        return filter with
        {
            View = query.ContainsKey("view") ? filter.View : CaseView.Open,
            Sort = filter.Sort ?? CaseSort.Urgency,
        };
    }

    public static IReadOnlyDictionary<string, string> Drill(string uri) =>
        QueryHelpers.ParseQuery(new Uri(uri).Query).Where(q => DrillNames.Contains(q.Key)).ToDictionary(q => q.Key, q => q.Value.ToString());

    /// <summary>The query string (without '?') of a filter; <paramref name="propertyCode"/> names its property.</summary>
    public static string Format(CaseFilter f, string? propertyCode, IReadOnlyDictionary<string, string> drill)
    {
        var pairs = new List<KeyValuePair<string, string?>> { new("view", Name(f.View)) };
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                pairs.Add(new(name, value is Enum e ? Name(e) : value.ToString()));
            }
        }

        Add("q", string.IsNullOrWhiteSpace(f.Query) ? null : f.Query);
        Add("property", propertyCode);
        Add("kind", f.Kind);
        Add("status", f.Status);
        Add("channel", f.Channel);
        Add("severity", f.Severity);
        Add("sort", f.Sort);
        Add("dir", f.Sort is null ? null : f.Descending ? "desc" : "asc");
        pairs.AddRange(drill.Select(d => new KeyValuePair<string, string?>(d.Key, d.Value)));
        return QueryHelpers.AddQueryString("", pairs).TrimStart('?');
    }

    private static string Name(Enum value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
