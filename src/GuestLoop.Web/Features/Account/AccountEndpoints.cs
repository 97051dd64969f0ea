using System.Security.Claims;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Organisation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Account;

/// <summary>Sign-in, sign-out and the language switch: plain form posts, protected by antiforgery tokens.</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription().AllowAnonymous();
        account.MapGet("/login", (string? returnUrl, string? error) =>
            new RazorComponentResult<LoginPage>(new { ReturnUrl = returnUrl, Error = error }));
        account.MapPost("/login", SignInAsync);
        account.MapPost("/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/account/login");
        });
        account.MapGet("/denied", () => new RazorComponentResult<LoginPage>(new { Error = "denied" }));
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
        HttpContext http, GuestLoopDbContext db)
    {
        var staff = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.UserName == userName && s.Active);
        var hasher = new PasswordHasher<StaffMember>();
        if (staff is null || hasher.VerifyHashedPassword(staff, staff.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            return Results.LocalRedirect($"/account/login?error=invalid&returnUrl={Uri.EscapeDataString(SafeReturn(returnUrl))}");
        }

        var identity = new ClaimsIdentity(StaffClaims.For(staff), CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.LocalRedirect(SafeReturn(returnUrl));
    }

    /// <summary>
    /// Only local paths are followed, so a crafted link cannot bounce a signed-in user elsewhere: browsers drop tabs and
    /// line breaks and read a backslash as a slash, so none of those may appear, not even once more decoded.
    /// </summary>
    public static string SafeReturn(string? url) =>
        !string.IsNullOrEmpty(url) && IsLocalPath(url) && IsLocalPath(Uri.UnescapeDataString(url)) ? url : "/";

    private static bool IsLocalPath(string url) =>
        url.StartsWith('/') && !url.StartsWith("//") && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\');
}
