using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Search;
using GuestLoop.Web.Data;
using GuestLoop.Domain.Customers;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Customers;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Cases;

/// <summary>Case lists and case JSON for one caller, always inside their property scope.</summary>
public sealed class CaseReader(GuestLoopDbContext db, CaseWorkflow workflow, CaseDuplicates duplicates, SensitiveData sensitive, AuditLog audit,
    PropertyDirectory properties, CaseListSettings settings, TimeProvider clock)
{
    /// <summary>
    /// A search ranks at most this many matches — the newest — so a common word with a hundred thousand matches costs
    /// what a rare one does.
    /// </summary>
    public const int SearchCandidates = 1_000;

    /// <summary>How many of the index's newest matches a scoped search reads before it checks each case of the scope instead.</summary>
    internal const int NearbyMatches = 4 * SearchCandidates;

    public IQueryable<Case> Query(AccessScope scope, CaseFilter filter)
    {
        var query = db.Cases.VisibleTo(scope).AsNoTracking();
        if (filter.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(c => c.Kind == kind);
        }

        if (filter.Severity is { } severity)
        {
            query = query.Where(c => c.Severity == severity);
        }

        if (!string.IsNullOrWhiteSpace(filter.PropertyCode))
        {
            var code = filter.PropertyCode;
            query = query.Where(c => db.Properties.Any(p => p.Id == c.PropertyId && p.Code == code));
        }

        if (filter.PropertyId is { } propertyId)
        {
            query = query.Where(c => c.PropertyId == propertyId);
        }

        query = Narrow(query, filter);
        var now = clock.GetUtcNow();
        query = filter.View switch
        {
            CaseView.Mine => query.Where(c => c.AssigneeId == scope.StaffId && c.Status != CaseStatus.Closed),
            CaseView.MyDepartment => query.Where(c => c.DepartmentId == scope.DepartmentId && c.Status != CaseStatus.Closed),
            CaseView.Unassigned => query.Where(c => c.AssigneeId == null && c.Status != CaseStatus.Closed),
            CaseView.Open => query.Where(c => c.Status != CaseStatus.Closed),
            CaseView.Closed => query.Where(c => c.Status == CaseStatus.Closed),
            CaseView.Overdue => query.Where(c => c.Status != CaseStatus.Closed && EF.Property<DateTimeOffset>(c, CaseUrgency.DueNext) < now),
            CaseView.AtRisk => query.Where(c => c.Status != CaseStatus.Closed && EF.Property<DateTimeOffset>(c, CaseUrgency.RiskNext) <= now
                && EF.Property<DateTimeOffset>(c, CaseUrgency.DueNext) >= now),
            _ => query,
        };
        if (PhoneHash(filter.Query) is { } phone)
        {
            return query.Where(c => EF.Property<string?>(c.Complainant, SensitiveColumns.PhoneHash) == phone);
        }

        var search = SearchQuery.Parse(filter.Query);
        return search.IsEmpty ? query : query.Where(c => CaseSearch.Hits(db, search).Any(h => h.CaseId == c.Id));
    }

    /// <summary>
    /// A query that is a whole phone number: phones are stored encrypted, so it is found by its keyed hash, exactly,
    /// never by a part of it; null for any other query.
    /// </summary>
    private string? PhoneHash(string? query)
    {
        var q = query?.Trim();
        return q is { Length: >= 7 } && q.Any(char.IsAsciiDigit) && q.All(ch => char.IsAsciiDigit(ch) || ch is ' ' or '-' or '+')
            ? sensitive.Hash(SensitiveField.Phone, q)
            : null;
    }

    /// <summary>The filtered cases in list order: best match first when searching, otherwise the filter's sort, or newest first.</summary>
    public IQueryable<Case> Ordered(AccessScope scope, CaseFilter filter)
    {
        var search = SearchQuery.Parse(filter.Query);
        if (PhoneHash(filter.Query) is not null)
        {
            // A whole phone number matches exactly, so there is no rank: the cases of that caller in the list's order.
            var calls = Query(scope, filter);
            return filter.Sort is { } bySort ? calls.Sorted(db, bySort, filter.Descending) : calls.OrderByDescending(c => c.ReceivedAt);
        }

        var query = Query(scope, filter with { Query = null });
        if (search.IsEmpty && filter.Sort is { } sort)
        {
            return query.Sorted(db, sort, filter.Descending);
        }

        return search.IsEmpty
            ? query.OrderByDescending(c => c.ReceivedAt)
            : query.Join(CaseSearch.Hits(db, search), c => c.Id, h => h.CaseId, (c, h) => new { Case = c, h.Rank })
                .OrderBy(x => x.Rank).ThenByDescending(x => x.Case.ReceivedAt).Select(x => x.Case);
    }

    /// <summary>The drill-down filters the dashboard links use; kept apart so statistics and lists select the same cases.</summary>
    public static IQueryable<Case> Narrow(IQueryable<Case> query, CaseFilter filter)
    {
        if (filter.Category is { } category)
        {
            query = query.Where(c => c.Category == category);
        }

        if (filter.Channel is { } channel)
        {
            query = query.Where(c => c.Channel == channel);
        }

        if (filter.DepartmentId is { } department)
        {
            query = query.Where(c => c.DepartmentId == department);
        }

        if (filter.From is { } from)
        {
            query = query.Where(c => c.ReceivedAt >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(c => c.ReceivedAt < to);
        }

        if (filter.MinReopens is { } reopens)
        {
            query = query.Where(c => c.ReopenCount >= reopens);
        }

        if (filter.RepeatComplainants)
        {
            var complaints = query.Where(c => c.Kind == CaseKind.Complaint);
            query = complaints.Where(c =>
                c.GuestId != null && complaints.Count(o => o.GuestId == c.GuestId) > 1);
        }

        return query;
    }

    public async Task<CaseListJson> ListAsync(AccessScope scope, CaseFilter filter, int page, int pageSize, CancellationToken ct)
    {
        filter = await WithPropertyIdAsync(filter, ct);
        var search = SearchQuery.Parse(filter.Query);
        if (!search.IsEmpty && PhoneHash(filter.Query) is null)
        {
            return await SearchAsync(scope, filter, search, page, pageSize, ct);
        }

        var items = await Ordered(scope, filter).Include(c => c.Pauses).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);

        // A short page is the end of the list, which gives the total; otherwise count, but only up to the cap.
        var (total, lowerBound) = items.Count < pageSize && (items.Count > 0 || page == 1)
            ? ((page - 1) * pageSize + items.Count, false)
            : await CappedCountAsync(Query(scope, filter), ct);
        return await PageAsync(scope, items, total, lowerBound, page, pageSize, ct);
    }

    /// <summary>The property code of a filter as its id (from memory), so the list query filters on the indexed column.</summary>
    public async Task<CaseFilter> WithPropertyIdAsync(CaseFilter filter, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(filter.PropertyCode))
        {
            return filter;
        }

        var id = (await properties.FindByCodeAsync(filter.PropertyCode, ct))?.Id ?? Guid.Empty;
        return filter with { PropertyCode = null, PropertyId = filter.PropertyId is { } other && other != id ? Guid.Empty : id };
    }

    private async Task<(int Total, bool LowerBound)> CappedCountAsync(IQueryable<Case> query, CancellationToken ct)
    {
        var count = await query.Take(settings.CountCap + 1).CountAsync(ct);
        return count > settings.CountCap ? (settings.CountCap, true) : (count, false);
    }

    /// <summary>
    /// Ranks the newest <see cref="SearchCandidates"/> matches inside the caller's scope and filters, best first (newest
    /// first among equals); the total is theirs, a lower bound when the cap was reached.
    /// </summary>
    private async Task<CaseListJson> SearchAsync(AccessScope scope, CaseFilter filter, SearchQuery search, int page, int pageSize, CancellationToken ct)
    {
        var candidates = await CandidatesAsync(scope, filter, search, ct);
        var ids = candidates.OrderBy(x => x.Rank).ThenByDescending(x => x.ReceivedAt).Select(x => x.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var loaded = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).Include(c => c.Pauses).ToDictionaryAsync(c => c.Id, ct);
        var items = ids.Select(id => loaded.GetValueOrDefault(id)).OfType<Case>().ToList();
        return await PageAsync(scope, items, candidates.Count, candidates.Count == SearchCandidates, page, pageSize, ct);
    }

    /// <summary>The newest matches inside the caller's scope and filters, at most <see cref="SearchCandidates"/> of them.</summary>
    private async Task<List<(Guid Id, double Rank, DateTimeOffset ReceivedAt)>> CandidatesAsync(AccessScope scope, CaseFilter filter,
        SearchQuery search, CancellationToken ct)
    {
        var onlyText = filter == new CaseFilter(Query: filter.Query);
        if (scope.AllProperties && onlyText)
        {
            // Everything visible: the newest documents, read backwards along their key until enough match.
            return (await CaseSearch.Newest(db, search, SearchCandidates)
                .Join(db.Cases, h => h.CaseId, c => c.Id, (h, c) => new { Id = h.CaseId, h.Rank, c.ReceivedAt }).ToListAsync(ct))
                .Select(x => (x.Id, x.Rank, x.ReceivedAt)).ToList();
        }

        var inside = Query(scope, filter with { Query = null });
        if (onlyText && await ScopeShareAsync(scope, ct) >= 0.25)
        {
            // Staff of a fair share of the properties (one hotel of three, the only hotel), no other filter: first the
            // newest matches of the whole index, kept when inside the scope; most of the time they are enough (a common
            // word in one of three hotels at 280,000 cases: ranking every match of the scope first took 86 ms).
            var nearby = await CaseSearch.Newest(db, search, NearbyMatches)
                .Select(h => new
                {
                    h.CaseId,
                    h.Rank,
                    ReceivedAt = inside.Where(c => c.Id == h.CaseId).Select(c => (DateTimeOffset?)c.ReceivedAt).FirstOrDefault(),
                })
                .ToListAsync(ct);
            var kept = nearby.Where(x => x.ReceivedAt is not null).Select(x => (x.CaseId, x.Rank, x.ReceivedAt!.Value)).ToList();
            if (kept.Count >= SearchCandidates || nearby.Count < NearbyMatches)
            {
                // Enough, or every match of the index was read.
                return kept.OrderByDescending(x => x.Item3).Take(SearchCandidates).ToList();
            }
        }

        // A narrow scope or filters: the newest cases inside them, each checked against the query.
        if (db.Database.IsSqlite())
        {
            return await NewestInsideOnSqliteAsync(inside, search, ct);
        }

        return (await inside.Join(CaseSearch.Hits(db, search), c => c.Id, h => h.CaseId, (c, h) => new { c.Id, h.Rank, c.ReceivedAt })
                .OrderByDescending(x => x.ReceivedAt).Take(SearchCandidates).ToListAsync(ct))
            .Select(x => (x.Id, x.Rank, x.ReceivedAt)).ToList();
    }

    /// <summary>
    /// SQLite, a narrow scope or filters. Joined to the FTS5 query, SQLite looked each case of the scope up in the index
    /// and ranked it there: a common word in one property of 50 at 187,000 cases took 750 ms. Here the matching documents
    /// are one set, built once; the scope's cases are read newest first and each is tested against the set until enough
    /// are kept (30 ms), and only those are ranked (10 ms for 620). A word with few matches is read from its matches.
    /// </summary>
    private async Task<List<(Guid Id, double Rank, DateTimeOffset ReceivedAt)>> NewestInsideOnSqliteAsync(IQueryable<Case> inside,
        SearchQuery search, CancellationToken ct)
    {
        if (await CaseSearch.SqliteCountAsync(db, search, ct) <= SearchCandidates)
        {
            var hits = await CaseSearch.Newest(db, search, SearchCandidates).ToListAsync(ct);
            var ids = hits.Select(h => h.CaseId).ToList();
            var received = await inside.Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.ReceivedAt }).ToDictionaryAsync(c => c.Id, c => c.ReceivedAt, ct);
            return hits.Where(h => received.ContainsKey(h.CaseId)).Select(h => (h.CaseId, h.Rank, received[h.CaseId])).ToList();
        }

        var kept = await CaseSearch.SqliteNewestInside(db, inside, search, SearchCandidates).ToListAsync(ct);
        var ranks = kept.Count == 0 ? []
            : await CaseSearch.SqliteRanks(db, search, kept.Select(k => k.Document).ToList()).ToDictionaryAsync(r => r.Document, r => r.Rank, ct);
        return kept.Where(k => ranks.ContainsKey(k.Document)).Select(k => (k.CaseId, ranks[k.Document], k.ReceivedAt)).ToList();
    }

    /// <summary>The share of the properties a scope covers (from memory): a proxy for its share of the cases.</summary>
    private async Task<double> ScopeShareAsync(AccessScope scope, CancellationToken ct) =>
        scope.AllProperties ? 1 : (double)scope.PropertyIds.Count / Math.Max(1, (await properties.CodesAsync(ct)).Count);

    private async Task<CaseListJson> PageAsync(AccessScope scope, List<Case> items, int total, bool lowerBound, int page, int pageSize,
        CancellationToken ct)
    {
        var ids = items.Select(c => c.Id).ToList();
        var deadlines = await db.CaseDeadlines.AsNoTracking().Where(d => ids.Contains(d.CaseId)).ToListAsync(ct);
        var codes = await properties.CodesAsync(ct);
        var zones = await properties.ZonesAsync(ct);
        var now = clock.GetUtcNow();
        var json = items.Select(c => CaseJson.For(scope, c, codes.GetValueOrDefault(c.PropertyId, "?"), zones.GetValueOrDefault(c.PropertyId, "UTC"),
            deadlines.Where(d => d.CaseId == c.Id), now, withHistory: false)).ToList();
        return new CaseListJson(json, total, page, pageSize, lowerBound);
    }

    /// <summary>
    /// One case, its contacts masked by the caller's rights; with the history, the lines of the cases merged into it are
    /// woven in, marked with their number. With <paramref name="withDuplicates"/>, its probable duplicates that the caller
    /// may see are listed too (the case page and a merge; a step's answer does without that query).
    /// </summary>
    public async Task<CaseJson> ToJsonAsync(Case c, AccessScope scope, bool withHistory, CancellationToken ct, bool withDuplicates = false)
    {
        var (code, zone) = await properties.PlaceOfAsync(c.PropertyId, ct);
        var json = CaseJson.For(scope, c, code, zone, await workflow.DeadlinesAsync(c.Id, ct), clock.GetUtcNow(), withHistory);
        var merged = await db.Cases.AsNoTracking().Where(m => m.MergedIntoId == c.Id).Include(m => m.History)
            .OrderBy(m => m.ReceivedAt).ToListAsync(ct);
        if (merged.Count > 0)
        {
            json = json with { Merged = merged.Select(m => new CaseRefJson(m.Id, m.Number)).ToList() };
            if (json.History is { } own)
            {
                var woven = own.Concat(merged.SelectMany(m => m.History.Chronological().Select(h => HistoryJson.From(h, m.Number))))
                    .OrderBy(h => h.At).ToList();
                json = json with { History = woven };
            }
        }

        return withDuplicates ? json with { Duplicates = await duplicates.ForCaseAsync(c.Id, scope, ct) } : json;
    }

    /// <summary>A case in the caller's scope; an attempt on a case of another property is audited, then reported as not found.</summary>
    public async Task<Case> LoadAuditedAsync(Guid id, AccessScope scope, CancellationToken ct)
    {
        try
        {
            return await workflow.LoadAsync(id, scope, ct);
        }
        catch (CaseNotFoundException)
        {
            if (await db.Cases.AnyAsync(c => c.Id == id, ct))
            {
                audit.Append(scope, "case.denied", "case", id.ToString(), null, new { operation = "read" });
                await db.SaveChangesAsync(ct);
            }

            throw;
        }
    }
}
