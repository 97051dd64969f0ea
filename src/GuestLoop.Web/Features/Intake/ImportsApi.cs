using System.Text.Json;
using GuestLoop.Domain;
using GuestLoop.Domain.Intake;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Intake;

public sealed record ImportJobJson(Guid Id, string Status, bool DryRun, string FileName, int Total, int Processed, int Created, int Duplicates,
    int ToCreate, IReadOnlyList<ImportRowError> Errors, string? Message)
{
    public static ImportJobJson From(ImportJob job, int? processed = null, int? toCreate = null) => new(job.Id,
        JsonNamingPolicy.CamelCase.ConvertName(job.Status.ToString()), job.DryRun, job.FileName, job.Total, processed ?? job.Processed,
        job.Created, job.Duplicates, toCreate ?? job.Created, ImportCases.RowErrors(job), job.Message);
}

/// <summary>
/// POST /api/v1/imports?dryRun=true|false (multipart: file, property, mapping as JSON {"column":"field"}) and
/// GET /api/v1/imports/{id}. A dry run answers 200 with every bad row; a real run answers 202 and runs in the
/// background, or 422 with the bad rows and nothing imported.
/// </summary>
public static class ImportsApi
{
    public static RouteGroupBuilder MapImportsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/imports").WithTags("Imports").RequireAuthorization(AuthSetup.AdminPolicy);
        var settings = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<ImportSettings>();
        group.MapPost("/", Start).DisableAntiforgery().WithName("StartImport").WithBodyLimit(settings.MaxBytes + BodyLimits.FormOverhead)
            .WithSummary("Import cases from an .xlsx or CSV file (multipart fields file, property, mapping)");
        group.MapGet("/{id:guid}", Get).WithName("GetImport").WithSummary("Progress and result of an import");
        return api;
    }

    private static async Task<Results<Ok<ImportJobJson>, Accepted<ImportJobJson>, UnprocessableEntity<ImportJobJson>, ValidationProblem, ProblemHttpResult>> Start(
        HttpRequest request, bool? dryRun, GuestLoopDbContext db, ImportCases imports, ImportRunner runner, ImportSettings settings, CancellationToken ct)
    {
        if (request.ContentLength > settings.MaxBytes + 64 * 1024)
        {
            return TooLarge(settings);
        }

        if (!request.HasFormContentType)
        {
            return TypedResults.Problem("Send the file as multipart/form-data with the fields file, property and mapping.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (InvalidDataException e)
        {
            // A malformed multipart body (no boundary, cut short) is the client's error.
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
        }

        var file = form.Files.GetFile("file");
        if (file is null)
        {
            return TypedResults.ValidationProblem(FieldErrors.For("file", "A file is required (multipart field 'file')."));
        }

        if (file.Length > settings.MaxBytes)
        {
            return TooLarge(settings);
        }

        var code = form["property"].ToString();
        var property = await db.Properties.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, ct);
        var errors = new FieldErrors();
        if (property is null)
        {
            errors.Add("property", $"Unknown property '{code}'.");
        }

        var mapping = ParseMapping(form["mapping"].ToString(), errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var scope = request.HttpContext.User.ToScope();
        if (await imports.CheckAsync(new ImportRequest(property!, file.FileName, buffer.ToArray(), mapping, dryRun ?? true), scope, errors, ct)
            is not (var job, var check))
        {
            return TypedResults.ValidationProblem(errors);
        }

        var json = ImportJobJson.From(job, toCreate: check.ToCreate.Count);
        switch (job.Status)
        {
            case ImportStatus.Rejected:
                return TypedResults.UnprocessableEntity(json);
            case ImportStatus.Running:
                runner.Enqueue(job.Id, check.ToCreate, scope);
                return TypedResults.Accepted($"/api/v1/imports/{job.Id}", json);
            default:
                return TypedResults.Ok(json);
        }
    }

    private static async Task<Results<Ok<ImportJobJson>, NotFound>> Get(Guid id, GuestLoopDbContext db, ImportProgress progress, CancellationToken ct)
    {
        var job = await db.ImportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, ct);
        return job is null ? TypedResults.NotFound() : TypedResults.Ok(ImportJobJson.From(job, job.Finished ? null : progress.Processed(id)));
    }

    /// <summary>{"file column":"field"}; no mapping means a guess from the column names.</summary>
    private static ImportMapping? ParseMapping(string json, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            var raw = JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
            var columns = new Dictionary<string, ImportField>(StringComparer.OrdinalIgnoreCase);
            foreach (var (column, field) in raw)
            {
                if (Enum.TryParse<ImportField>(field, ignoreCase: true, out var parsed) && !int.TryParse(field, out _))
                {
                    columns[column] = parsed;
                }
                else
                {
                    errors.Add("mapping", $"'{field}' is not one of {string.Join("|", Enum.GetNames<ImportField>().Select(JsonNamingPolicy.CamelCase.ConvertName))}.");
                }
            }

            return new ImportMapping(columns);
        }
        catch (JsonException)
        {
            errors.Add("mapping", "The mapping is a JSON object of file column to case field.");
            return null;
        }
    }

    private static ProblemHttpResult TooLarge(ImportSettings settings) =>
        TypedResults.Problem($"An import file may be at most {settings.MaxBytes / 1024 / 1024} MiB.", statusCode: 413, title: "File too large");
}
