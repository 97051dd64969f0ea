using GuestLoop.Web.Features.Account;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Cases;

/// <summary>/api/v1/saved-views: the caller's named inboxes and the shared ones of their scope.</summary>
public static class SavedViewsApi
{
    public static void MapSavedViewsApi(this RouteGroupBuilder api)
    {
        var views = api.MapGroup("/saved-views").WithTags("Saved views");
        views.MapGet("/", async Task<Ok<IReadOnlyList<SavedViewJson>>> (HttpContext http, SavedViews work, CancellationToken ct) =>
                TypedResults.Ok(await work.ListAsync(http.User.ToScope(), ct)))
            .WithName("ListSavedViews").WithSummary("The caller's saved views and the shared views of their properties");
        views.MapGet("/{id:guid}", async Task<Ok<SavedViewJson>> (Guid id, HttpContext http, SavedViews work, CancellationToken ct) =>
                TypedResults.Ok(await work.GetAsync(id, http.User.ToScope(), ct)))
            .WithName("GetSavedView").WithSummary("One saved view; its url opens the inbox with it")
            .ProducesProblem(StatusCodes.Status404NotFound);
        views.MapPost("/", async Task<Created<SavedViewJson>> (SavedViewBody body, HttpContext http, SavedViews work, CancellationToken ct) =>
            {
                var view = await work.CreateAsync(body, http.User.ToScope(), ct);
                return TypedResults.Created($"/api/v1/saved-views/{view.Id}", view);
            })
            .WithName("CreateSavedView").WithSummary("Save the inbox's filters and order under a name, personal or shared in a property")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        views.MapPut("/{id:guid}", async Task<Ok<SavedViewJson>> (Guid id, SavedViewBody body, HttpContext http, SavedViews work, CancellationToken ct) =>
                TypedResults.Ok(await work.UpdateAsync(id, body, http.User.ToScope(), ct)))
            .WithName("UpdateSavedView").WithSummary("Rename or change a view: its owner, or an administrator for a shared view")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        views.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, HttpContext http, SavedViews work, CancellationToken ct) =>
            {
                await work.DeleteAsync(id, http.User.ToScope(), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteSavedView").WithSummary("Delete a view: its owner, or an administrator for a shared view")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
