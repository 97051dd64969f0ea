using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Account;

public sealed record SignInSettingsBody(bool AdministratorsNeedTwoFactor);

/// <summary>The enterprise's sign-in settings, for the API and the staff page: administrators only, audited.</summary>
public static class EnterpriseSignIn
{
    public static RouteGroupBuilder MapSignInSettingsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/sign-in-settings", async (GuestLoopDbContext db, CancellationToken ct) =>
                TypedResults.Ok(new SignInSettingsBody(await AdministratorsNeedTwoFactorAsync(db, ct))))
            .WithTags("Organisation").WithName("GetSignInSettings").WithSummary("Whether administrators must sign in with two-factor");
        api.MapPut("/sign-in-settings", Put)
            .WithTags("Organisation").WithName("SaveSignInSettings").WithSummary("Change it (administrators)")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    public static Task<bool> AdministratorsNeedTwoFactorAsync(GuestLoopDbContext db, CancellationToken ct = default) =>
        db.Enterprises.AsNoTracking().OrderBy(e => e.Id).Select(e => e.AdministratorsNeedTwoFactor).FirstOrDefaultAsync(ct);

    private static async Task<Ok<SignInSettingsBody>> Put(SignInSettingsBody body, HttpContext http, GuestLoopDbContext db, AuditLog audit,
        CancellationToken ct)
    {
        await SaveAsync(db, audit, http.User.ToScope(), body, ct);
        return TypedResults.Ok(body);
    }

    /// <summary>
    /// Turning it on does not sign anyone out: an administrator without two-factor is sent to set it up on their next page.
    /// </summary>
    public static async Task SaveAsync(GuestLoopDbContext db, AuditLog audit, AccessScope scope, SignInSettingsBody body, CancellationToken ct)
    {
        scope.RequireAdministrator("Only administrators change the sign-in settings.");
        var enterprise = await db.Enterprises.OrderBy(e => e.Id).FirstAsync(ct);
        var before = new SignInSettingsBody(enterprise.AdministratorsNeedTwoFactor);
        enterprise.AdministratorsNeedTwoFactor = body.AdministratorsNeedTwoFactor;
        audit.Append(scope, "signin.settings", "enterprise", enterprise.Id.ToString(), before, body);
        await db.SaveChangesAsync(ct);
    }
}
