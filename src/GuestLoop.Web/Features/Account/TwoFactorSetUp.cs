using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Organisation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace GuestLoop.Web.Features.Account;

/// <summary>
/// The form posts of the account security page: switch the authenticator on or off, change the password. Each changes
/// the security stamp, so every other session of the person ends, and then renews this one.
/// </summary>
public static class TwoFactorSetUp
{
    public static void MapTwoFactorSetUp(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription().RequireAuthorization();
        account.MapPost("/two-factor/enable", EnableAsync);
        account.MapPost("/two-factor/disable", DisableAsync);
        account.MapPost("/password", ChangePasswordAsync);
    }

    private static async Task<IResult> EnableAsync([FromForm] string code, [FromForm] string? returnUrl, HttpContext http,
        SignInManager<StaffMember> signIns, StaffUserManager users, AuditLog audit, GuestLoopDbContext db)
    {
        if (await users.GetUserAsync(http.User) is not { } user)
        {
            return Results.LocalRedirect("/account/login");
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Digits(code)))
        {
            return Back("code", returnUrl);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
        audit.Append(http.User.ToScope(), "two-factor.enabled", "staff", user.UserName, new { twoFactor = false }, new { twoFactor = true });
        await db.SaveChangesAsync();
        await signIns.RefreshSignInAsync(user);
        return new RazorComponentResult<RecoveryCodesPage>(new { Codes = codes, ReturnUrl = AccountEndpoints.SafeReturn(returnUrl) });
    }

    private static async Task<IResult> DisableAsync([FromForm] string code, HttpContext http,
        SignInManager<StaffMember> signIns, StaffUserManager users, AuditLog audit, GuestLoopDbContext db)
    {
        if (await users.GetUserAsync(http.User) is not { } user)
        {
            return Results.LocalRedirect("/account/login");
        }

        if (user.Role == Domain.Organisation.StaffRole.Administrator && await EnterpriseSignIn.AdministratorsNeedTwoFactorAsync(db))
        {
            return Back("required", null);
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Digits(code)))
        {
            return Back("code", null);
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        audit.Append(http.User.ToScope(), "two-factor.disabled", "staff", user.UserName, new { twoFactor = true }, new { twoFactor = false });
        await db.SaveChangesAsync();
        await signIns.RefreshSignInAsync(user);
        return Back(null, null, "disabled");
    }

    private static async Task<IResult> ChangePasswordAsync([FromForm] string currentPassword, [FromForm] string newPassword, HttpContext http,
        SignInManager<StaffMember> signIns, StaffUserManager users, AuditLog audit, GuestLoopDbContext db)
    {
        if (await users.GetUserAsync(http.User) is not { } user)
        {
            return Results.LocalRedirect("/account/login");
        }

        // Guessing the current password here counts towards the lockout as at sign-in, and a locked account changes nothing.
        if (await users.IsLockedOutAsync(user))
        {
            return Back("current-password", null);
        }

        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded)
        {
            var mismatch = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
            if (mismatch)
            {
                await users.AccessFailedAsync(user);
                audit.Append(http.User.ToScope(), "password.change-refused", "staff", user.UserName, null, new { failures = user.AccessFailedCount });
                await db.SaveChangesAsync();
            }

            return Back(mismatch ? "current-password" : "new-password", null);
        }

        // The password is never written to the log; that it changed is.
        audit.Append(http.User.ToScope(), "password.changed", "staff", user.UserName, null, new { PasswordChanged = true });
        await db.SaveChangesAsync();
        await signIns.RefreshSignInAsync(user);
        return Back(null, null, "password");
    }

    private static string Digits(string code) => code.Replace(" ", "").Replace("-", "").Trim();

    private static RedirectHttpResult Back(string? error, string? returnUrl, string? done = null) =>
        TypedResults.LocalRedirect($"{AccountEndpoints.SecurityPage}?{(error is null ? "" : $"error={error}&")}{(done is null ? "" : $"done={done}&")}"
            + $"returnUrl={Uri.EscapeDataString(AccountEndpoints.SafeReturn(returnUrl))}");

    /// <summary>
    /// Until an administrator who must use two-factor has set it up, every page but the account pages sends them there.
    /// The workspace layout does the same for navigation inside an open page.
    /// </summary>
    public static IApplicationBuilder UseTwoFactorGate(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var path = http.Request.Path;
        if (http.User.HasClaim(StaffClaims.TwoFactorDue, "true")
            && !path.StartsWithSegments("/account") && !path.StartsWithSegments("/_blazor") && !path.StartsWithSegments("/_framework")
            && !path.StartsWithSegments("/_content") && !path.StartsWithSegments("/culture") && !path.StartsWithSegments("/api")
            && !Path.HasExtension(path.Value))
        {
            if (!HttpMethods.IsGet(http.Request.Method))
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            http.Response.Redirect($"{AccountEndpoints.SecurityPage}?returnUrl={Uri.EscapeDataString(path + http.Request.QueryString)}");
            return;
        }

        await next();
    });
}
