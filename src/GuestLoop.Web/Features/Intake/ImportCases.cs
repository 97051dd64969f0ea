using System.Security.Cryptography;
using System.Text.Json;
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
/// run with any bad row imports nothing; otherwise the cases are written in one transaction by <see cref="ImportRunner"/>,
/// whose progress the job shows. Rows imported before (same property and reference, or same values) are skipped.
/// </summary>
public sealed class ImportCases(GuestLoopDbContext db, CaseWorkflow workflow, CaseNumbers numbers, SlaCatalog sla, AuditLog audit,
    ImportProgress progress, DuplicateFinder duplicates, TimeProvider clock)
{
    public const int BatchSize = 500;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Field errors when the file or the mapping cannot be used; otherwise the job, finished unless it is to run.</summary>
    public async Task<(ImportJob? Job, ImportCheck? Check, Dictionary<string, string[]> Errors)> CheckAsync(ImportRequest request, AccessScope actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var file = TabularFile.Read(request.FileName, request.Content);
        if (file is null)
        {
            errors["file"] = ["The file is not a readable .xlsx or CSV file with a header row."];
            return (null, null, errors);
        }

        var mapping = request.Mapping ?? ImportHeaders.GuessAll(file.Headers);
        if (mapping.Check(file.Headers) is { Count: > 0 } problems)
        {
            errors["mapping"] = [.. problems];
            return (null, null, errors);
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
        return (job, check, errors);
    }

    /// <summary>Writes the checked rows as cases, all in one transaction, reporting progress as it goes.</summary>
    public async Task RunAsync(Guid jobId, IReadOnlyList<ImportCandidate> rows, AccessScope actor, CancellationToken ct)
    {
        var job = await db.ImportJobs.SingleAsync(j => j.Id == jobId, ct);
        var property = await db.Properties.AsNoTracking().SingleAsync(p => p.Id == job.PropertyId, ct);
        var calendar = await sla.CalendarAsync(property.CalendarCode, ct);
        var policy = await sla.PolicyAsync(property.PolicyCode, ct);
        var scope = IntakeKey.ForProperty(property.Id);
        var now = clock.GetUtcNow();
        var localDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, CaseWorkflow.FindZone(property.TimeZoneId)).DateTime);
        try
        {
            await using (var tx = await db.Database.BeginTransactionAsync(ct))
            {
                var first = rows.Count == 0 ? 0 : await numbers.ReserveAsync(property.Code, localDate, rows.Count, ct);
                for (var i = 0; i < rows.Count; i++)
                {
                    var @case = Case.Receive(rows[i].Case, CaseNumbers.Format(property.Code, localDate, first + i),
                        CaseWorkflow.NewTrackingToken(), actor.Actor, now);
                    db.Cases.Add(@case);
                    await workflow.RefreshDeadlinesAsync(@case, calendar, policy, ct);
                    await duplicates.FlagAsync(@case, now, ct);
                    db.IntakeKeys.Add(new IntakeKey { Scope = scope, Key = rows[i].Key, CaseId = @case.Id, CreatedAt = now });
                    if ((i + 1) % BatchSize == 0)
                    {
                        await db.SaveChangesAsync(ct);
                        db.ChangeTracker.Clear();
                        progress.Report(jobId, i + 1);
                    }
                }

                job = await db.ImportJobs.SingleAsync(j => j.Id == jobId, ct);
                (job.Status, job.Processed, job.Created, job.FinishedAt) = (ImportStatus.Succeeded, job.Total, rows.Count, clock.GetUtcNow());
                audit.Append(actor, "import.run", "import", job.Id.ToString(), null,
                    new { job.FileName, job.FileSha256, property = property.Code, job.Total, job.Created, job.Duplicates });
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
        }
        catch (Exception e)
        {
            // Whatever went wrong, the transaction is rolled back; the job must say so rather than stay running.
            db.ChangeTracker.Clear();
            var failed = await db.ImportJobs.SingleAsync(j => j.Id == jobId, CancellationToken.None);
            (failed.Status, failed.Message, failed.FinishedAt) = (ImportStatus.Failed, "Nothing was imported: " + e.Message, clock.GetUtcNow());
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
