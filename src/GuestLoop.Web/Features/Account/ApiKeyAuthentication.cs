using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using GuestLoop.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuestLoop.Web.Features.Account;

/// <summary>Authenticates integrations by the X-Api-Key header; an administrator key may act for a named staff member.</summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, GuestLoopDbContext db,
    ApiKeyDirectory keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string OnBehalfOfHeader = "X-On-Behalf-Of";

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = Hash(values.ToString());
        var known = await keys.FindAsync(hash, Context.RequestAborted);
        if (known is not { Key: var key })
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

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

        claims.Add(new Claim("gl:api-key", key.Id.ToString()));
        var identity = new ClaimsIdentity(claims, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private static List<Claim> KeyClaims(ApiKey key, Organisation.StaffMember? owner)
    {
        var claims = owner is null
            ? [new Claim(ClaimTypes.Name, "api:" + key.Name), new Claim(StaffClaims.Authority, "None")]
            : StaffClaims.For(owner);
        claims.Add(new Claim(StaffClaims.AllProperties, "true"));
        if (key.Scope == ApiKeyScope.Administrator)
        {
            claims.Add(new Claim(StaffClaims.Admin, "true"));
        }

        return claims;
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        WriteProblem(StatusCodes.Status401Unauthorized, "A valid X-Api-Key header is required.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblem(StatusCodes.Status403Forbidden, "This API key may not do that.");

    private Task WriteProblem(int status, string detail)
    {
        Response.StatusCode = status;
        return Results.Problem(detail: detail, statusCode: status).ExecuteAsync(Context);
    }
}
