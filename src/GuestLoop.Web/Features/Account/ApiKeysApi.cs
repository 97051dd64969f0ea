using GuestLoop.Domain;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Account;

/// <summary>
/// A key as asked for over the API: act as a staff member (actingAs, a user name) or with a role and authority;
/// every property (allProperties) or the listed property codes; read-only or not; an expiry (at most two years ahead).
/// </summary>
public sealed record ApiKeyRequest(string? Name, string? ActingAs, string? Role, string? Authority, bool? AllProperties,
    IReadOnlyList<string>? Properties, bool? ReadOnly, DateTimeOffset? ExpiresAt);

/// <summary>API keys for administrators, limited to the properties they administer.</summary>
public static class ApiKeysApi
{
    public static RouteGroupBuilder MapApiKeysApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/api-keys").WithTags("API keys").RequireAuthorization(AuthSetup.AdminPolicy);
        group.MapGet("/", List).WithName("ListApiKeys")
            .WithSummary("API keys within the caller's properties, with their scope, expiry, last use (to the minute) and status; never the secret");
        group.MapPost("/", Create).WithName("CreateApiKey")
            .WithSummary("Issue a key (role: agent|departmentHead|manager|supervisor|administrator; authority: level1|level2|level3|none); the secret is in this response only")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapDelete("/{idOrName}", Revoke).WithName("RevokeApiKey")
            .WithSummary("Revoke a key by id or by the name of an active key; it is refused (401) from then on")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<List<ApiKeyJson>>> List(HttpContext http, ApiKeyAdmin admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.ListAsync(http.User.ToScope(), ct));

    private static async Task<Results<Created<IssuedApiKeyJson>, ValidationProblem>> Create(ApiKeyRequest request, HttpContext http,
        ApiKeyAdmin admin, GuestLoopDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (grant, errors) = await GrantAsync(request, db, clock.GetUtcNow(), ct);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var issued = await admin.IssueAsync(http.User.ToScope(), grant, ct);
        return TypedResults.Created($"/api/v1/api-keys/{issued.Key.Id}", issued);
    }

    private static async Task<Ok<ApiKeyJson>> Revoke(string idOrName, HttpContext http, ApiKeyAdmin admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.RevokeAsync(http.User.ToScope(), idOrName, ct));

    /// <summary>The grant with staff and properties by id; the spelling errors here, the rules in the domain.</summary>
    private static async Task<(ApiKeyGrant Grant, FieldErrors Errors)> GrantAsync(ApiKeyRequest r, GuestLoopDbContext db, DateTimeOffset now,
        CancellationToken ct)
    {
        var errors = new FieldErrors();
        StaffRole? role = null;
        if (r.Role is not null)
        {
            if (Enum.TryParse<StaffRole>(r.Role, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(r.Role, out _))
            {
                role = parsed;
            }
            else
            {
                errors.Add("role", "One of agent|departmentHead|manager|supervisor|administrator.");
            }
        }

        AuthorityLevel? authority = null;
        if (r.Authority is not null)
        {
            if (Enum.TryParse<AuthorityLevel>(r.Authority, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(r.Authority, out _))
            {
                authority = parsed;
            }
            else
            {
                errors.Add("authority", "One of level1|level2|level3|none.");
            }
        }

        Guid? acting = null;
        if (!string.IsNullOrWhiteSpace(r.ActingAs))
        {
            acting = await db.Staff.AsNoTracking().Where(s => s.UserName == r.ActingAs.Trim()).Select(s => (Guid?)s.Id).SingleOrDefaultAsync(ct);
            if (acting is null)
            {
                errors.Add("actingAs", "No active staff member of your properties has this user name.");
            }
        }

        var codes = r.Properties ?? [];
        var properties = await db.Properties.AsNoTracking().Where(p => codes.Contains(p.Code)).ToDictionaryAsync(p => p.Code, p => p.Id, ct);
        if (codes.FirstOrDefault(c => c is null || !properties.ContainsKey(c)) is { } unknown)
        {
            errors.Add("properties", $"Unknown property {unknown}.");
        }
        else if (codes.Any(c => c is null))
        {
            errors.Add("properties", "A property code cannot be null.");
        }

        var grant = new ApiKeyGrant(r.Name, acting, role, authority, r.AllProperties ?? false, properties.Values.ToList(), r.ReadOnly ?? false, r.ExpiresAt);
        // The domain's rules too, so that one answer lists every field; a spelling error above is the one shown for its field.
        foreach (var (field, messages) in ApiKeyRules.Check(grant, now, _ => true))
        {
            errors.TryAdd(field, messages[0]);
        }

        return (grant, errors);
    }
}
