using GuestLoop.Domain;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Surveys;

/// <summary>Staff view of the satisfaction surveys, inside the caller's property scope.</summary>
public static class SurveysApi
{
    public const int MaxReminders = 500;

    public static RouteGroupBuilder MapSurveysApi(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{id:guid}/surveys", ForCase).WithTags("Surveys").WithName("ListCaseSurveys")
            .WithSummary("The satisfaction surveys of a case, newest first").ProducesProblem(StatusCodes.Status404NotFound);
        var surveys = api.MapGroup("/surveys").WithTags("Surveys");
        surveys.MapGet("/reminders-due", RemindersDue).WithName("ListSurveyRemindersDue")
            .WithSummary("Unanswered, unexpired surveys whose next reminder is due, oldest due first");
        surveys.MapPost("/{id:guid}/reminder-sent", ReminderSent).WithName("RecordSurveyReminderSent")
            .WithSummary("Record that the guest was reminded; the survey moves on to its next reminder")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Ok<List<SurveyJson>>> ForCase(Guid id, HttpContext http, CaseWorkflow workflow, GuestLoopDbContext db,
        TimeProvider clock, CancellationToken ct)
    {
        if (!await db.Cases.VisibleTo(http.User.ToScope()).AnyAsync(c => c.Id == id, ct))
        {
            throw new CaseNotFoundException();
        }

        var now = clock.GetUtcNow();
        var surveys = await db.Surveys.AsNoTracking().Where(s => s.CaseId == id).OrderByDescending(s => s.Cycle).ToListAsync(ct);
        return TypedResults.Ok(surveys.Select(s => SurveyJson.From(s, now)).ToList());
    }

    private static async Task<Results<Ok<IReadOnlyList<SurveyReminderJson>>, ValidationProblem>> RemindersDue(int? limit, HttpContext http,
        SurveyReminders reminders, CancellationToken ct)
    {
        if (limit is < 1 or > MaxReminders)
        {
            return TypedResults.ValidationProblem(FieldErrors.For("limit", $"Between 1 and {MaxReminders}."));
        }

        return TypedResults.Ok(await reminders.DueAsync(http.User.ToScope(), limit ?? 100, ct));
    }

    private static async Task<Ok<SurveyJson>> ReminderSent(Guid id, HttpContext http, SurveyReminders reminders, TimeProvider clock,
        CancellationToken ct) =>
        TypedResults.Ok(SurveyJson.From(await reminders.RecordSentAsync(id, http.User.ToScope(), ct), clock.GetUtcNow()));
}
