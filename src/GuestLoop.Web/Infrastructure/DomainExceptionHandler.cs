using System.Diagnostics;
using System.Text.Json;
using GuestLoop.Domain;
using GuestLoop.Domain.Cases;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Infrastructure;

/// <summary>Turns the domain's typed errors into problem details, once, at the edge: one status per kind.</summary>
public sealed class DomainExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        ProblemDetails? problem = exception switch
        {
            DomainException e => ProblemOf(e),
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Changed meanwhile",
                Detail = "Someone else changed this at the same time; reload and try again.",
            },
            BadHttpRequestException { InnerException: JsonException json } b => new ValidationProblemDetails(
                FieldErrors.For(JsonField(json.Path), "Not a valid value here: a wrong type, a null in a list or malformed JSON.").ToDictionary())
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

    /// <summary>The problem details of a domain error: its kind chooses the status; a not-found one says nothing more.</summary>
    private static ProblemDetails ProblemOf(DomainException e) => e.Kind switch
    {
        DomainErrorKind.Invalid => new ValidationProblemDetails(e.Errors.ToDictionary())
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are not valid.",
        },
        DomainErrorKind.Forbidden => new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden,
            // A decision above the actor's level keeps the title clients already know it by.
            Title = e is AuthorityException ? "Above your authority level" : "Forbidden",
            Detail = e.Message,
        },
        DomainErrorKind.Conflict => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Not allowed now",
            Detail = e.Message,
        },
        DomainErrorKind.NotFound => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found" },
        _ => throw new UnreachableException($"No problem details for {e.Kind}."),
    };

    /// <summary>The field a JSON reader stopped at, as the API names fields: "$.owners[0].staffId" is "owners[0].staffId".</summary>
    private static string JsonField(string? path) => path is null or "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
}
