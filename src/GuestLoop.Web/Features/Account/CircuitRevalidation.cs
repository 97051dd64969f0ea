using System.Security.Claims;
using GuestLoop.Web.Features.Organisation;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GuestLoop.Web.Features.Account;

/// <summary>
/// An open workspace page keeps the principal it started with; this checks its security stamp every minute, so a
/// sign-out, a password change or a deactivation elsewhere also ends the pages already open.
/// </summary>
public sealed class CircuitRevalidation(ILoggerFactory logs, IServiceScopeFactory scopes, IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(logs)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken ct)
    {
        if (state.User.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType) is not { } stamp)
        {
            return true;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffMember>>();
        return await users.GetUserAsync(state.User) is { } user && user.SecurityStamp == stamp;
    }
}
