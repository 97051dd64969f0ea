using GuestLoop.Domain.Analytics;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuestLoop.Web.Features.Analytics.Reports;

/// <summary>
/// Builds one report: gathers the figures of the quarter in the requester's scope, writes the workbook and the PDF
/// into the reports folder, and stores its progress after each step so any instance's page can show it.
/// </summary>
public sealed class QuarterlyReportBuilder(GuestLoopDbContext db, CaseStatistics stats, DashboardFigures dashboard, ReportFiles files, TimeProvider clock,
    IStringLocalizer<SharedResource> text, WorkOrders.WorkOrderStatistics workOrders)
{
    public const int MaxCaseRows = 200_000;

    public async Task RunAsync(Guid reportId, AccessScope scope, CancellationToken ct)
    {
        var report = await db.QuarterlyReports.SingleAsync(r => r.Id == reportId, ct);
        try
        {
            await StepAsync(report, ReportState.Running, 5, ct);
            var figures = await GatherAsync(report, scope, ct);
            await StepAsync(report, ReportState.Running, 60, ct);
            await File.WriteAllBytesAsync(files.PathOf(report.Id, "xlsx"), ReportWorkbook.Write(figures), ct);
            await StepAsync(report, ReportState.Running, 80, ct);
            foreach (var culture in ReportPdf.Cultures)
            {
                await File.WriteAllBytesAsync(files.PathOf(report.Id, ReportPdf.Extension(culture)), ReportPdf.Write(figures, files.FontPath, (key, args) =>
                {
                    var previous = CultureInfo.CurrentUICulture;
                    CultureInfo.CurrentUICulture = culture;
                    try
                    {
                        return text[key, args];
                    }
                    finally
                    {
                        CultureInfo.CurrentUICulture = previous;
                    }
                }), ct);
            }

            report.HasPdf = true;

            report.FinishedAt = clock.GetUtcNow();
            await StepAsync(report, ReportState.Done, 100, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            report.Message = EarlyWarning.Clip(e.Message, 1000);
            report.FinishedAt = clock.GetUtcNow();
            await StepAsync(report, ReportState.Failed, report.Progress, CancellationToken.None);
            throw;
        }
    }

    private async Task StepAsync(QuarterlyReport report, ReportState state, int progress, CancellationToken ct)
    {
        (report.State, report.Progress) = (state, progress);
        await db.SaveChangesAsync(ct);
    }

    private async Task<QuarterlyFigures> GatherAsync(QuarterlyReport report, AccessScope scope, CancellationToken ct)
    {
        var (propertyId, zone) = await stats.PropertyAsync(scope, report.PropertyCode, ct);
        var period = ReportingPeriod.Quarter(report.Year, report.Quarter, zone);
        var filter = new StatsFilter(period, Granularity.Month, report.PropertyCode, null);
        // The dashboard's figures for the quarter, computed as the dashboard computes them (one deadline pass for both
        // deadline figures).
        var (volumes, deadlines, handling, satisfaction, reopens, compensation, surveys) = await dashboard.AllAsync(scope, filter, propertyId, ct);
        await StepAsync(report, ReportState.Running, 40, ct);

        var properties = await db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var (start, end) = (period.Start, period.End);
        var visible = scope.PropertyIds.ToList();
        var actions = (await db.ImprovementActions.AsNoTracking()
                .Where(a => a.CreatedAt < end && (a.DoneAt == null || a.DoneAt >= start))
                .Where(a => propertyId == null ? (scope.AllProperties || a.PropertyId == null || visible.Contains(a.PropertyId.Value)) : a.PropertyId == propertyId)
                .OrderBy(a => a.DueOn).ToListAsync(ct))
            .Select(a => new ReportActionRow(a.Title, a.PropertyId is { } p ? properties.GetValueOrDefault(p) : null, a.DueOn, a.State, a.CreatedAt, a.DoneAt, a.CaseIds.Count))
            .ToList();
        var cases = (await stats.Received(scope, filter, propertyId).OrderBy(c => c.ReceivedAt).Take(MaxCaseRows)
                .Select(c => new { c.Number, c.ReceivedAt, c.PropertyId, c.Kind, c.Channel, c.Category, c.Severity, c.Status, c.DepartmentId, c.Title, c.ReopenCount, c.ClosedAt })
                .ToListAsync(ct))
            .Select(c => new ReportCaseRow(c.Number, c.ReceivedAt, properties.GetValueOrDefault(c.PropertyId, "?"), DrillDown.Key(c.Kind), DrillDown.Key(c.Channel),
                DrillDown.Key(c.Category), DrillDown.Key(c.Severity), DrillDown.Key(c.Status),
                c.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null, c.Title, c.ReopenCount, c.ClosedAt))
            .ToList();
        var title = $"服务质量季度评估 {report.Year} 年第 {report.Quarter} 季度 · {report.PropertyCode ?? "全部门店"}";
        var orders = await workOrders.SummaryAsync(scope, propertyId, period, ct);
        return new QuarterlyFigures(title, report.Year, report.Quarter, filter, volumes, deadlines, handling, satisfaction, reopens, compensation, surveys, actions, cases,
            orders);
    }
}

/// <summary>Where report files live: <c>&lt;DataPath&gt;/reports/{id}.{xlsx|pdf}</c>, shared by every instance like the evidence folder.</summary>
public sealed class ReportFiles(string folder, string? fontPath)
{
    public string? FontPath => fontPath;

    public string PathOf(Guid id, string extension)
    {
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{id:N}.{extension}");
    }
}
