using System.Security.Cryptography;
using System.Text.Json;
using GuestLoop.Domain;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Intake;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Features.Sla;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Intake;

/// <summary>The file and its mapping as the administrator sent them.</summary>
public sealed record ImportRequest(Property Property, string FileName, byte[] Content, ImportMapping? Mapping, bool DryRun);

/// <summary>
/// Imports cases from a spreadsheet or CSV file. Every row is checked first; a dry run stops there and reports. A real
/// run with any bad row imports nothing; otherwise the cases are written in the background by <see cref="ImportRunner"/>,
/// whose progress the job shows. Rows imported before (same property and reference, or same values) are skipped.
/// </summary>
public sealed class ImportCases(GuestLoopDbContext db, ReceiveCase receive, AuditLog audit, ImportProgress progress, TimeProvider clock)
{
    /// <summary>Rows per transaction: short enough that other channels' cases are taken between two chunks.</summary>
    public const int ChunkSize = 200;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The job, finished unless it is to run, and its check; null when the file or the mapping cannot be used (why is in <paramref name="errors"/>).</summary>
    public async Task<(ImportJob Job, ImportCheck Check)?> CheckAsync(ImportRequest request, AccessScope actor, FieldErrors errors, CancellationToken ct)
    {
        var file = TabularFile.Read(request.FileName, request.Content);
        if (file is null)
        {
            errors.Add("file", "The file is not a readable .xlsx or CSV file with a header row.");
            return null;
        }

        var mapping = request.Mapping ?? ImportHeaders.GuessAll(file.Headers);
        if (mapping.Check(file.Headers) is { Count: > 0 } problems)
        {
            errors.Add("mapping", problems);
            return null;
        }

        var now = clock.GetUtcNow();
        var scope = IntakeKey.ForProperty(request.Property.Id);
        var keys = ImportCheck.Keys(file, mapping);
        var imported = new HashSet<string>();
        foreach (var chunk in keys.Chunk(500))
        {
            imported.UnionWith(await db.IntakeKeys.AsNoTracking().Where(k => k.Scope == scope && chunk.Contains(k.Key)).Select(k => k.Key).ToListAsync(ct));
        }

        var check = ImportCheck.Run(file, mapping, request.Property.Id, imported, now);
        var job = new ImportJob
        {
            PropertyId = request.Property.Id, FileName = GuestLoop.Domain.Cases.StoredFileName.Clean(request.FileName, "import"), FileSha256 = Convert.ToHexStringLower(SHA256.HashData(request.Content)),
            DryRun = request.DryRun, Total = check.Total, Duplicates = check.Duplicates, CreatedBy = actor.Name, CreatedAt = now,
            RowErrors = check.Errors.Count == 0 ? null : JsonSerializer.Serialize(check.Errors, Json),
            Status = request.DryRun ? ImportStatus.Checked : check.Errors.Count > 0 ? ImportStatus.Rejected : ImportStatus.Running,
            Processed = request.DryRun || check.Errors.Count > 0 ? check.Total : 0,
        };
        job.FinishedAt = job.Finished ? now : null;
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(ct);
        return (job, check);
    }

    /// <summary>
    /// Writes the checked rows as cases through the one intake pipeline (guest linking, risk words, deadlines, duplicates),
    /// <see cref="ChunkSize"/> rows per transaction, reporting progress as it goes. If the run stops part-way, the job says
    /// how many cases were made; running the same file again makes only the rest (each row's key is kept with its case).
    /// </summary>
    public async Task RunAsync(Guid jobId, IReadOnlyList<ImportCandidate> rows, AccessScope actor, CancellationToken ct)
    {
        var job = await db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == jobId, ct);
        var property = await db.Properties.AsNoTracking().SingleAsync(p => p.Id == job.PropertyId, ct);
        var scope = IntakeKey.ForProperty(property.Id);
        var now = clock.GetUtcNow();
        var made = 0;
        try
        {
            var intakes = rows.Select(r => new CaseIntake(r.Case, property, actor.Actor)
            {
                Key = new IntakeKey { Scope = scope, Key = r.Key, CreatedAt = now },
            }).ToList();
            await receive.ReceiveManyAsync(intakes, ChunkSize, n =>
            {
                made = n;
                progress.Report(jobId, n);
            }, ct);
            var done = await db.ImportJobs.SingleAsync(j => j.Id == jobId, ct);
            (done.Status, done.Processed, done.Created, done.FinishedAt) = (ImportStatus.Succeeded, done.Total, rows.Count, clock.GetUtcNow());
            audit.Append(actor, "import.run", "import", done.Id.ToString(), null,
                new { done.FileName, done.FileSha256, property = property.Code, done.Total, done.Created, done.Duplicates });
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e)
        {
            // The job must say what happened rather than stay running: how many cases were made before the failure.
            db.ChangeTracker.Clear();
            var failed = await db.ImportJobs.SingleAsync(j => j.Id == jobId, CancellationToken.None);
            (failed.Status, failed.Created, failed.Processed, failed.FinishedAt) = (ImportStatus.Failed, made, made, clock.GetUtcNow());
            failed.Message = made == 0 ? "Nothing was imported: " + e.Message
                : $"{made} of {rows.Count} rows were imported before: {e.Message}. Importing the same file again adds only the rest.";
            await db.SaveChangesAsync(CancellationToken.None);
        }
        finally
        {
            progress.Forget(jobId);
        }
    }

    public static IReadOnlyList<ImportRowError> RowErrors(ImportJob job) =>
        job.RowErrors is null ? [] : JsonSerializer.Deserialize<List<ImportRowError>>(job.RowErrors, Json) ?? [];
}
