using System.Globalization;
using GuestLoop.Web.Features.Account;
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
        var errors = new Dictionary<string, string[]>();
        var start = Instant("from", from, errors);
        var end = Instant("to", to, errors);
        if (page is < 1)
        {
            errors["page"] = ["Pages start at 1."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"Between 1 and {MaxPageSize}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await audit.SearchAsync(new AuditFilter(entity, q, start, end), page ?? 1, pageSize ?? 50, ct));
    }

    private static DateTimeOffset? Instant(string name, string? text, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return value;
        }

        errors[name] = ["An ISO-8601 date or instant, e.g. 2026-11-01 or 2026-11-01T00:00:00+08:00."];
        return null;
    }
}
