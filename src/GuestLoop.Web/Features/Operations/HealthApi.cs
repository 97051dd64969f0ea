using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Operations;

/// <summary>How the background rounds and the write transactions went on the instance that answers: the data of the administrator's health page.</summary>
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
        api.MapGet("/health/write-transactions", Ok<WriteTransactionStatus> (HttpContext http, WriteTransactions writes) =>
            {
                http.User.ToScope().RequireAdministrator("Only administrators see the health of the background rounds.");
                return TypedResults.Ok(writes.Snapshot());
            })
            .WithTags("Operations").WithName("GetWriteTransactionHealth")
            .WithSummary("The longest write transaction on this instance since start (who held it, when), how many were recorded and how many went over 250 ms")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }
}
