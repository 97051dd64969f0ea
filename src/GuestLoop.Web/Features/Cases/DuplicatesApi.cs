using GuestLoop.Web.Features.Account;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Cases;

/// <summary>Probable duplicates across channels: list them, merge a case into another, or dismiss a candidate.</summary>
public static class DuplicatesApi
{
    public static void MapDuplicates(this RouteGroupBuilder cases)
    {
        cases.MapGet("/{id:guid}/duplicates", async Task<Ok<IReadOnlyList<DuplicateJson>>> (Guid id, HttpContext http, CaseDuplicates work,
                CancellationToken ct) => TypedResults.Ok(await work.ListAsync(id, http.User.ToScope(), ct)))
            .WithName("ListDuplicates").WithSummary("Probable duplicates of the case: the same guest and matter, possibly on another channel")
            .ProducesProblem(StatusCodes.Status404NotFound);
        cases.MapPost("/{id:guid}/merge", async Task<Ok<CaseJson>> (Guid id, CaseMergeBody body, HttpContext http, CaseDuplicates work,
                CaseReader reader, CancellationToken ct) =>
            {
                var merged = await work.MergeAsync(id, body.Into, http.User.ToScope(), ct);
                return TypedResults.Ok(await reader.ToJsonAsync(merged, http.User.ToScope(), withHistory: true, ct, withDuplicates: true));
            })
            .WithName("MergeCase").WithSummary("Close the case as merged into another case of the same property (id or number)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        cases.MapPost("/{id:guid}/duplicates/{candidateId:guid}/dismiss", async Task<Ok<IReadOnlyList<DuplicateJson>>> (Guid id, Guid candidateId,
                HttpContext http, CaseDuplicates work, CancellationToken ct) =>
            {
                await work.DismissAsync(id, candidateId, http.User.ToScope(), ct);
                return TypedResults.Ok(await work.ListAsync(id, http.User.ToScope(), ct));
            })
            .WithName("DismissDuplicate").WithSummary("Not a duplicate: keep both cases and stop proposing the pair")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
