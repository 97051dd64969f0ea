using System.Text.Json;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Search;
using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace GuestLoop.Web.Features.Search;

/// <summary>The cases whose documents hold every term of a query, with their rank, on either provider.</summary>
public static class CaseSearch
{
    /// <summary>The PostgreSQL-only tsvector column of <see cref="CaseSearchDocument"/> (title terms weighted A).</summary>
    public const string VectorProperty = "SearchVector";

    public static IQueryable<SearchHit> Hits(GuestLoopDbContext db, SearchQuery query)
    {
        if (db.Database.IsNpgsql())
        {
            var tsQuery = query.ToTsQuery();
            return db.Set<CaseSearchDocument>()
                .Where(d => EF.Property<NpgsqlTsVector>(d, VectorProperty).Matches(EF.Functions.ToTsQuery("simple", tsQuery)))
                .Select(d => new SearchHit
                {
                    CaseId = d.CaseId,
                    DocumentId = d.Id,
                    Rank = -(double)EF.Property<NpgsqlTsVector>(d, VectorProperty).Rank(EF.Functions.ToTsQuery("simple", tsQuery)),
                });
        }

        var match = query.ToFts5();
        return db.Database.SqlQuery<SearchHit>($"""
            SELECT s.case_id AS "CaseId", bm25(case_search_fts, 4.0, 1.0) AS "Rank", s.id AS "DocumentId"
            FROM case_search_fts JOIN case_search AS s ON s.id = case_search_fts.rowid
            WHERE case_search_fts MATCH {match}
            """);
    }

    /// <summary>
    /// The <paramref name="limit"/> newest matching documents. On SQLite the order and the limit are inside the FTS5 query,
    /// which then reads its matches backwards and stops: ordered from outside, it ranked every match first (a common word
    /// at 280,000 cases: 280 ms against 9 ms).
    /// </summary>
    public static IQueryable<SearchHit> Newest(GuestLoopDbContext db, SearchQuery query, int limit)
    {
        if (db.Database.IsNpgsql())
        {
            return Hits(db, query).OrderByDescending(h => h.DocumentId).Take(limit);
        }

        var match = query.ToFts5();
        return db.Database.SqlQuery<SearchHit>($"""
            SELECT s.case_id AS "CaseId", f.rank AS "Rank", s.id AS "DocumentId"
            FROM (SELECT rowid AS id, bm25(case_search_fts, 4.0, 1.0) AS rank FROM case_search_fts
                  WHERE case_search_fts MATCH {match} ORDER BY rowid DESC LIMIT {limit}) AS f
            JOIN case_search AS s ON s.id = f.id
            """);
    }

    /// <summary>SQLite: how many documents hold every term (FTS5 counts them from its index without reading a row).</summary>
    public static async Task<int> SqliteCountAsync(GuestLoopDbContext db, SearchQuery query, CancellationToken ct) =>
        await db.Database.SqlQuery<int>($"""
            SELECT COUNT(*) AS "Value" FROM case_search_fts WHERE case_search_fts MATCH {query.ToFts5()}
            """).SingleAsync(ct);

    /// <summary>
    /// SQLite: the newest <paramref name="limit"/> cases of <paramref name="inside"/> whose documents hold every term, with
    /// their document. The matches are one set, built once, and each case is tested against it ("+ 0": as a plain key the
    /// set drove a look-up into the documents for each of its members for each case of the scope — 35 s).
    /// </summary>
    public static IQueryable<ScopedMatch> SqliteNewestInside(GuestLoopDbContext db, IQueryable<Case> inside, SearchQuery query, int limit)
    {
        var matching = db.Database.SqlQuery<long>($"""
            SELECT rowid AS "Value" FROM case_search_fts WHERE case_search_fts MATCH {query.ToFts5()}
            """);
        return inside.Join(db.Set<CaseSearchDocument>(), c => c.Id, d => d.CaseId, (c, d) => new ScopedMatch { CaseId = c.Id, ReceivedAt = c.ReceivedAt, Document = d.Id })
            .Where(x => matching.Contains(x.Document + 0))
            .OrderByDescending(x => x.ReceivedAt).Take(limit);
    }

    /// <summary>
    /// SQLite: the rank of each of the given documents (lower is better); a document that does not match has none. The
    /// matches are read once and the documents kept from them ("+rowid": handed to FTS5 as keys to look up, each look-up
    /// counted every match of each term again for bm25 — 670 ms for 620 documents of a common word, against 10 ms).
    /// </summary>
    public static IQueryable<DocumentRank> SqliteRanks(GuestLoopDbContext db, SearchQuery query, IReadOnlyList<long> documents) =>
        db.Database.SqlQuery<DocumentRank>($"""
            SELECT rowid AS "Document", bm25(case_search_fts, 4.0, 1.0) AS "Rank" FROM case_search_fts
            WHERE case_search_fts MATCH {query.ToFts5()} AND +rowid IN (SELECT value FROM json_each({JsonSerializer.Serialize(documents)}))
            """);
}

/// <summary>A case of a scope whose search document matched, newest first.</summary>
public sealed class ScopedMatch
{
    public Guid CaseId { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public long Document { get; set; }
}

/// <summary>The rank of one matching search document; lower is better.</summary>
public sealed class DocumentRank
{
    public long Document { get; set; }

    public double Rank { get; set; }
}
