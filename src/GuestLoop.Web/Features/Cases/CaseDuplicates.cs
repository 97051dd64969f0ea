using GuestLoop.Domain.Cases;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Cases;

/// <summary>The probable duplicates of a case, and the two decisions on them: merge or dismiss. Always inside the caller's scope.</summary>
public sealed class CaseDuplicates(GuestLoopDbContext db, CaseWorkflow workflow, AuditLog audit, TimeProvider clock)
{
    /// <summary>The candidates that involve the case, with the other case of each pair as far as the caller may see it.</summary>
    public async Task<IReadOnlyList<DuplicateJson>> ListAsync(Guid caseId, AccessScope scope, CancellationToken ct)
    {
        if (!await db.Cases.VisibleTo(scope).AnyAsync(c => c.Id == caseId, ct))
        {
            throw new CaseNotFoundException();
        }

        return await ForCaseAsync(caseId, scope, ct);
    }

    internal async Task<IReadOnlyList<DuplicateJson>> ForCaseAsync(Guid caseId, AccessScope scope, CancellationToken ct)
    {
        var candidates = await db.DuplicateCandidates.AsNoTracking()
            .Where(d => d.CaseId == caseId || d.EarlierCaseId == caseId).OrderBy(d => d.DetectedAt).ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return [];
        }

        var otherIds = candidates.Select(d => d.Other(caseId)).ToList();
        var others = await db.Cases.VisibleTo(scope).AsNoTracking().Where(c => otherIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Number, c.Title, c.Channel, c.Status, c.ReceivedAt }).ToDictionaryAsync(c => c.Id, ct);
        return candidates.Where(d => others.ContainsKey(d.Other(caseId))).Select(d =>
        {
            var o = others[d.Other(caseId)];
            return new DuplicateJson(d.Id, o.Id, o.Number, o.Title, o.Channel, o.Status, o.ReceivedAt, d.EarlierCaseId == o.Id,
                d.Reason, d.Similarity, d.State, d.DetectedAt, d.DecidedBy, d.DecidedAt);
        }).ToList();
    }

    /// <summary>
    /// Closes the case as merged into another (by id or number) of the same property: both histories record it, the
    /// candidates between the two are marked merged, and the audit log keeps it — in one save.
    /// </summary>
    public async Task<Case> MergeAsync(Guid caseId, string? into, AccessScope scope, CancellationToken ct)
    {
        var duplicate = await workflow.LoadAsync(caseId, scope, ct);
        if (string.IsNullOrWhiteSpace(into))
        {
            throw CaseValidationException.For("into", "The id or number of the case to merge into is required.");
        }

        var target = into.Trim();
        var survivorId = Guid.TryParse(target, out var id)
            ? id
            : await db.Cases.VisibleTo(scope).Where(c => c.Number == target).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct);
        Case survivor;
        try
        {
            survivor = survivorId is { } sid ? await workflow.LoadAsync(sid, scope, ct) : throw new CaseNotFoundException();
        }
        catch (CaseNotFoundException)
        {
            throw CaseValidationException.For("into", $"No case '{target}' that you can see.");
        }

        var now = clock.GetUtcNow();
        var before = new { duplicate.Number, duplicate.Status };
        duplicate.MergeInto(survivor, scope.Actor, now);
        foreach (var candidate in await db.DuplicateCandidates
                     .Where(d => d.State == DuplicateState.Open
                         && (d.CaseId == duplicate.Id && d.EarlierCaseId == survivor.Id || d.CaseId == survivor.Id && d.EarlierCaseId == duplicate.Id))
                     .ToListAsync(ct))
        {
            candidate.MarkMerged(scope.Name, now);
        }

        audit.Append(scope, "case.merge", "case", duplicate.Id.ToString(), before,
            new { duplicate.Number, duplicate.Status, MergedInto = survivor.Number });
        var properties = db.Properties.AsNoTracking();
        var property = await properties.SingleAsync(p => p.Id == duplicate.PropertyId, ct);
        await workflow.RefreshDeadlinesAsync(duplicate, property, ct);
        await workflow.RefreshDeadlinesAsync(survivor, property, ct);
        await db.SaveChangesAsync(ct);
        return duplicate;
    }

    /// <summary>"Not a duplicate": the candidate stays, decided, so the pair is not proposed again.</summary>
    public async Task<DuplicateCandidate> DismissAsync(Guid caseId, Guid candidateId, AccessScope scope, CancellationToken ct)
    {
        if (!await db.Cases.VisibleTo(scope).AnyAsync(c => c.Id == caseId, ct))
        {
            throw new CaseNotFoundException();
        }

        var candidate = await db.DuplicateCandidates.SingleOrDefaultAsync(d => d.Id == candidateId && (d.CaseId == caseId || d.EarlierCaseId == caseId), ct)
            ?? throw new CaseNotFoundException();
        candidate.Dismiss(scope.Name, clock.GetUtcNow());
        audit.Append(scope, "duplicate.dismiss", "case", caseId.ToString(), null,
            new { Candidate = candidate.Id, candidate.CaseId, candidate.EarlierCaseId });
        await db.SaveChangesAsync(ct);
        return candidate;
    }
}

/// <summary>A probable duplicate as seen from one case: the other case of the pair and the state of the decision.</summary>
public sealed record DuplicateJson(
    Guid Id,
    Guid CaseId,
    string Number,
    string Title,
    Channel Channel,
    CaseStatus Status,
    DateTimeOffset ReceivedAt,
    bool Earlier,
    DuplicateReason Reason,
    double Similarity,
    DuplicateState State,
    DateTimeOffset DetectedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt);

public sealed record CaseMergeBody(string? Into);
