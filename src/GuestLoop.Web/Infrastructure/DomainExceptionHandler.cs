using System.Text.Json;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Compensation;
using GuestLoop.Domain.Customers;
using GuestLoop.Domain.Improvement;
using GuestLoop.Domain.Surveys;
using GuestLoop.Web.Features.Accountability;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Customers;
using GuestLoop.Web.Features.Supervision;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Infrastructure;

/// <summary>Turns the domain's typed errors into problem details, once, at the edge.</summary>
public sealed class DomainExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        ProblemDetails? problem = exception switch
        {
            CaseValidationException v => new ValidationProblemDetails(v.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "One or more fields are not valid.",
            },
            AuthorityException a => new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Above your authority level",
                Detail = a.Message,
            },
            GuestValidationException v => new ValidationProblemDetails(v.Errors)
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "One or more fields are not valid.",
            },
            PrivacyDeniedException => new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Forbidden",
                Detail = exception.Message,
            },
            GuestRuleException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Not allowed now",
                Detail = exception.Message,
            },
            GuestNotFoundException => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found" },
            CaseTransitionException t => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Not allowed now",
                Detail = t.Message,
            },
            NotInSupervisionOfficeException or AccountabilityDeniedException => new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Forbidden",
                Detail = exception.Message,
            },
            SurveyClosedException or SurveyReminderException or ImprovementStateException or CompensationStepException
                or DuplicateDecidedException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Not allowed now",
                Detail = exception.Message,
            },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Changed meanwhile",
                Detail = "Someone else changed this at the same time; reload and try again.",
            },
            CaseNotFoundException => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found" },
            BadHttpRequestException { InnerException: JsonException json } b => new ValidationProblemDetails(new Dictionary<string, string[]>
            {
                [JsonField(json.Path)] = ["Not a valid value here: a wrong type, a null in a list or malformed JSON."],
            })
            {
                Status = b.StatusCode,
                Title = "One or more fields are not valid.",
            },
            BadHttpRequestException b => new ProblemDetails { Status = b.StatusCode, Title = "Bad request", Detail = b.Message },
            Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException { InnerException: BadHttpRequestException b } =>
                new ProblemDetails { Status = b.StatusCode, Title = "Bad request", Detail = b.Message },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        http.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The field a JSON reader stopped at, as the API names fields: "$.owners[0].staffId" is "owners[0].staffId".</summary>
    private static string JsonField(string? path) => path is null or "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
}
