using GuestLoop.Domain;
using GuestLoop.Web.Features.Account;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Sla;

/// <summary>An administrator's reading and editing of deadline policies.</summary>
public static class PoliciesApi
{
    public static RouteGroupBuilder MapPoliciesApi(this RouteGroupBuilder api)
    {
        var policies = api.MapGroup("/policies").WithTags("Policies").RequireAuthorization(AuthSetup.AdminPolicy);
        policies.MapGet("/", List).WithName("ListPolicies").WithSummary("Every deadline policy");
        policies.MapGet("/{code}", Get).WithName("GetPolicy").WithSummary("A policy's rules: kind and severity (or any) to stage targets");
        policies.MapPut("/{code}", Put).WithName("PutPolicy")
            .WithSummary("Create or replace a policy; the open cases of the properties using it get new deadlines");
        return api;
    }

    private static async Task<Ok<List<PolicyListItemJson>>> List(SlaAdministration admin, CancellationToken ct) =>
        TypedResults.Ok((await admin.PoliciesAsync(ct))
            .Select(p => new PolicyListItemJson(p.Code, p.Name, PolicyMapping.FromRecord(p).Rules.Count, p.UpdatedAt)).ToList());

    private static async Task<Results<Ok<PolicyJson>, ProblemHttpResult>> Get(string code, SlaAdministration admin, CancellationToken ct) =>
        await admin.PolicyAsync(code, ct) is { } policy ? TypedResults.Ok(PolicyJson.From(policy)) : NotFound(code);

    private static async Task<Results<Ok<PolicyJson>, Created<PolicyJson>, ValidationProblem>> Put(string code, PolicyBody body,
        HttpContext http, SlaAdministration admin, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var policy = body.ToPolicy(code, errors);
        if (policy is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var change = await admin.SavePolicyAsync(policy, http.User.ToScope(), ct);
        if (!change.Saved)
        {
            return TypedResults.ValidationProblem(change.Errors);
        }

        var saved = PolicyJson.From(policy);
        return change.Created ? TypedResults.Created($"/api/v1/policies/{code}", saved) : TypedResults.Ok(saved);
    }

    private static ProblemHttpResult NotFound(string code) =>
        TypedResults.Problem($"There is no policy '{code}'.", statusCode: 404, title: "Not found");
}
