using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuestLoop.Web.Features.Account;

/// <summary>
/// Authenticates integrations by the X-Api-Key header; an administrator key may act for a named staff member. A revoked or
/// expired key, or one whose staff member has left, is refused (401); a read-only key is marked for the API policy.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, GuestLoopDbContext db,
    ApiKeyDirectory keys, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string OnBehalfOfHeader = "X-On-Behalf-Of";
    public const string KeyClaim = "gl:api-key";
    public const string ReadOnlyClaim = "gl:api-key-read-only";

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = Hash(values.ToString());
        var known = await keys.FindAsync(hash, Context.RequestAborted);
        var now = clock.GetUtcNow();
        if (known is not { Key: var key } || !ApiKeyRules.IsAlive(key.RevokedAt, key.ExpiresAt, now) || key.OwnerStaffId is not null && known.Owner is not { Active: true })
        {
            return AuthenticateResult.Fail("Unknown, revoked or expired API key.");
        }

        await keys.RecordUseAsync(key, now, Context.RequestAborted);

        var onBehalfOf = Request.Headers[OnBehalfOfHeader].ToString();
        List<Claim> claims;
        if (!string.IsNullOrEmpty(onBehalfOf))
        {
            if (key.Scope != ApiKeyScope.Administrator)
            {
                return AuthenticateResult.Fail("Only an administrator key may act on behalf of staff.");
            }

            var named = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.UserName == onBehalfOf && s.Active, Context.RequestAborted);
            if (named is null)
            {
                return AuthenticateResult.Fail("Unknown staff member in " + OnBehalfOfHeader + ".");
            }

            // Acting for a person means that person's authority and property scope, nothing more.
            claims = StaffClaims.For(named);
        }
        else
        {
            claims = KeyClaims(key, known.Owner);
        }

        claims.Add(new Claim(KeyClaim, key.Id.ToString()));
        if (key.ReadOnly)
        {
            claims.Add(new Claim(ReadOnlyClaim, "true"));
        }

        var identity = new ClaimsIdentity(claims, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>
    /// A key acting as a staff member has that person's claims, within the key's properties; a key with a role has its
    /// own role and authority; a key from before roles is an integration or an administrator of every property.
    /// </summary>
    private static List<Claim> KeyClaims(ApiKey key, Organisation.StaffMember? owner)
    {
        if (owner is not null)
        {
            var claims = StaffClaims.For(owner);
            if (key.LimitedToProperties)
            {
                claims.RemoveAll(c => c.Type is StaffClaims.AllProperties or StaffClaims.Property);
                claims.AddRange(key.PropertyIds.Where(p => owner.AllProperties || owner.PropertyIds.Contains(p))
                    .Select(p => new Claim(StaffClaims.Property, p.ToString())));
            }

            return claims;
        }

        var own = new List<Claim>
        {
            new(ClaimTypes.Name, "api:" + key.Name),
            new(StaffClaims.Authority, (key.Authority ?? AuthorityLevel.None).ToString()),
        };
        if (key.Role is { } role)
        {
            own.Add(new Claim(ClaimTypes.Role, role.ToString()));
        }

        if (key.LimitedToProperties)
        {
            own.AddRange(key.PropertyIds.Select(p => new Claim(StaffClaims.Property, p.ToString())));
        }
        else
        {
            own.Add(new Claim(StaffClaims.AllProperties, "true"));
        }

        if (key.Role == StaffRole.Administrator || key.Role is null && key.Scope == ApiKeyScope.Administrator)
        {
            own.Add(new Claim(StaffClaims.Admin, "true"));
        }

        return own;
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        WriteProblem(StatusCodes.Status401Unauthorized, "A valid X-Api-Key header is required.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblem(StatusCodes.Status403Forbidden, Context.User.HasClaim(ReadOnlyClaim, "true") && !ApiKeyRules.Permits(true, Request.Method)
            ? "This API key is read-only." : "This API key may not do that.");

    private Task WriteProblem(int status, string detail)
    {
        Response.StatusCode = status;
        return Results.Problem(detail: detail, statusCode: status).ExecuteAsync(Context);
    }
}
