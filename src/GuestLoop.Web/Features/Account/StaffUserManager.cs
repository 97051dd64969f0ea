using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Features.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GuestLoop.Web.Features.Account;

/// <summary>
/// Identity's user manager on the host's clock, with a lockout that grows: each run of failures locks for twice as long
/// as the one before (<see cref="SignInLockout"/>), and the failure count only starts again after a successful sign-in.
/// </summary>
public sealed class StaffUserManager(
    IUserStore<StaffMember> store, IOptions<IdentityOptions> options, IPasswordHasher<StaffMember> hasher,
    IEnumerable<IUserValidator<StaffMember>> userValidators, IEnumerable<IPasswordValidator<StaffMember>> passwordValidators,
    ILookupNormalizer names, IdentityErrorDescriber errors, IServiceProvider services, ILogger<UserManager<StaffMember>> logger,
    TimeProvider clock, SignInRules rules)
    : UserManager<StaffMember>(store, options, hasher, userValidators, passwordValidators, names, errors, services, logger)
{
    private IUserLockoutStore<StaffMember> Lockouts => (IUserLockoutStore<StaffMember>)Store;

    /// <summary>A stamp for rows written outside the manager (new staff, an administrator's password reset).</summary>
    public static string NewSecurityStamp() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20));

    public override async Task<IdentityResult> AccessFailedAsync(StaffMember user)
    {
        var failures = await Lockouts.IncrementAccessFailedCountAsync(user, CancellationToken);
        var lockout = rules.Lockout;
        if (lockout.Locks(failures))
        {
            await Lockouts.SetLockoutEndDateAsync(user, clock.GetUtcNow() + lockout.Duration(failures), CancellationToken);
        }

        return await UpdateUserAsync(user);
    }

    public override async Task<bool> IsLockedOutAsync(StaffMember user) =>
        await Lockouts.GetLockoutEndDateAsync(user, CancellationToken) is { } end && end > clock.GetUtcNow();

    /// <summary>
    /// A fresh authenticator key for enrolment, without changing the security stamp: the key does nothing until a code
    /// from it switches two-factor on, and that does change the stamp.
    /// </summary>
    public async Task<string> NewAuthenticatorKeyAsync(StaffMember user)
    {
        await ((IUserAuthenticatorKeyStore<StaffMember>)Store).SetAuthenticatorKeyAsync(user, GenerateNewAuthenticatorKey(), CancellationToken);
        await UpdateUserAsync(user);
        return (await GetAuthenticatorKeyAsync(user))!;
    }
}
