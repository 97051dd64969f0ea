using GuestLoop.Domain;
using GuestLoop.Domain.Surveys;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Intake;
using GuestLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Surveys;

/// <summary>The guest's page of a template's survey at /survey/invitation/{token}: static server rendering, no sign-in, one answer.</summary>
public static class InvitationEndpoints
{
    /// <summary>Form fields are named "q." and the question's key.</summary>
    public const string FieldPrefix = "q.";

    public static void MapInvitationEndpoints(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/survey/invitation").AllowAnonymous().ExcludeFromDescription();
        pages.MapGet("/{token}", Show);
        pages.MapPost("/{token}", Submit).RequireRateLimiting(GuestRateLimits.Policy);
    }

    private static async Task<RazorComponentResult<InvitationPage>> Show(string token, string? done, HttpContext http, AnswerInvitation answers,
        GuestLoopDbContext db, CancellationToken ct)
    {
        var found = await answers.FindAsync(token, ct);
        var view = found switch
        {
            null => SurveyView.NotFound,
            ({ AnsweredAt: null }, _) => SurveyView.Form,
            _ => done is "1" ? SurveyView.Thanks : SurveyView.AlreadyAnswered,
        };
        return await Page(http, db, token, found?.Template, view, new Dictionary<string, string?>(), FieldErrors.None, ct);
    }

    private static async Task<IResult> Submit(string token, HttpContext http, AnswerInvitation answers, GuestLoopDbContext db,
        IAntiforgery antiforgery, PropertyLimiter propertyLimiter, CancellationToken ct)
    {
        if (await AntiforgeryCheck.RefusedAsync(http, antiforgery) is { } expired)
        {
            return expired;
        }

        var found = await answers.FindAsync(token, ct);
        if (found is { } f && propertyLimiter.Refuse(http, f.Invitation.PropertyId.ToString()) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync(ct);
        var given = form.Where(p => p.Key.StartsWith(FieldPrefix, StringComparison.Ordinal))
            .ToDictionary(p => p.Key[FieldPrefix.Length..], p => (string?)p.Value.ToString());
        if (found is not { } open)
        {
            return await Page(http, db, token, null, SurveyView.NotFound, given, FieldErrors.None, ct);
        }

        if (open.Invitation.AnsweredAt is not null)
        {
            return await Page(http, db, token, open.Template, SurveyView.AlreadyAnswered, given, FieldErrors.None, ct);
        }

        try
        {
            await answers.AnswerAsync(open.Invitation, open.Template, given, ct);
        }
        catch (SurveyClosedException)
        {
            return await Page(http, db, token, open.Template, SurveyView.AlreadyAnswered, given, FieldErrors.None, ct);
        }
        catch (DomainException invalid) when (invalid.Kind == DomainErrorKind.Invalid)
        {
            return await Page(http, db, token, open.Template, SurveyView.Form, given, invalid.Errors, ct);
        }

        return Results.Redirect($"/survey/invitation/{token}?done=1");
    }

    private static async Task<RazorComponentResult<InvitationPage>> Page(HttpContext http, GuestLoopDbContext db, string token,
        SurveyTemplateRecord? template, SurveyView view, IReadOnlyDictionary<string, string?> given, IReadOnlyDictionary<string, string[]> errors,
        CancellationToken ct)
    {
        var property = template is null
            ? ""
            : await db.Properties.AsNoTracking().Where(p => p.Id == template.PropertyId).Select(p => p.Name).SingleAsync(ct);
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers["X-Robots-Tag"] = "noindex";
        return new RazorComponentResult<InvitationPage>(new
        {
            Token = token,
            View = view,
            PropertyName = property,
            Template = template?.ToTemplate(),
            Given = given,
            Errors = errors,
        })
        {
            StatusCode = view switch
            {
                SurveyView.NotFound => StatusCodes.Status404NotFound,
                SurveyView.AlreadyAnswered when http.Request.Method == HttpMethods.Post => StatusCodes.Status409Conflict,
                _ when errors.Count > 0 => StatusCodes.Status400BadRequest,
                _ => StatusCodes.Status200OK,
            },
        };
    }
}
