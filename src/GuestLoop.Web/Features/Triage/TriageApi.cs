using GuestLoop.Domain;
using GuestLoop.Domain.Triage;
using GuestLoop.Web.Features.Account;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Triage;

public static class TriageApi
{
    public static RouteGroupBuilder MapTriageApi(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{id:guid}/triage-suggestion", Suggest).WithTags("Cases").WithName("GetTriageSuggestion")
            .WithSummary("A suggested category and severity with its confidence, from the enterprise's model or its keyword rules");
        var triage = api.MapGroup("/triage").WithTags("Triage").RequireAuthorization(AuthSetup.AdminPolicy);
        triage.MapGet("/model", Status).WithName("GetTriageModel").WithSummary("The triage model in use, its held-out accuracy per label and the latest runs");
        triage.MapPost("/model/retrain", Retrain).WithName("RetrainTriageModel").WithSummary("Train the enterprise's triage model now");
        triage.MapGet("/keywords", GetKeywords).WithName("GetTriageKeywords").WithSummary("The keyword lists that suggest a triage until a model is trusted");
        triage.MapPut("/keywords", PutKeywords).WithName("PutTriageKeywords").WithSummary("Replace the triage keyword lists").ProducesValidationProblem();
        return api;
    }

    private static async Task<Ok<TriageSuggestion>> Suggest(Guid id, HttpContext http, TriageAssist triage, CancellationToken ct) =>
        TypedResults.Ok(await triage.SuggestAsync(id, http.User.ToScope(), ct));

    private static async Task<Ok<TriageStatusJson>> Status(HttpContext http, TriageAssist triage, CancellationToken ct) =>
        TypedResults.Ok(await triage.StatusAsync(http.User.ToScope(), ct));

    private static async Task<Results<Ok<TriageRunJson>, Conflict>> Retrain(HttpContext http, TriageAssist triage, CancellationToken ct) =>
        await triage.RetrainAsync(http.User.ToScope(), ct) is { } run ? TypedResults.Ok(run) : TypedResults.Conflict();

    private static async Task<Ok<TriageKeywordsJson>> GetKeywords(HttpContext http, TriageAssist triage, CancellationToken ct) =>
        TypedResults.Ok(new TriageKeywordsJson((await triage.KeywordsAsync(http.User.ToScope(), ct)).Words));

    private static async Task<Results<Ok<TriageKeywordsJson>, ValidationProblem>> PutKeywords(TriageKeywordsJson body, HttpContext http, TriageAssist triage,
        CancellationToken ct)
    {
        // A missing or misspelt field is refused, never read as "no keywords": the PUT replaces every list.
        if (body.Lists is null || body.Lists.Any(l => l.Value is null || l.Value.Any(w => w is null)))
        {
            return TypedResults.ValidationProblem(
                FieldErrors.For("lists", body.Lists is null ? "The keyword lists are required." : "A list or a keyword cannot be null."));
        }

        var text = string.Join('\n', body.Lists.Select(l => $"{l.Key}: {string.Join(' ', l.Value)}"));
        var (keywords, errors) = await triage.SaveKeywordsAsync(http.User.ToScope(), text, ct);
        return keywords is null
            ? TypedResults.ValidationProblem(FieldErrors.For("lists", errors))
            : TypedResults.Ok(new TriageKeywordsJson(keywords.Words));
    }
}

/// <summary>Keyword lists by name: the categories (serviceQuality, facility …) and the severities major and urgent.</summary>
public sealed record TriageKeywordsJson(IReadOnlyDictionary<string, string[]>? Lists);
