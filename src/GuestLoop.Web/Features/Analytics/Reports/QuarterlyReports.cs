using GuestLoop.Domain;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Analytics.Reports;

public sealed record QuarterlyReportJson(Guid Id, int Year, int Quarter, string? Property, string State, int Progress, string? Message, string CreatedBy,
    DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, string? Xlsx, string? Pdf)
{
    public static QuarterlyReportJson From(QuarterlyReport r, string prefix) => new(r.Id, r.Year, r.Quarter, r.PropertyCode, DrillDown.Key(r.State), r.Progress, r.Message,
        r.CreatedBy, r.CreatedAt, r.FinishedAt, r.State == ReportState.Done ? $"{prefix}/{r.Id}/xlsx" : null, r.State == ReportState.Done && r.HasPdf ? $"{prefix}/{r.Id}/pdf" : null);
}

/// <summary>Asks for a report, lists the last ones and opens their files — each only for staff who may see its whole scope.</summary>
public sealed class QuarterlyReports(GuestLoopDbContext db, CaseStatistics stats, QuarterlyReportRunner runner, ReportFiles files, TimeProvider clock)
{
    public const int Kept = 20;

    /// <summary>Queues a report; null when the year or quarter is wrong (its problem is in <paramref name="errors"/>).</summary>
    public async Task<QuarterlyReport?> RequestAsync(AccessScope scope, int? year, int? quarter, string? property, FieldErrors errors,
        CancellationToken ct)
    {
        if (year is not (>= 2000 and <= 2100))
        {
            errors.Add("year", "A year from 2000 to 2100.");
        }

        if (quarter is not (>= 1 and <= 4))
        {
            errors.Add("quarter", "1, 2, 3 or 4.");
        }

        if (errors.Any)
        {
            return null;
        }

        var (propertyId, _) = await stats.PropertyAsync(scope, property, ct);
        var report = new QuarterlyReport
        {
            Year = year!.Value, Quarter = quarter!.Value, PropertyId = propertyId, PropertyCode = string.IsNullOrWhiteSpace(property) ? null : property,
            State = ReportState.Queued, CreatedBy = scope.Name, CreatedAt = clock.GetUtcNow(),
        };
        db.QuarterlyReports.Add(report);
        await db.SaveChangesAsync(ct);
        runner.Enqueue(report.Id, scope);
        return report;
    }

    public async Task<List<QuarterlyReport>> ListAsync(AccessScope scope, CancellationToken ct) =>
        (await db.QuarterlyReports.AsNoTracking().OrderByDescending(r => r.CreatedAt).Take(Kept * 5).ToListAsync(ct))
            .Where(r => MaySee(scope, r)).Take(Kept).ToList();

    public async Task<QuarterlyReport> GetAsync(AccessScope scope, Guid id, CancellationToken ct)
    {
        var report = await db.QuarterlyReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        return report is not null && MaySee(scope, report) ? report : throw new CaseNotFoundException();
    }

    public async Task<IResult> DownloadAsync(AccessScope scope, Guid id, string format, CancellationToken ct)
    {
        var report = await GetAsync(scope, id, ct);
        var extension = format == "pdf" ? "pdf" : "xlsx";
        var path = files.PathOf(report.Id, extension);
        // The PDF in the reader's language where it was written in it (reports built before English was offered have Chinese only).
        if (format == "pdf" && files.PathOf(report.Id, ReportPdf.Extension(System.Globalization.CultureInfo.CurrentUICulture)) is var own && File.Exists(own))
        {
            path = own;
        }

        if (report.State != ReportState.Done || !File.Exists(path))
        {
            return TypedResults.NotFound();
        }

        var type = extension == "pdf" ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return TypedResults.PhysicalFile(path, type, report.FileName(extension));
    }

    private static bool MaySee(AccessScope scope, QuarterlyReport r) => r.PropertyId is { } p ? scope.CanSee(p) : scope.AllProperties;
}
