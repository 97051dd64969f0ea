using GuestLoop.Web.Features.Organisation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GuestLoop.Web.Features.Account;

/// <summary>
/// Staff sign in through ASP.NET Core Identity over the staff table (lockout, security stamp, password rules, authenticator
/// codes); integrations use API keys. The API accepts only keys, so cookies never drive it (no CSRF there).
/// </summary>
public static class AuthSetup
{
    public const string ApiPolicy = "api";
    public const string AdminPolicy = "admin";

    public static IServiceCollection AddGuestLoopAuth(this IServiceCollection services, IConfiguration config)
    {
        var rules = SignInRules.From(config);
        services.AddSingleton(rules);
        var authentication = services.AddAuthentication(IdentityConstants.ApplicationScheme);
        authentication.AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        authentication.AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "guestloop.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = "guestloop.2fa";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
        });
        // Checked on every request by default, so a sign-out or a password change ends the other sessions at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromSeconds(rules.StampCheckSeconds));

        services.AddIdentityCore<StaffMember>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = rules.Lockout.MaxFailures;
                o.Lockout.DefaultLockoutTimeSpan = rules.Lockout.First;
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = rules.PasswordMinLength;
                o.Password.RequiredUniqueChars = rules.PasswordUniqueChars;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                // Staff user names were never limited to ASCII; the administrator's page checks them.
                o.User.AllowedUserNameCharacters = "";
                o.ClaimsIdentity.UserNameClaimType = StaffClaims.UserName;
            })
            .AddUserStore<StaffUserStore>()
            .AddUserManager<StaffUserManager>()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddSignInManager()
            .AddTokenProvider<AuthenticatorTokenProvider<StaffMember>>(TokenOptions.DefaultAuthenticatorProvider);
        services.Replace(ServiceDescriptor.Scoped<ILookupNormalizer, StaffNameLookup>());
        services.AddScoped<StaffSignIn>();

        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, p => p.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser()
                .RequireAssertion(c => !c.User.HasClaim(ApiKeyAuthentication.ReadOnlyClaim, "true")
                    || c.Resource is HttpContext http && GuestLoop.Domain.Organisation.ApiKeyRules.Permits(true, http.Request.Method)))
            .AddPolicy(AdminPolicy, p => p.RequireClaim(StaffClaims.Admin, "true"));
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, CircuitRevalidation>();
        return services;
    }
}
