namespace GuestLoop.Web.Features.Search;

/// <summary>
/// The search terms of one case (see <see cref="GuestLoop.Domain.Search.SearchTerms"/>), kept in step with the case on
/// every save. PostgreSQL indexes them as a weighted tsvector column, SQLite in an FTS5 table over this one.
/// </summary>
public sealed class CaseSearchDocument
{
    /// <summary>An integer key, so SQLite's FTS5 table can point at the row by rowid.</summary>
    public long Id { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>Title and case number: ranked above the rest.</summary>
    public string TitleTerms { get; set; } = string.Empty;

    /// <summary>Description, demands, place, the guest's name and every reply.</summary>
    public string BodyTerms { get; set; } = string.Empty;
}

/// <summary>A matching case and its rank; lower is better on both providers.</summary>
public sealed class SearchHit
{
    public Guid CaseId { get; set; }

    public double Rank { get; set; }

    /// <summary>The key of the search document: larger is newer, the order in which candidates are taken.</summary>
    public long DocumentId { get; set; }
}
