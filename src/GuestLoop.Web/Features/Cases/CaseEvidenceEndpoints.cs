using GuestLoop.Domain.Cases;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Cases;

/// <summary>Evidence in (API upload) and out (streamed only to those who may see the case).</summary>
public static class CaseEvidenceEndpoints
{
    public static void MapCaseEvidenceEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/cases").WithTags("Cases").RequireAuthorization(AuthSetup.ApiPolicy);
        var store = app.ServiceProvider.GetRequiredService<EvidenceStore>();
        api.MapPost("/{id:guid}/evidence", Upload).DisableAntiforgery().WithName("CaseAddEvidence")
            .WithBodyLimit(store.MaxBytes + BodyLimits.FormOverhead)
            .WithSummary("Attach a photo, video, audio or PDF (multipart field 'file')");
        api.MapGet("/{id:guid}/evidence/{evidenceId:guid}", Download).WithName("CaseGetEvidence");
        app.MapGet("/cases/{id:guid}/evidence/{evidenceId:guid}", Download).RequireAuthorization().ExcludeFromDescription();
    }

    private static async Task<Results<Ok<CaseJson>, ProblemHttpResult>> Upload(Guid id, IFormFile file, HttpContext http,
        CaseWorkflow workflow, CaseReader reader, EvidenceStore store, CancellationToken ct)
    {
        var scope = http.User.ToScope();
        await workflow.LoadAsync(id, scope, ct);
        var saved = await SaveAsync(store, file, scope.Name, fromGuest: false, ct);
        if (saved.Problem is not null)
        {
            return saved.Problem;
        }

        try
        {
            var c = await workflow.PerformAsync(id, scope, (c, actor, _) => c.AddEvidence(actor, saved.Evidence!), ct);
            return TypedResults.Ok(await reader.ToJsonAsync(c, scope, withHistory: true, ct));
        }
        catch
        {
            store.Delete(saved.Evidence!.StorageKey);
            throw;
        }
    }

    /// <summary>Stores one uploaded file; a rejected file becomes a problem result and leaves nothing behind.</summary>
    public static async Task<(CaseEvidence? Evidence, ProblemHttpResult? Problem)> SaveAsync(EvidenceStore store, IFormFile file,
        string addedBy, bool fromGuest, CancellationToken ct)
    {
        if (file.Length > store.MaxBytes)
        {
            return (null, TypedResults.Problem($"A file may be at most {store.MaxBytes / 1024 / 1024} MiB.", statusCode: 413, title: "File too large"));
        }

        try
        {
            await using var stream = file.OpenReadStream();
            var stored = await store.SaveAsync(stream, file.FileName, ct);
            return (new CaseEvidence(stored.Name, stored.ContentType, stored.Size, stored.Key, stored.Sha256, DateTimeOffset.UtcNow, addedBy, fromGuest), null);
        }
        catch (EvidenceRejectedException e)
        {
            return (null, TypedResults.Problem(e.Message, statusCode: e.Status, title: "File not accepted"));
        }
    }

    private static async Task<IResult> Download(Guid id, Guid evidenceId, HttpContext http, CaseWorkflow workflow, EvidenceStore store,
        CancellationToken ct)
    {
        var c = await workflow.LoadAsync(id, http.User.ToScope(), ct);
        var evidence = c.Evidence.SingleOrDefault(e => e.Id == evidenceId);
        if (evidence is null)
        {
            return TypedResults.Problem(statusCode: 404, title: "Not found");
        }

        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        // A stored file never changes under its id: the case page's thumbnails are not fetched again on every render.
        http.Response.Headers.CacheControl = "private, max-age=86400";
        return TypedResults.File(store.Open(evidence.StorageKey), evidence.ContentType, evidence.FileName, enableRangeProcessing: true);
    }
}
