using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace GuestLoop.Web.Features.Account;

/// <summary>Sign-in, the authenticator code, sign-out and the language switch: plain form posts, protected by antiforgery tokens.</summary>
public static class AccountEndpoints
{
    public const string SecurityPage = "/account/security";

    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription().AllowAnonymous();
        account.MapGet("/login", (string? returnUrl, string? error) =>
            new RazorComponentResult<LoginPage>(new { ReturnUrl = returnUrl, Error = error }));
        account.MapPost("/login", SignInAsync);
        account.MapGet("/two-factor", async (string? returnUrl, string? error, SignInManager<StaffMember> signIns) =>
            await signIns.GetTwoFactorAuthenticationUserAsync() is null
                ? Results.LocalRedirect(LoginUrl(returnUrl, null))
                : new RazorComponentResult<TwoFactorPage>(new { ReturnUrl = returnUrl, Error = error }));
        account.MapPost("/two-factor", CodeAsync);
        account.MapPost("/logout", SignOutAsync).RequireAntiforgery();
        account.MapGet("/denied", () => new RazorComponentResult<LoginPage>(new { Error = "denied" }));
        app.MapTwoFactorSetUp();
        app.MapGet("/culture", (string culture, string? returnUrl, HttpContext http) =>
        {
            var chosen = culture == "en" ? "en" : "zh-CN";
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(SafeReturn(returnUrl));
        }).AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task<IResult> SignInAsync([FromForm] string userName, [FromForm] string password, [FromForm] string? returnUrl,
        StaffSignIn signIn) => Next(await signIn.PasswordAsync(userName, password), returnUrl, "invalid");

    private static async Task<IResult> CodeAsync([FromForm] string code, [FromForm] string? returnUrl, StaffSignIn signIn) =>
        await signIn.CodeAsync(code) switch
        {
            SignInOutcome.Refused when await signIn.AwaitingCodeAsync() =>
                Results.LocalRedirect($"/account/two-factor?error=code&returnUrl={Uri.EscapeDataString(SafeReturn(returnUrl))}"),
            var outcome => Next(outcome, returnUrl, "invalid"),
        };

    private static IResult Next(SignInOutcome outcome, string? returnUrl, string error) => outcome switch
    {
        SignInOutcome.SignedIn => Results.LocalRedirect(SafeReturn(returnUrl)),
        SignInOutcome.NeedsCode => Results.LocalRedirect($"/account/two-factor?returnUrl={Uri.EscapeDataString(SafeReturn(returnUrl))}"),
        SignInOutcome.NeedsTwoFactorSetUp => Results.LocalRedirect($"{SecurityPage}?returnUrl={Uri.EscapeDataString(SafeReturn(returnUrl))}"),
        _ => Results.LocalRedirect(LoginUrl(returnUrl, error)),
    };

    /// <summary>
    /// Only a form of this site may sign someone out (the antiforgery token), and signing out ends every session of the
    /// person: the new security stamp makes any copy of the cookie worthless.
    /// </summary>
    private static async Task<IResult> SignOutAsync(HttpContext http, SignInManager<StaffMember> signIns)
    {
        if (await signIns.UserManager.GetUserAsync(http.User) is { } user)
        {
            await signIns.UserManager.UpdateSecurityStampAsync(user);
        }

        await signIns.SignOutAsync();
        return Results.LocalRedirect("/account/login");
    }

    private static string LoginUrl(string? returnUrl, string? error) =>
        $"/account/login?{(error is null ? "" : $"error={error}&")}returnUrl={Uri.EscapeDataString(SafeReturn(returnUrl))}";

    /// <summary>
    /// Only local paths are followed, so a crafted link cannot bounce a signed-in user elsewhere: browsers drop tabs and
    /// line breaks and read a backslash as a slash, so none of those may appear, not even once more decoded.
    /// </summary>
    public static string SafeReturn(string? url) =>
        !string.IsNullOrEmpty(url) && IsLocalPath(url) && IsLocalPath(Uri.UnescapeDataString(url)) ? url : "/";

    private static bool IsLocalPath(string url) =>
        url.StartsWith('/') && !url.StartsWith("//") && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\');
}
