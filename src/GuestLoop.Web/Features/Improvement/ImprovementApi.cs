using GuestLoop.Domain;
using GuestLoop.Domain.Improvement;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Improvement;

public static class ImprovementApi
{
    public static RouteGroupBuilder MapImprovementApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/improvement-actions").WithTags("Improvement");
        group.MapGet("/", List).WithName("ListImprovementActions").WithSummary("Improvement actions, by due date; filter by state, owner, overdue");
        group.MapGet("/{id:guid}", Get).WithName("GetImprovementAction");
        group.MapPost("/", Raise).WithName("RaiseImprovementAction").WithSummary("Raise an action from a case, several cases or an analysis")
            .ProducesValidationProblem();
        group.MapPost("/{id:guid}/progress", (Guid id, ProgressBody body, HttpContext http, ImprovementActions actions, TimeProvider clock, CancellationToken ct) =>
            Step(id, http, actions, clock, (a, actor, now) => a.AddProgress(actor, now, body.Note ?? "", body.Evidence), ct))
            .WithName("ImprovementProgress").WithSummary("Record progress with evidence");
        group.MapPost("/{id:guid}/done", (Guid id, ProgressBody body, HttpContext http, ImprovementActions actions, TimeProvider clock, CancellationToken ct) =>
            Step(id, http, actions, clock, (a, actor, now) => a.MarkDone(actor, now, body.Note, body.Evidence), ct))
            .WithName("ImprovementDone").WithSummary("Mark done; the effectiveness check falls due after the set period");
        group.MapPost("/{id:guid}/effectiveness", (Guid id, EffectivenessBody body, HttpContext http, ImprovementActions actions, TimeProvider clock, CancellationToken ct) =>
            Step(id, http, actions, clock, (a, actor, now) => a.CheckEffectiveness(actor, now,
                body.Effective ?? throw Domain.Cases.CaseValidationException.For("effective", "Say whether the action was effective."),
                body.Note ?? "", body.NewDueOn), ct))
            .WithName("ImprovementEffectiveness").WithSummary("Record the effectiveness check; not effective reopens the action");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<ImprovementJson>>, ValidationProblem>> List(HttpContext http, ImprovementActions actions,
        string? state, Guid? owner, bool? overdue, bool? checkDue, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var parsed = state is null ? null : CreateCaseRequest.ParseEnum<ImprovementState>("state", state, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await actions.ListAsync(http.User.ToScope(), new ImprovementFilter(parsed, owner, overdue ?? false, checkDue ?? false), ct));
    }

    private static async Task<Ok<ImprovementJson>> Get(Guid id, HttpContext http, ImprovementActions actions, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(ImprovementJson.From(await actions.LoadAsync(id, http.User.ToScope(), ct), clock.GetUtcNow()));

    private static async Task<Created<ImprovementJson>> Raise(RaiseImprovementRequest request, HttpContext http, ImprovementActions actions,
        TimeProvider clock, CancellationToken ct)
    {
        var action = await actions.RaiseAsync(request, http.User.ToScope(), ct);
        return TypedResults.Created($"/api/v1/improvement-actions/{action.Id}", ImprovementJson.From(action, clock.GetUtcNow()));
    }

    private static async Task<Ok<ImprovementJson>> Step(Guid id, HttpContext http, ImprovementActions actions, TimeProvider clock,
        Action<ImprovementAction, Domain.Organisation.Actor, DateTimeOffset> apply, CancellationToken ct)
    {
        var scope = http.User.ToScope();
        var action = await actions.PerformAsync(id, scope, (a, now) => apply(a, scope.Actor, now), ct);
        return TypedResults.Ok(ImprovementJson.From(action, clock.GetUtcNow()));
    }
}
