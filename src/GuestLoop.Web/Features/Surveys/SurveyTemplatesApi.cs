using GuestLoop.Web.Features.Account;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Surveys;

/// <summary>An administrator's survey templates: one per property and occasion, several questions each.</summary>
public static class SurveyTemplatesApi
{
    public static RouteGroupBuilder MapSurveyTemplatesApi(this RouteGroupBuilder api)
    {
        var templates = api.MapGroup("/survey-templates").WithTags("Surveys").RequireAuthorization(AuthSetup.AdminPolicy);
        templates.MapGet("/", List).WithName("ListSurveyTemplates").WithSummary("The survey templates of the caller's properties");
        templates.MapGet("/{id:guid}", Get).WithName("GetSurveyTemplate").WithSummary("A survey template and its questions")
            .ProducesProblem(StatusCodes.Status404NotFound);
        templates.MapPost("/", Create).WithName("CreateSurveyTemplate")
            .WithSummary("A property's template for one occasion: rating, choice, text and NPS questions").ProducesValidationProblem();
        templates.MapPut("/{id:guid}", Replace).WithName("ReplaceSurveyTemplate").WithSummary("Replace a template; sent invitations keep their answers")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        templates.MapDelete("/{id:guid}", Delete).WithName("DeleteSurveyTemplate").WithSummary("Delete a template with its invitations and answers")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<List<SurveyTemplateJson>>> List(HttpContext http, SurveyTemplateAdministration admin, CancellationToken ct) =>
        TypedResults.Ok((await admin.ListAsync(http.User.ToScope(), ct)).Select(SurveyTemplateJson.From).ToList());

    private static async Task<Ok<SurveyTemplateJson>> Get(Guid id, HttpContext http, SurveyTemplateAdministration admin, CancellationToken ct) =>
        TypedResults.Ok(SurveyTemplateJson.From(await admin.GetAsync(http.User.ToScope(), id, ct)));

    private static async Task<Created<SurveyTemplateJson>> Create(SurveyTemplateBody body, HttpContext http, SurveyTemplateAdministration admin,
        CancellationToken ct)
    {
        var (saved, _) = await admin.SaveAsync(http.User.ToScope(), null, body.ToEdit(), ct);
        return TypedResults.Created($"/api/v1/survey-templates/{saved.Id}", SurveyTemplateJson.From(saved));
    }

    private static async Task<Ok<SurveyTemplateJson>> Replace(Guid id, SurveyTemplateBody body, HttpContext http, SurveyTemplateAdministration admin,
        CancellationToken ct) =>
        TypedResults.Ok(SurveyTemplateJson.From((await admin.SaveAsync(http.User.ToScope(), id, body.ToEdit(), ct)).Saved));

    private static async Task<NoContent> Delete(Guid id, HttpContext http, SurveyTemplateAdministration admin, CancellationToken ct)
    {
        await admin.DeleteAsync(http.User.ToScope(), id, ct);
        return TypedResults.NoContent();
    }
}
