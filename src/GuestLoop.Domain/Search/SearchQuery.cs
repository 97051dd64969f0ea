namespace GuestLoop.Domain.Search;

/// <summary>
/// What a search box asks for: every term must be in the document. A lone CJK character is a prefix, since
/// documents hold bigrams (梯 finds 梯子 and 电梯… only where it starts a bigram, or stands alone).
/// </summary>
public sealed record SearchQuery(IReadOnlyList<SearchQuery.Term> Terms)
{
    /// <summary>Queries longer than this many terms keep the first ones; enough to pin any case down.</summary>
    public const int MaxTerms = 16;

    public bool IsEmpty => Terms.Count == 0;

    public static SearchQuery Parse(string? text)
    {
        var terms = SearchTerms.Of(text)
            .Distinct()
            .Take(MaxTerms)
            .Select(t => new Term(t, Prefix: IsSingleCjk(t)))
            .ToList();
        return new SearchQuery(terms);
    }

    private static bool IsSingleCjk(string term) =>
        term.Length == 1 && SearchTerms.IsCjk(term[0])
        || term.Length == 2 && char.IsSurrogatePair(term[0], term[1]) && SearchTerms.IsCjk(char.ConvertToUtf32(term[0], term[1]));

    /// <summary>PostgreSQL <c>to_tsquery('simple', …)</c> syntax; terms hold only letters and digits, so need no quoting.</summary>
    public string ToTsQuery() => string.Join(" & ", Terms.Select(t => t.Prefix ? t.Text + ":*" : t.Text));

    /// <summary>SQLite FTS5 <c>MATCH</c> syntax: each term a quoted string, all required.</summary>
    public string ToFts5() => string.Join(" ", Terms.Select(t => "\"" + t.Text + "\"" + (t.Prefix ? "*" : string.Empty)));

    public sealed record Term(string Text, bool Prefix);
}
