using GuestLoop.Domain;
using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.WorkOrders;

public static class LostItemsApi
{
    public static RouteGroupBuilder MapLostItemsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/lost-items").WithTags("WorkOrders");
        group.MapGet("/", List).WithName("ListLostItems").WithSummary("The lost-and-found register, newest first; filter by state or a text");
        group.MapGet("/{id:guid}", async (Guid id, HttpContext http, LostItems items, TimeProvider clock, CancellationToken ct) =>
            TypedResults.Ok(LostItemJson.From(await items.LoadAsync(id, http.User.ToScope(), ct), clock.GetUtcNow()))).WithName("GetLostItem");
        group.MapPost("/", Register).WithName("RegisterLostItem").WithSummary("Register a found item: what, where found, when, where kept")
            .ProducesValidationProblem();
        group.MapPost("/{id:guid}/move", (Guid id, LostItemMoveBody body, HttpContext http, LostItems items, TimeProvider clock, CancellationToken ct) =>
            Step(items, clock, items.StepAsync(id, "move", http.User.ToScope(), Sync((i, now) => i.Move(http.User.ToScope().Actor, now, body.StoredAt ?? "")), ct)))
            .WithName("MoveLostItem").ProducesValidationProblem();
        group.MapPost("/{id:guid}/match", (Guid id, LostItemMatchBody body, HttpContext http, LostItems items, TimeProvider clock, CancellationToken ct) =>
            Step(items, clock, items.MatchAsync(id, body.GuestId, http.User.ToScope(), ct))).WithName("MatchLostItem").ProducesValidationProblem();
        group.MapPost("/{id:guid}/return", (Guid id, LostItemReturnBody body, HttpContext http, LostItems items, TimeProvider clock, CancellationToken ct) =>
            Step(items, clock, items.StepAsync(id, "return", http.User.ToScope(),
                Sync((i, now) => i.Return(http.User.ToScope().Actor, now, body.ReceivedBy ?? "")), ct)))
            .WithName("ReturnLostItem").WithSummary("Returned to its owner; say who took it back").ProducesValidationProblem();
        group.MapPost("/{id:guid}/discard", (Guid id, LostItemDiscardBody body, HttpContext http, LostItems items, TimeProvider clock, CancellationToken ct) =>
            Step(items, clock, items.StepAsync(id, "discard", http.User.ToScope(), Sync((i, now) => i.Discard(http.User.ToScope().Actor, now, body.How ?? "")), ct)))
            .WithName("DiscardLostItem").WithSummary("Disposed of, only once its retention period has passed").ProducesValidationProblem();
        return api;
    }

    private static Func<LostItem, DateTimeOffset, Task> Sync(Action<LostItem, DateTimeOffset> step) => (i, now) =>
    {
        step(i, now);
        return Task.CompletedTask;
    };

    private static async Task<Results<Ok<IReadOnlyList<LostItemJson>>, ValidationProblem>> List(HttpContext http, LostItems items, string? state, string? q,
        CancellationToken ct)
    {
        var errors = new FieldErrors();
        var parsed = state is null ? null : CreateCaseRequest.ParseEnum<LostItemState>("state", state, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await items.ListAsync(http.User.ToScope(), parsed, q, ct));
    }

    private static async Task<Created<LostItemJson>> Register(RegisterLostItemRequest request, HttpContext http, LostItems items, TimeProvider clock,
        CancellationToken ct)
    {
        var item = await items.RegisterAsync(request, http.User.ToScope(), ct);
        return TypedResults.Created($"/api/v1/lost-items/{item.Id}", LostItemJson.From(item, clock.GetUtcNow()));
    }

    private static async Task<Ok<LostItemJson>> Step(LostItems items, TimeProvider clock, Task<LostItem> step) =>
        TypedResults.Ok(LostItemJson.From(await step, clock.GetUtcNow()));
}
