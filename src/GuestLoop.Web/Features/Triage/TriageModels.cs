using System.Collections.Concurrent;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Triage;
using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Triage;

/// <summary>
/// The current trained model of each enterprise, loaded once per instance and kept until a newer run replaces it in
/// the database (checked on every suggestion with a query of the run's id only).
/// </summary>
public sealed class TriageModels
{
    private readonly ConcurrentDictionary<Guid, Loaded> _loaded = new();

    public sealed record Loaded(Guid RunId, TriageModelQuality Quality, TriageClassifier Category, TriageClassifier Severity)
    {
        public TriageSuggestion? Suggest(string title, string? description)
        {
            var (category, categoryProbability) = Category.Predict(title, description);
            var (severity, severityProbability) = Severity.Predict(title, description);
            return Enum.TryParse<Category>(category, out var c) && Enum.TryParse<Severity>(severity, out var s)
                ? new TriageSuggestion(c, s, Math.Min(categoryProbability, severityProbability), TriageSource.Model)
                : null;
        }
    }

    /// <summary>The enterprise's newest successful model, or null before the first.</summary>
    public async Task<Loaded?> CurrentAsync(GuestLoopDbContext db, Guid enterpriseId, CancellationToken ct)
    {
        var current = await db.TriageModels.AsNoTracking().Where(m => m.EnterpriseId == enterpriseId && m.CategoryModel != null)
            .OrderByDescending(m => m.FinishedAt)
            .Select(m => new { m.Id, m.TrainingCases, m.HeldOutCases, m.CategoryAccuracy, m.SeverityAccuracy }).FirstOrDefaultAsync(ct);
        if (current is null)
        {
            return null;
        }

        if (_loaded.TryGetValue(enterpriseId, out var cached) && cached.RunId == current.Id)
        {
            return cached;
        }

        var bytes = await db.TriageModels.AsNoTracking().Where(m => m.Id == current.Id)
            .Select(m => new { m.CategoryModel, m.SeverityModel }).SingleOrDefaultAsync(ct);
        if (bytes?.CategoryModel is null || bytes.SeverityModel is null)
        {
            return null; // replaced between the two queries; the next suggestion loads the newer one
        }

        var loaded = new Loaded(current.Id, new TriageModelQuality(current.TrainingCases, current.HeldOutCases, current.CategoryAccuracy, current.SeverityAccuracy),
            TriageClassifier.Load(bytes.CategoryModel), TriageClassifier.Load(bytes.SeverityModel));
        _loaded[enterpriseId] = loaded;
        return loaded;
    }
}
