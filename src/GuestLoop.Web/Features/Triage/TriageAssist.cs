using GuestLoop.Domain.Customers;
using GuestLoop.Domain.Triage;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Triage;

public sealed record TriageRunJson(DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string? Error, int TrainingCases, int HeldOutCases,
    double CategoryAccuracy, double SeverityAccuracy);

/// <summary>The model in use (if any), whether it is trusted over the rules, and the newest runs.</summary>
public sealed record TriageStatusJson(TriageRunJson? Model, bool ModelInUse, int MinTrainingCases, double AccuracyFloor, IReadOnlyList<TriageRunJson> Runs);

/// <summary>The triage suggestion for a case, the enterprise's model status and retraining, and its keyword lists.</summary>
public sealed class TriageAssist(GuestLoopDbContext db, TriageModels models, TriageTraining training, AuditLog audit, TimeProvider clock)
{
    /// <summary>The model's suggestion when it is trusted, else the keyword rules'; a case the caller cannot see is not found.</summary>
    public async Task<TriageSuggestion> SuggestAsync(Guid caseId, AccessScope scope, CancellationToken ct)
    {
        var @case = await db.Cases.VisibleTo(scope).AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new { c.PropertyId, c.Title, c.Description }).SingleOrDefaultAsync(ct) ?? throw new CaseNotFoundException();
        var enterprise = await db.Properties.AsNoTracking().Where(p => p.Id == @case.PropertyId).Select(p => p.EnterpriseId).SingleAsync(ct);
        var rules = (await KeywordsOfAsync(enterprise, ct)).Suggest(@case.Title, @case.Description);
        var model = await models.CurrentAsync(db, enterprise, ct);
        return TriagePolicy.Choose(model?.Quality, () => model?.Suggest(@case.Title, @case.Description), rules);
    }

    public async Task<TriageStatusJson> StatusAsync(AccessScope scope, CancellationToken ct)
    {
        RequireAdministrator(scope);
        var enterprise = await EnterpriseAsync(scope, ct);
        var runs = await db.TriageModels.AsNoTracking().Where(m => m.EnterpriseId == enterprise).OrderByDescending(m => m.StartedAt).Take(20)
            .Select(m => new { Run = new TriageRunJson(m.StartedAt, m.FinishedAt, m.Error, m.TrainingCases, m.HeldOutCases, m.CategoryAccuracy, m.SeverityAccuracy), InUse = m.CategoryModel != null })
            .ToListAsync(ct);
        var current = runs.FirstOrDefault(r => r.InUse)?.Run;
        var trusted = current is not null
            && TriagePolicy.Trusts(new TriageModelQuality(current.TrainingCases, current.HeldOutCases, current.CategoryAccuracy, current.SeverityAccuracy));
        return new TriageStatusJson(current, trusted, TriagePolicy.MinTrainingCases, TriagePolicy.AccuracyFloor, runs.Select(r => r.Run).ToList());
    }

    /// <summary>Trains now (administrators); a second request within the same minute joins the first instead of training again.</summary>
    public async Task<TriageRunJson?> RetrainAsync(AccessScope scope, CancellationToken ct)
    {
        RequireAdministrator(scope);
        var enterprise = await EnterpriseAsync(scope, ct);
        var run = await training.RunAsync(enterprise, "manual-" + clock.GetUtcNow().ToString("yyyyMMddHHmm"), ct);
        audit.Append(scope, "triage.retrain", "triageModel", enterprise.ToString(), null, run?.Error ?? $"{run?.TrainingCases} cases");
        await db.SaveChangesAsync(ct);
        return run is null ? null : new TriageRunJson(run.StartedAt, run.FinishedAt, run.Error, run.TrainingCases, run.HeldOutCases, run.CategoryAccuracy, run.SeverityAccuracy);
    }

    public async Task<TriageKeywords> KeywordsAsync(AccessScope scope, CancellationToken ct) => await KeywordsOfAsync(await EnterpriseAsync(scope, ct), ct);

    /// <summary>Replaces the lists (administrators only), audited in the same transaction.</summary>
    public async Task<(TriageKeywords? Keywords, List<string> Errors)> SaveKeywordsAsync(AccessScope scope, string text, CancellationToken ct)
    {
        RequireAdministrator(scope);
        var (keywords, errors) = TriageKeywords.Parse(text);
        if (keywords is null)
        {
            return (null, errors);
        }

        var enterprise = await EnterpriseAsync(scope, ct);
        var before = (await KeywordsOfAsync(enterprise, ct)).ToText();
        var row = await db.TriageKeywordLists.SingleOrDefaultAsync(r => r.EnterpriseId == enterprise, ct);
        if (row is null)
        {
            row = new TriageKeywordList { EnterpriseId = enterprise };
            db.TriageKeywordLists.Add(row);
        }

        row.Text = keywords.ToText();
        row.UpdatedAt = clock.GetUtcNow();
        audit.Append(scope, "triageKeywords.update", "triageKeywords", enterprise.ToString(), before, row.Text);
        await db.SaveChangesAsync(ct);
        return (keywords, []);
    }

    private async Task<TriageKeywords> KeywordsOfAsync(Guid enterprise, CancellationToken ct)
    {
        var text = await db.TriageKeywordLists.AsNoTracking().Where(r => r.EnterpriseId == enterprise).Select(r => r.Text).SingleOrDefaultAsync(ct);
        return text is null ? TriageKeywords.Defaults : TriageKeywords.Parse(text).Keywords ?? TriageKeywords.Defaults;
    }

    private static void RequireAdministrator(AccessScope scope) =>
        scope.RequireAdministrator("Only administrators see and retrain the triage model and edit its keywords.");

    private async Task<Guid> EnterpriseAsync(AccessScope scope, CancellationToken ct)
    {
        var ids = scope.PropertyIds.ToList();
        return await db.Properties.AsNoTracking().Where(p => scope.AllProperties || ids.Contains(p.Id)).OrderBy(p => p.Code)
            .Select(p => p.EnterpriseId).FirstOrDefaultAsync(ct);
    }
}
