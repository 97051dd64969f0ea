using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Operations;

/// <summary>How the background rounds went on the instance that answers: the data of the administrator's health page.</summary>
public static class HealthApi
{
    public static RouteGroupBuilder MapHealthApi(this RouteGroupBuilder api)
    {
        api.MapGet("/health/rounds", Ok<IReadOnlyList<RoundStatus>> (HttpContext http, RoundHealth health) =>
            {
                http.User.ToScope().RequireAdministrator("Only administrators see the health of the background rounds.");
                return TypedResults.Ok(health.Snapshot());
            })
            .WithTags("Operations").WithName("ListRoundHealth")
            .WithSummary("Each periodic round on this instance: last run, last and longest duration, its longest write transaction, items handled, items that failed and why")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }
}
