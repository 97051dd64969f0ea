using GuestLoop.Domain;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Audit;

public static class AuditApi
{
    public const int MaxPageSize = 200;

    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", List).WithTags("Audit").RequireAuthorization(AuthSetup.AdminPolicy).WithName("ListAudit")
            .WithSummary("The audit log, newest first: ?entity=&q=&from=&to=&page=&pageSize=");
        return api;
    }

    private static async Task<Results<Ok<AuditResults>, ValidationProblem>> List(AuditLog audit, string? entity, string? q,
        string? from, string? to, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var start = CreateCaseRequest.ParseInstant("from", from, errors);
        var end = CreateCaseRequest.ParseInstant("to", to, errors);
        if (page is < 1)
        {
            errors.Add("page", "Pages start at 1.");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"Between 1 and {MaxPageSize}.");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await audit.SearchAsync(new AuditFilter(entity, q, start, end), page ?? 1, pageSize ?? 50, ct));
    }
}
