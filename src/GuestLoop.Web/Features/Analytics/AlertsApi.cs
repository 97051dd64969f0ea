using GuestLoop.Domain;
using GuestLoop.Web.Features.Account;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Analytics;

public static class AlertsApi
{
    public static RouteGroupBuilder MapAlertsApi(this RouteGroupBuilder api)
    {
        var alerts = api.MapGroup("/alerts").WithTags("Early warning");
        alerts.MapGet("/", List).WithName("ListAlerts").WithSummary("Early warnings of the caller's properties, newest first, with evidence and the cases behind them");
        api.MapGet("/risk-words", GetWords).WithTags("Early warning").WithName("GetRiskWords").WithSummary("Words that make a new case urgent");
        api.MapPut("/risk-words", PutWords).WithTags("Early warning").WithName("PutRiskWords").WithSummary("Replace the risk words (administrators)")
            .RequireAuthorization(AuthSetup.AdminPolicy).ProducesValidationProblem();
        api.MapPost("/risk-words/test", TestWords).WithTags("Early warning").WithName("TestRiskWords")
            .WithSummary("Which risk words fire on a sentence and by which rule (word, emergencyNumber, safetyHazard); nothing is saved (administrators)")
            .RequireAuthorization(AuthSetup.AdminPolicy).ProducesValidationProblem();
        return api;
    }

    private static async Task<Ok<List<AlertJson>>> List(HttpContext http, Alerts alerts, int? take, CancellationToken ct) =>
        TypedResults.Ok(await alerts.ListAsync(http.User.ToScope(), Math.Clamp(take ?? 100, 1, 500), ct));

    private static async Task<Ok<RiskWordsJson>> GetWords(HttpContext http, Alerts alerts, CancellationToken ct) =>
        TypedResults.Ok(new RiskWordsJson((await alerts.WordsAsync(http.User.ToScope(), ct)).Words));

    private static async Task<Results<Ok<RiskWordsJson>, ValidationProblem>> PutWords(RiskWordsJson body, HttpContext http, Alerts alerts, CancellationToken ct)
    {
        // A missing or misspelt list is refused, never read as "no words": the PUT replaces the whole list.
        if (body.Words is null || body.Words.Any(w => w is null))
        {
            return TypedResults.ValidationProblem(
                FieldErrors.For("words", body.Words is null ? "The list of words is required; send [] to remove every word." : "A word cannot be null."));
        }

        var (words, errors) = await alerts.SaveWordsAsync(http.User.ToScope(), string.Join('\n', body.Words), ct);
        return words is null
            ? TypedResults.ValidationProblem(FieldErrors.For("words", errors))
            : TypedResults.Ok(new RiskWordsJson(words.Words));
    }


    private static async Task<Results<Ok<List<RiskMatchJson>>, ValidationProblem>> TestWords(RiskTestJson body, HttpContext http, Alerts alerts,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body.Text) || body.Text.Length > 4000)
        {
            return TypedResults.ValidationProblem(FieldErrors.For("text", "A sentence of 1 to 4000 characters is required."));
        }

        var matches = await alerts.TestWordsAsync(http.User.ToScope(), body.Text, ct);
        return TypedResults.Ok(matches.Select(m => new RiskMatchJson(m.Word, DrillDown.Key(m.Rule), m.Excerpt)).ToList());
    }
}

public sealed record RiskWordsJson(IReadOnlyList<string>? Words);

public sealed record RiskTestJson(string? Text);

public sealed record RiskMatchJson(string Word, string Rule, string Excerpt);
