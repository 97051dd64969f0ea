using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace GuestLoop.Web.Features.Account;

/// <summary>Staff sign in with a cookie; integrations use API keys. The API accepts only keys, so cookies never drive it (no CSRF there).</summary>
public static class AuthSetup
{
    public const string ApiPolicy = "api";
    public const string AdminPolicy = "admin";

    public static IServiceCollection AddGuestLoopAuth(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/account/login";
                o.LogoutPath = "/account/logout";
                o.AccessDeniedPath = "/account/denied";
                o.Cookie.Name = "guestloop.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, p => p.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser())
            .AddPolicy(AdminPolicy, p => p.RequireClaim(StaffClaims.Admin, "true"));
        services.AddCascadingAuthenticationState();
        return services;
    }
}
