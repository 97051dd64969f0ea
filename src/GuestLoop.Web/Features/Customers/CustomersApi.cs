using GuestLoop.Domain.Customers;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Intake;
using GuestLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Customers;

/// <summary>Guest profiles, their personal data and the guest's rights, inside the caller's property scope.</summary>
public static class CustomersApi
{
    public static RouteGroupBuilder MapCustomersApi(this RouteGroupBuilder api)
    {
        var guests = api.MapGroup("/guests").WithTags("Guests");
        guests.MapGet("/", List).WithName("ListGuests").WithSummary("Guests of your properties, contacts masked unless your role sees them; ?q= a name or an exact phone, email or document number");
        guests.MapGet("/duplicates", async (HttpContext http, GuestChanges work, CancellationToken ct) =>
            TypedResults.Ok(await work.DuplicatesAsync(http.User.ToScope(), ct))).WithName("GuestDuplicates").WithSummary("Probable duplicate profiles");
        guests.MapGet("/{id:guid}", async (Guid id, HttpContext http, GuestDirectory directory, CancellationToken ct) =>
            TypedResults.Ok(await directory.GetAsync(id, http.User.ToScope(), ct))).WithName("GetGuest").WithSummary("A guest profile with stays, care, consents and cases")
            .ProducesProblem(StatusCodes.Status404NotFound);
        guests.MapPost("/{id:guid}/reveal", async (Guid id, RevealBody body, HttpContext http, GuestDirectory directory, CancellationToken ct) =>
            TypedResults.Ok(await directory.RevealAsync(id, http.User.ToScope(), body, ct))).WithName("RevealGuestField")
            .WithSummary("Show one personal field in clear, with a reason (audited)").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        guests.MapGet("/{id:guid}/export", Export).WithName("ExportGuest").WithSummary("Everything held about the guest: ?format=json or xlsx (audited)")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        guests.MapPut("/{id:guid}", async (Guid id, GuestDetailsBody body, HttpContext http, GuestRights rights, CancellationToken ct) =>
            TypedResults.Ok(await rights.CorrectAsync(id, http.User.ToScope(), body, ct))).WithName("CorrectGuest").WithSummary("Correct basic information and contacts")
            .ProducesValidationProblem();
        guests.MapPost("/{id:guid}/erase", async (Guid id, HttpContext http, GuestRights rights, CancellationToken ct) =>
            TypedResults.Ok(new { cases = await rights.EraseAsync(id, http.User.ToScope(), ct) })).WithName("EraseGuest")
            .WithSummary("Anonymise the person and the complainant on their cases; the cases stay for statistics").ProducesProblem(StatusCodes.Status403Forbidden);
        guests.MapPut("/{id:guid}/profile", async (Guid id, GuestProfileBody body, HttpContext http, GuestChanges work, GuestDirectory directory, CancellationToken ct) =>
            TypedResults.Ok(await directory.GetAsync((await work.SetProfileAsync(id, http.User.ToScope(), body, ct)).Id, http.User.ToScope(), ct)))
            .WithName("SetGuestProfile").WithSummary("Preferences, special needs, loyalty tier and tags");
        guests.MapPost("/{id:guid}/consents", async (Guid id, ConsentBody body, HttpContext http, GuestChanges work, CancellationToken ct) =>
            TypedResults.Ok((await work.RecordConsentAsync(id, http.User.ToScope(), body, ct)).Consents)).WithName("RecordGuestConsent")
            .WithSummary("Grant or withdraw consent for one purpose (service, marketing, surveys)");
        guests.MapPost("/{id:guid}/care", async (Guid id, CareBody body, HttpContext http, GuestChanges work, CancellationToken ct) =>
            TypedResults.Ok(await work.CareAsync(id, http.User.ToScope(), body, ct))).WithName("AddCareAction").WithSummary("A greeting or an offer (offers need marketing consent)")
            .ProducesProblem(StatusCodes.Status409Conflict);
        guests.MapPost("/{id:guid}/care/{aid:guid}/outcome", async (Guid id, Guid aid, CareOutcomeBody body, HttpContext http, GuestChanges work, CancellationToken ct) =>
            TypedResults.Ok(await work.CareOutcomeAsync(id, aid, http.User.ToScope(), body, ct))).WithName("RecordCareOutcome");
        guests.MapPost("/{id:guid}/visits", async (Guid id, VisitBody body, HttpContext http, GuestChanges work, CancellationToken ct) =>
            TypedResults.Ok(await work.AddVisitAsync(id, http.User.ToScope(), body, ct))).WithName("AddGuestVisit").WithSummary("A stay, visit, tour or order pushed by a PMS or ticketing system");
        guests.MapPost("/visits/import", async (HttpRequest request, VisitImport import, CancellationToken ct, string? fileName = "visits.csv", bool dryRun = false) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, ct);
            return TypedResults.Ok(await import.ImportAsync(request.HttpContext.User.ToScope(), fileName ?? "visits.csv", body.ToArray(), dryRun, ct));
        }).WithName("ImportGuestVisits").WithBodyLimit(((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<ImportSettings>().MaxBytes)
            .WithSummary("Stays, visits, tours and orders from a PMS or ticketing export: the file as the body, ?fileName=x.csv|x.xlsx&dryRun=true to check only");
        guests.MapPost("/{id:guid}/merge", async (Guid id, GuestMergeBody body, HttpContext http, GuestChanges work, CancellationToken ct) =>
            TypedResults.Ok(await work.MergeAsync(id, body.MergedId ?? Guid.Empty, http.User.ToScope(), ct))).WithName("MergeGuests")
            .WithSummary("Merge another profile into this one (reversible)");
        guests.MapPost("/merges/{mid:guid}/undo", async (Guid mid, HttpContext http, GuestChanges work, CancellationToken ct) =>
            TypedResults.Ok(await work.UndoMergeAsync(mid, http.User.ToScope(), ct))).WithName("UndoGuestMerge").WithSummary("Undo a merge");
        guests.MapGet("/retention-runs", async (HttpContext http, RetentionJob job, CancellationToken ct) =>
            TypedResults.Ok(await job.RunsAsync(http.User.ToScope(), ct))).WithName("RetentionRuns").WithSummary("What the retention job removed (administrators)");
        guests.MapPost("/retention-runs", async (HttpContext http, RetentionJob job, CancellationToken ct) =>
            TypedResults.Ok(await job.RunNowAsync(http.User.ToScope(), ct))).WithName("RunRetention").WithSummary("Run the retention job now (administrators)");
        api.MapPost("/cases/{id:guid}/complainant/reveal", async (Guid id, RevealBody body, HttpContext http, ComplainantReveal reveal, CancellationToken ct) =>
            TypedResults.Ok(await reveal.RevealAsync(id, http.User.ToScope(), body, ct))).WithTags("Guests").WithName("RevealComplainantField")
            .WithSummary("Show the complainant's phone, email or document number in clear, with a reason (audited)");
        return api;
    }

    private static async Task<Ok<GuestListJson>> List(HttpContext http, GuestDirectory directory, CancellationToken ct, string? q = null, int page = 1, int pageSize = 50) =>
        TypedResults.Ok(await directory.ListAsync(http.User.ToScope(), q, Math.Max(page, 1), Math.Clamp(pageSize, 1, 200), ct));

    private static async Task<IResult> Export(Guid id, HttpContext http, GuestRights rights, CancellationToken ct, string? format = "json")
    {
        var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        var export = await rights.ExportAsync(id, http.User.ToScope(), xlsx ? "xlsx" : "json", ct);
        return xlsx ? WorkbookFile(export, id) : TypedResults.Ok(export);
    }

    /// <summary>The export as a spreadsheet to download, for the API and the workspace's download alike.</summary>
    internal static IResult WorkbookFile(GuestExport export, Guid id) =>
        TypedResults.File(GuestRights.Workbook(export), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"guest-{id:N}.xlsx");
}
