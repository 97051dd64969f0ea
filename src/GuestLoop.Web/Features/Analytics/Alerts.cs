using GuestLoop.Domain.Analytics;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Analytics;

public sealed record AlertJson(Guid Id, string Kind, string Property, Guid? CaseId, string Title, string Evidence, string Cases, DateTimeOffset CreatedAt);

/// <summary>The alerts a member of staff may see, and the enterprise's risk-word list.</summary>
public sealed class Alerts(GuestLoopDbContext db, AuditLog audit, EarlyWarning warnings, TimeProvider clock)
{
    public async Task<List<AlertJson>> ListAsync(AccessScope scope, int take, CancellationToken ct)
    {
        var query = db.Alerts.AsNoTracking().InScope(scope, a => a.PropertyId);
        var codes = await db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, ct);
        return (await query.OrderByDescending(a => a.CreatedAt).Take(take).ToListAsync(ct))
            .Select(a => new AlertJson(a.Id, DrillDown.Key(a.Kind), codes.GetValueOrDefault(a.PropertyId, "?"), a.CaseId, a.Title, a.Evidence, a.CasesLink, a.CreatedAt))
            .ToList();
    }

    public async Task<RiskWords> WordsAsync(AccessScope scope, CancellationToken ct) => await warnings.WordsAsync(await EnterpriseAsync(scope, ct), ct);

    /// <summary>Which of the stored words fire on a sentence and by which rule (administrators only): the list is tried before a case meets it.</summary>
    public async Task<IReadOnlyList<RiskMatch>> TestWordsAsync(AccessScope scope, string text, CancellationToken ct)
    {
        scope.RequireAdministrator("Only administrators test the risk words.");
        return (await WordsAsync(scope, ct)).Explain(text);
    }

    /// <summary>Replaces the list (administrators only), audited in the same transaction.</summary>
    public async Task<(RiskWords? Words, List<string> Errors)> SaveWordsAsync(AccessScope scope, string text, CancellationToken ct)
    {
        var (words, errors) = RiskWords.Parse(text);
        if (words is null)
        {
            return (null, errors);
        }

        var enterprise = await EnterpriseAsync(scope, ct);
        var before = (await warnings.WordsAsync(enterprise, ct)).Words;
        var row = await db.RiskWordLists.SingleOrDefaultAsync(r => r.EnterpriseId == enterprise, ct);
        if (row is null)
        {
            row = new RiskWordList { EnterpriseId = enterprise };
            db.RiskWordLists.Add(row);
        }

        row.Words = string.Join('\n', words.Words);
        row.UpdatedAt = clock.GetUtcNow();
        audit.Append(scope, "riskWords.update", "riskWords", enterprise.ToString(), before, words.Words);
        await db.SaveChangesAsync(ct);
        return (words, []);
    }

    private async Task<Guid> EnterpriseAsync(AccessScope scope, CancellationToken ct)
    {
        return await db.Properties.AsNoTracking().InScope(scope, p => p.Id).OrderBy(p => p.Code).Select(p => p.EnterpriseId).FirstOrDefaultAsync(ct);
    }
}
