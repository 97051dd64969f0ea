using GuestLoop.Domain;
using GuestLoop.Web.Features.Account;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Analytics.Reports;

public sealed record ReportRequest(int? Year, int? Quarter, string? Property);

public static class ReportsApi
{
    public const string WorkspacePrefix = "/reports/quarterly";

    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports/quarterly").WithTags("Quarterly evaluation");
        reports.MapPost("/", Request).WithName("RequestQuarterlyReport")
            .WithSummary("Start building the quarterly evaluation (xlsx and PDF) for a quarter and an optional property; poll the returned report")
            .ProducesValidationProblem();
        reports.MapGet("/", async (HttpContext h, QuarterlyReports r, CancellationToken ct) =>
                TypedResults.Ok((await r.ListAsync(h.User.ToScope(), ct)).Select(x => QuarterlyReportJson.From(x, "/api/v1/reports/quarterly")).ToList()))
            .WithName("ListQuarterlyReports").WithSummary("The last reports, newest first");
        reports.MapGet("/{id:guid}", async (Guid id, HttpContext h, QuarterlyReports r, CancellationToken ct) =>
                TypedResults.Ok(QuarterlyReportJson.From(await r.GetAsync(h.User.ToScope(), id, ct), "/api/v1/reports/quarterly")))
            .WithName("GetQuarterlyReport").WithSummary("A report's state and progress (0–100), and its files when done");
        reports.MapGet("/{id:guid}/{format:regex(^(xlsx|pdf)$)}", (Guid id, string format, HttpContext h, QuarterlyReports r, CancellationToken ct) =>
                r.DownloadAsync(h.User.ToScope(), id, format, ct))
            .WithName("DownloadQuarterlyReport").WithSummary("The report as a workbook or a PDF");
        return api;
    }

    /// <summary>The same downloads for a signed-in member of staff (the /api/v1 routes take API keys only).</summary>
    public static void MapReportDownloads(this IEndpointRouteBuilder app) =>
        app.MapGet(WorkspacePrefix + "/{id:guid}/{format:regex(^(xlsx|pdf)$)}", (Guid id, string format, HttpContext h, QuarterlyReports r, CancellationToken ct) =>
            r.DownloadAsync(h.User.ToScope(), id, format, ct)).RequireAuthorization().ExcludeFromDescription();

    private static async Task<Results<Accepted<QuarterlyReportJson>, ValidationProblem>> Request(ReportRequest body, HttpContext http, QuarterlyReports reports, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var report = await reports.RequestAsync(http.User.ToScope(), body.Year, body.Quarter, body.Property, errors, ct);
        return report is null
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Accepted($"/api/v1/reports/quarterly/{report.Id}", QuarterlyReportJson.From(report, "/api/v1/reports/quarterly"));
    }
}
