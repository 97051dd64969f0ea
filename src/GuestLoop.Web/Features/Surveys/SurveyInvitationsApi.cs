using System.ComponentModel;
using GuestLoop.Domain;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Analytics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Surveys;

/// <summary>Sending a template's survey to a guest after an occasion, and the results of those surveys, inside the caller's properties.</summary>
public static class SurveyInvitationsApi
{
    public static RouteGroupBuilder MapSurveyInvitationsApi(this RouteGroupBuilder api)
    {
        var surveys = api.MapGroup("/surveys").WithTags("Surveys");
        surveys.MapPost("/invitations", Send).WithName("SendSurveyInvitation")
            .WithSummary("Send the property's template for an occasion to a guest (by id or visit reference): with consent, at most once per N days")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        surveys.MapGet("/results", ShowResults).WithName("SurveyResults")
            .WithSummary("Response rate and per question the mean rating, NPS or count per option, of the surveys sent in the period")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Created<SurveyInvitationJson>> Send(SurveyInvitationRequest body, HttpContext http, SendSurveyInvitation sender,
        CancellationToken ct)
    {
        var invitation = await sender.SendAsync(http.User.ToScope(), body, ct);
        return TypedResults.Created($"/api/v1/surveys/invitations/{invitation.Id}", SurveyInvitationJson.From(invitation));
    }

    private static async Task<Results<Ok<SurveyResultsJson>, ValidationProblem>> ShowResults([AsParameters] SurveyResultsRequest q, HttpContext http,
        SurveyResultsQuery results, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var filter = StatsFilter.Parse(q.From, q.To, null, q.DepartmentId, null, Cases.CaseWorkflow.FindZone(StatsFilter.DefaultZone), clock.GetUtcNow(), errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await results.RunAsync(http.User.ToScope(), filter.Period, q.PropertyId, filter.DepartmentId, ct));
    }
}

/// <summary>The filters of the survey results.</summary>
public sealed record SurveyResultsRequest(
    [property: Description("First day, yyyy-MM-dd (Asia/Shanghai); default 29 days before 'to'")] string? From,
    [property: Description("Last day included, yyyy-MM-dd; default today")] string? To,
    [property: Description("Property id; default every property the caller may see")] Guid? PropertyId,
    [property: Description("Department id the template asks about")] string? DepartmentId);
