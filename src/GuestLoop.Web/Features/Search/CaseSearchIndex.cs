using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Search;
using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Search;

/// <summary>
/// Keeps each case's search document in step with the case: called before every save (UpdateSearchDocuments), so the document
/// commits in the same transaction as the change that made it.
/// </summary>
public static class CaseSearchIndex
{
    public const string Table = "case_search";
    public const string SqliteFtsTable = "case_search_fts";

    public static (string TitleTerms, string BodyTerms) DocumentOf(Case c, IEnumerable<string> replies) =>
        (SearchTerms.Document(c.Title, c.Number),
         SearchTerms.Document([c.Description, c.Demands, c.Place, c.Complainant?.Name, .. replies]));

    public static async Task UpdateAsync(GuestLoopDbContext db, CancellationToken ct)
    {
        // The tracked entries are read once: each look at the change tracker detects changes over every tracked entity,
        // which for a save of hundreds of new cases (the demo's year, an import) made the index cost seconds.
        db.ChangeTracker.DetectChanges();
        var tracked = db.ChangeTracker.Entries<Case>().ToDictionary(e => e.Entity.Id);
        var changed = tracked.Values
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .Select(e => e.Entity)
            .ToDictionary(c => c.Id);
        foreach (var reply in db.ChangeTracker.Entries<CaseReply>().Where(e => e.State == EntityState.Added))
        {
            if (reply.Property("CaseId").CurrentValue is Guid caseId && !changed.ContainsKey(caseId) && tracked.TryGetValue(caseId, out var owner))
            {
                changed[caseId] = owner.Entity;
            }
        }

        var documents = new Dictionary<Guid, CaseSearchDocument>();
        foreach (var d in db.ChangeTracker.Entries<CaseSearchDocument>().Where(e => e.State != EntityState.Deleted))
        {
            documents.TryAdd(d.Entity.CaseId, d.Entity);
        }

        foreach (var c in changed.Values)
        {
            var entry = db.Entry(c);
            var isNew = entry.State == EntityState.Added;
            var replies = isNew || entry.Collection(x => x.Replies).IsLoaded
                ? c.Replies.Select(r => r.Text).ToList()
                : await StoredRepliesAsync(db, c, ct);
            var (title, body) = DocumentOf(c, replies);
            var document = documents.GetValueOrDefault(c.Id)
                ?? (isNew ? null : await db.Set<CaseSearchDocument>().SingleOrDefaultAsync(d => d.CaseId == c.Id, ct));
            if (document is null)
            {
                db.Set<CaseSearchDocument>().Add(new CaseSearchDocument { CaseId = c.Id, TitleTerms = title, BodyTerms = body });
            }
            else if (document.TitleTerms != title || document.BodyTerms != body)
            {
                document.TitleTerms = title;
                document.BodyTerms = body;
            }
        }
    }

    /// <summary>Replies already stored, plus the ones added in this unit of work (the collection was not loaded).</summary>
    private static async Task<List<string>> StoredRepliesAsync(GuestLoopDbContext db, Case c, CancellationToken ct)
    {
        var stored = await db.Set<CaseReply>().AsNoTracking()
            .Where(r => EF.Property<Guid>(r, "CaseId") == c.Id).OrderBy(r => r.At).Select(r => r.Text).ToListAsync(ct);
        var added = c.Replies.Where(r => db.Entry(r).State == EntityState.Added).Select(r => r.Text);
        return [.. stored, .. added];
    }

    /// <summary>
    /// SQLite: the FTS5 table over <c>case_search</c> and the triggers that keep it current. Created here rather than in
    /// a migration because it is not part of the EF model (migrations are generated from the model).
    /// </summary>
    public static async Task EnsureSqliteFtsAsync(GuestLoopDbContext db, CancellationToken ct)
    {
        var exists = await db.Database.SqlQueryRaw<int>(
            $"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '{SqliteFtsTable}'").SingleAsync(ct) > 0;
        if (exists)
        {
            return;
        }

        await db.Database.ExecuteSqlRawAsync($"""
            CREATE VIRTUAL TABLE {SqliteFtsTable} USING fts5(title_terms, body_terms, content='{Table}', content_rowid='id');
            CREATE TRIGGER {Table}_ai AFTER INSERT ON {Table} BEGIN
              INSERT INTO {SqliteFtsTable}(rowid, title_terms, body_terms) VALUES (new.id, new.title_terms, new.body_terms);
            END;
            CREATE TRIGGER {Table}_ad AFTER DELETE ON {Table} BEGIN
              INSERT INTO {SqliteFtsTable}({SqliteFtsTable}, rowid, title_terms, body_terms) VALUES ('delete', old.id, old.title_terms, old.body_terms);
            END;
            CREATE TRIGGER {Table}_au AFTER UPDATE ON {Table} BEGIN
              INSERT INTO {SqliteFtsTable}({SqliteFtsTable}, rowid, title_terms, body_terms) VALUES ('delete', old.id, old.title_terms, old.body_terms);
              INSERT INTO {SqliteFtsTable}(rowid, title_terms, body_terms) VALUES (new.id, new.title_terms, new.body_terms);
            END;
            INSERT INTO {SqliteFtsTable}({SqliteFtsTable}) VALUES ('rebuild');
            """, ct);
    }

    /// <summary>Writes the documents of cases stored before search existed (or loaded around the app), a batch at a time.</summary>
    public static async Task BackfillAsync(GuestLoopDbContext db, CancellationToken ct)
    {
        while (true)
        {
            var batch = await db.Cases.Include(c => c.Replies)
                .Where(c => !db.Set<CaseSearchDocument>().Any(d => d.CaseId == c.Id))
                .OrderBy(c => c.Id).Take(500).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return;
            }

            foreach (var c in batch)
            {
                var (title, body) = DocumentOf(c, c.Replies.Select(r => r.Text));
                db.Set<CaseSearchDocument>().Add(new CaseSearchDocument { CaseId = c.Id, TitleTerms = title, BodyTerms = body });
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }
}
