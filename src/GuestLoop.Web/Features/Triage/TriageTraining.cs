using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Triage;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Triage;

/// <summary>
/// Trains an enterprise's triage model on its own triaged cases (title and description → category, severity): the
/// newest <see cref="MaxCases"/> of them, one in five held out (<see cref="TriagePolicy.IsHeldOut"/>) to measure each
/// label's accuracy. The run's slot is inserted first, once per enterprise, so of several instances only one trains it.
/// </summary>
public sealed class TriageTraining(GuestLoopDbContext db, TimeProvider clock, ILogger<TriageTraining> log, RoundHealth health)
{
    public const int MaxCases = 20_000;

    /// <summary>
    /// The run, or null when another instance already took this slot. The cases are read and the model trained with no
    /// transaction open; the new model and the retirement of the old ones are one short transaction at the end.
    /// </summary>
    public async Task<TriageModelRecord?> RunAsync(Guid enterpriseId, string slot, CancellationToken ct)
    {
        var run = new TriageModelRecord { EnterpriseId = enterpriseId, Slot = slot, StartedAt = clock.GetUtcNow() };
        if (!await RoundBatches.InTransactionAsync(db, health, TriageJob.Name, () => InsertOnce.InsertAsync(db, run, ct), ct))
        {
            return null;
        }

        db.TriageModels.Attach(run);
        try
        {
            await TrainAsync(run, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            run.Error = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
            log.LogError(e, "Triage training failed for enterprise {Enterprise}", enterpriseId);
        }

        run.FinishedAt = clock.GetUtcNow();
        await RoundBatches.InTransactionAsync(db, health, TriageJob.Name, async () =>
        {
            if (run.CategoryModel is not null)
            {
                // The older models are no longer used; their figures stay as history.
                await db.TriageModels.Where(m => m.EnterpriseId == enterpriseId && m.Id != run.Id && m.CategoryModel != null)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.CategoryModel, (byte[]?)null).SetProperty(m => m.SeverityModel, (byte[]?)null), ct);
            }
        }, ct);
        return run;
    }

    private async Task TrainAsync(TriageModelRecord run, CancellationToken ct)
    {
        var properties = await db.Properties.Where(p => p.EnterpriseId == run.EnterpriseId).Select(p => p.Id).ToListAsync(ct);
        var cases = await db.Cases.AsNoTracking()
            .Where(c => properties.Contains(c.PropertyId) && c.Status != CaseStatus.Received && c.Category != Category.Unclassified)
            .OrderByDescending(c => c.ReceivedAt).Take(MaxCases)
            .Select(c => new { c.Id, c.Title, c.Description, c.Category, c.Severity })
            .ToListAsync(ct);
        var training = cases.Where(c => !TriagePolicy.IsHeldOut(c.Id)).ToList();
        var heldOut = cases.Where(c => TriagePolicy.IsHeldOut(c.Id)).ToList();
        run.TrainingCases = training.Count;
        run.HeldOutCases = heldOut.Count;
        if (training.Select(c => c.Category).Distinct().Count() < 2 || training.Select(c => c.Severity).Distinct().Count() < 2)
        {
            run.Error = "Too few triaged cases to learn from: each label needs cases of at least two values.";
            return;
        }

        // Training is CPU work of seconds: off the request's thread, on one the system serves after the requests'.
        await BackgroundThread.RunOnceAsync(TriageJob.Name, () =>
        {
            var category = TriageClassifier.Train(training.Select(c => (c.Title, c.Description, c.Category.ToString())));
            var severity = TriageClassifier.Train(training.Select(c => (c.Title, c.Description, c.Severity.ToString())));
            run.CategoryAccuracy = category.Accuracy(heldOut.Select(c => (c.Title, c.Description, c.Category.ToString())).ToList());
            run.SeverityAccuracy = severity.Accuracy(heldOut.Select(c => (c.Title, c.Description, c.Severity.ToString())).ToList());
            run.CategoryModel = category.Save();
            run.SeverityModel = severity.Save();
            return true;
        });
        log.LogInformation("Triage model for enterprise {Enterprise}: {Training} cases, held-out accuracy {Category:P1} category, {Severity:P1} severity",
            run.EnterpriseId, run.TrainingCases, run.CategoryAccuracy, run.SeverityAccuracy);
    }
}
