using GuestLoop.Domain.Cases;
using GuestLoop.Web.Features.Account;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Organisation;

/// <summary>Channel owners of a property (read by its staff, set by administrators) and the caller's own channel backlog.</summary>
public static class ChannelOwnersApi
{
    public static RouteGroupBuilder MapChannelOwnersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/properties/{code}/channel-owners").WithTags("Channel owners");
        group.MapGet("/", async Task<Ok<IReadOnlyList<ChannelOwnerJson>>> (string code, HttpContext http, ChannelOwners owners, CancellationToken ct) =>
                TypedResults.Ok(await owners.ListAsync(await owners.PropertyAsync(code, http.User.ToScope(), ct), ct)))
            .WithName("ListChannelOwners").WithSummary("Every channel of the property with its responsible staff member")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/", async Task<Results<Ok<IReadOnlyList<ChannelOwnerJson>>, ProblemHttpResult>> (string code, ChannelOwnersBody body,
                HttpContext http, ChannelOwners owners, CancellationToken ct) =>
            {
                var scope = http.User.ToScope();
                var property = await owners.PropertyAsync(code, scope, ct);
                if (!scope.IsAdministrator)
                {
                    return TypedResults.Problem(title: "Forbidden", detail: "Channel owners are set by an administrator.",
                        statusCode: StatusCodes.Status403Forbidden);
                }

                // A missing or misspelt list is refused, never read as "no owners": the PUT replaces every owner.
                if (body.Owners is null)
                {
                    throw CaseValidationException.For("owners", "The list of owners is required; send [] to remove every owner.");
                }

                return TypedResults.Ok(await owners.SaveAsync(property, body.Owners, scope, ct));
            })
            .WithName("SaveChannelOwners").WithSummary("Set the owner of each channel; a channel not listed has no owner (administrators)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/my-channels", async Task<Ok<IReadOnlyList<ChannelBacklog>>> (HttpContext http, ChannelOwners owners, CancellationToken ct) =>
                TypedResults.Ok(await owners.BacklogAsync(http.User.ToScope(), 50, ct)))
            .WithTags("Channel owners").WithName("MyChannels").WithSummary("Open and overdue cases of each channel the caller owns");
        return api;
    }
}
