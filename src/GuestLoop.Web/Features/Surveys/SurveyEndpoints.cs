using GuestLoop.Domain;
using GuestLoop.Domain.Surveys;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Public;
using GuestLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Surveys;

/// <summary>The guest's survey page at /survey/{token}: static server rendering, no sign-in, one answer per link.</summary>
public static class SurveyEndpoints
{
    public static void MapSurveyEndpoints(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/survey").AllowAnonymous().ExcludeFromDescription();
        pages.MapGet("/{token}", Show);
        pages.MapPost("/{token}", Submit).RequireRateLimiting(GuestRateLimits.Policy);
    }

    private static async Task<RazorComponentResult<SurveyPage>> Show(string token, string? done, HttpContext http, AnswerSurvey answers,
        GuestLoopDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var survey = await answers.FindAsync(token, ct);
        var view = survey?.StateAt(clock.GetUtcNow()) switch
        {
            null => SurveyView.NotFound,
            SurveyState.Open => SurveyView.Form,
            SurveyState.Answered => done is "1" ? SurveyView.Thanks : SurveyView.AlreadyAnswered,
            _ => SurveyView.Expired,
        };
        return await Page(http, db, token, survey, view, new SurveyForm(), FieldErrors.None, ct);
    }

    private static async Task<IResult> Submit(string token, HttpContext http, AnswerSurvey answers, GuestLoopDbContext db, TimeProvider clock,
        IAntiforgery antiforgery, PropertyLimiter propertyLimiter, CancellationToken ct)
    {
        if (await AntiforgeryCheck.RefusedAsync(http, antiforgery) is { } expired)
        {
            return expired;
        }

        var survey = await answers.FindAsync(token, ct);
        if (survey is not null && await db.Cases.Where(c => c.Id == survey.CaseId).Select(c => c.PropertyId).SingleAsync(ct) is var propertyId
            && propertyLimiter.Refuse(http, propertyId.ToString()) is { } refused)
        {
            return refused;
        }

        var form = SurveyForm.From(await http.Request.ReadFormAsync(ct));
        if (survey is null)
        {
            return await Page(http, db, token, null, SurveyView.NotFound, form, FieldErrors.None, ct);
        }

        var state = survey.StateAt(clock.GetUtcNow());
        if (state != SurveyState.Open)
        {
            return await Page(http, db, token, survey, Closed(state), form, FieldErrors.None, ct);
        }

        var errors = new FieldErrors();
        var answer = form.Parse(errors);
        if (errors.Any)
        {
            return await Page(http, db, token, survey, SurveyView.Form, form, errors, ct);
        }

        try
        {
            await answers.AnswerAsync(survey, answer, ct);
        }
        catch (SurveyClosedException closed)
        {
            return await Page(http, db, token, survey, Closed(closed.State), form, FieldErrors.None, ct);
        }

        return Results.Redirect($"/survey/{token}?done=1");
    }

    private static SurveyView Closed(SurveyState state) => state == SurveyState.Answered ? SurveyView.AlreadyAnswered : SurveyView.Expired;

    private static async Task<RazorComponentResult<SurveyPage>> Page(HttpContext http, GuestLoopDbContext db, string token, Survey? survey,
        SurveyView view, SurveyForm form, IReadOnlyDictionary<string, string[]> errors, CancellationToken ct)
    {
        // The case number and title only: no staff names, no internal notes.
        var subject = survey is null
            ? null
            : await db.Cases.AsNoTracking().Where(c => c.Id == survey.CaseId).Select(c => new { c.Number, c.Title }).SingleAsync(ct);
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers["X-Robots-Tag"] = "noindex";
        return new RazorComponentResult<SurveyPage>(new
        {
            Token = token,
            View = view,
            CaseNumber = subject?.Number ?? "",
            CaseTitle = subject?.Title ?? "",
            Form = form,
            Errors = errors,
        })
        {
            StatusCode = view switch
            {
                SurveyView.NotFound => StatusCodes.Status404NotFound,
                SurveyView.Expired => StatusCodes.Status410Gone,
                SurveyView.AlreadyAnswered when http.Request.Method == HttpMethods.Post => StatusCodes.Status409Conflict,
                _ when errors.Count > 0 => StatusCodes.Status400BadRequest,
                _ => StatusCodes.Status200OK,
            },
        };
    }
}
