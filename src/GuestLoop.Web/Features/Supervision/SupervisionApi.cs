using System.Globalization;
using GuestLoop.Domain;
using GuestLoop.Domain.Cases;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Supervision;

/// <summary>The supervision office's API: monthly audit samples, reports of mishandling or delay, handling scores.</summary>
public static class SupervisionApi
{
    public static RouteGroupBuilder MapSupervisionApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/supervision").WithTags("Supervision")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/samples", Draw).WithName("DrawAuditSample")
            .WithSummary("Draw a property's monthly audit sample of closed cases (seeded, reproducible; drawing again returns it)");
        group.MapGet("/samples", GetSample).WithName("GetAuditSample");
        group.MapGet("/samples/candidates", Candidates).WithName("AuditSampleCandidates").WithSummary("The cases a property closed in the month");
        group.MapPost("/samples/{entryId:guid}/findings", async (Guid entryId, RecordAuditBody body, HttpContext http, MonthlySample samples, CancellationToken ct) =>
            TypedResults.Ok(await samples.RecordAsync(http.User.ToScope(), entryId, body.Results(), ct)))
            .WithName("RecordAuditFindings").WithSummary("Record findings against the checklist");
        group.MapPost("/samples/{entryId:guid}/send-back", async (Guid entryId, SendBackBody body, HttpContext http, MonthlySample samples, CancellationToken ct) =>
            TypedResults.Ok(await samples.SendBackAsync(http.User.ToScope(), entryId, body.Reason ?? "", ct)))
            .WithName("SendBackAuditedCase").WithSummary("Reopen the sampled case with the office's reason");
        group.MapPost("/reports", async (ReportBody body, HttpContext http, SupervisionReports reports, CancellationToken ct) =>
            {
                var report = await reports.FileByStaffAsync(http.User.ToScope(), body, ct);
                return TypedResults.Created($"/api/v1/supervision/reports/{report.Id}", new { report.Id, report.Anonymous });
            })
            .WithName("ReportMishandling").WithSummary("Report mishandling or delay to the supervision office, anonymously if you choose");
        group.MapGet("/reports", async (bool? open, HttpContext http, SupervisionReports reports, CancellationToken ct) =>
            TypedResults.Ok(await reports.ListAsync(http.User.ToScope(), open ?? false, ct)))
            .WithName("ListSupervisionReports").WithSummary("Reports to the office (office only)");
        group.MapPost("/reports/{id:guid}/handled", async (Guid id, HandleReportBody body, HttpContext http, SupervisionReports reports, CancellationToken ct) =>
            {
                await reports.HandleAsync(http.User.ToScope(), id, body.Note, ct);
                return TypedResults.NoContent();
            })
            .WithName("HandleSupervisionReport");
        group.MapGet("/scores", async (DateOnly from, DateOnly to, HttpContext http, HandlingScores scores, CancellationToken ct) =>
            TypedResults.Ok(await scores.ForPeriodAsync(http.User.ToScope(), from, to, ct)))
            .WithName("HandlingScores").WithSummary("Department and staff scores for feedback handling in a period");
        return api;
    }

    private static async Task<Ok<AuditSampleJson>> Draw(DrawSampleBody body, HttpContext http, GuestLoopDbContext db, MonthlySample samples, CancellationToken ct)
    {
        var (propertyId, year, month) = await ParseAsync(db, body.Property, body.Month, ct);
        if (body.Share is <= 0 or > 1)
        {
            throw CaseValidationException.For("share", "Above 0 and at most 1.");
        }

        return TypedResults.Ok(await samples.DrawAsync(http.User.ToScope(), propertyId, year, month, body.Share, ct));
    }

    private static async Task<Ok<AuditSampleJson>> GetSample(string? property, string? month, HttpContext http, GuestLoopDbContext db,
        MonthlySample samples, CancellationToken ct)
    {
        var (propertyId, y, m) = await ParseAsync(db, property, month, ct);
        return TypedResults.Ok(await samples.GetAsync(http.User.ToScope(), propertyId, y, m, ct));
    }

    private static async Task<Ok<IReadOnlyList<Guid>>> Candidates(string? property, string? month, HttpContext http, GuestLoopDbContext db,
        MonthlySample samples, CancellationToken ct)
    {
        var (propertyId, y, m) = await ParseAsync(db, property, month, ct);
        var candidates = await samples.CandidatesAsync(http.User.ToScope(), propertyId, y, m, ct);
        return TypedResults.Ok<IReadOnlyList<Guid>>(candidates.Select(c => c.Id).ToList());
    }

    private static async Task<(Guid PropertyId, int Year, int Month)> ParseAsync(GuestLoopDbContext db, string? property, string? month, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = await db.Properties.AsNoTracking().Where(p => p.Code == property).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(ct);
        if (id is null)
        {
            errors.Add("property", $"Unknown property '{property}'.");
        }

        if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            errors.Add("month", "A month is yyyy-MM.");
        }

        errors.ThrowIfAny();

        return (id!.Value, first.Year, first.Month);
    }
}
