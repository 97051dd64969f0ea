using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Organisation;
using Microsoft.AspNetCore.Identity;

namespace GuestLoop.Web.Features.Account;

public enum SignInOutcome { SignedIn, NeedsCode, NeedsTwoFactorSetUp, Refused }

/// <summary>
/// Signing in with a password and with an authenticator code, through Identity's sign-in manager. Every refusal looks
/// the same from outside (one message, the same password-hash work for unknown, known and locked-out names) and is audited.
/// </summary>
public sealed class StaffSignIn(SignInManager<StaffMember> signIns, StaffUserManager users, IPasswordHasher<StaffMember> hasher,
    AuditLog audit, GuestLoopDbContext db)
{
    private static readonly StaffMember Placeholder = new() { UserName = "", DisplayName = "" };
    private static string? _placeholderHash;

    public async Task<SignInOutcome> PasswordAsync(string userName, string password)
    {
        userName = userName.Trim();
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            // The same hash work as a real account costs, so the answer's timing does not tell which names exist.
            VerifyPlaceholder(password);
            await AuditAsync(userName, "signin.failed", new { reason = "unknown-user" });
            return SignInOutcome.Refused;
        }

        if (await users.IsLockedOutAsync(user))
        {
            VerifyPlaceholder(password);
            await AuditAsync(user.UserName, "signin.refused-locked", new { until = user.LockoutEnd });
            return SignInOutcome.Refused;
        }

        if (user.SecurityStamp.Length == 0)
        {
            // Staff from before sign-in used Identity have no stamp yet; a session must be able to carry one.
            await users.UpdateSecurityStampAsync(user);
        }

        var result = await signIns.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        return await OutcomeAsync(user, result, "signin.failed");
    }

    /// <summary>The second step: a 6-digit code from the authenticator app, or one of the recovery codes.</summary>
    public async Task<SignInOutcome> CodeAsync(string code)
    {
        var user = await signIns.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInOutcome.Refused;
        }

        var cleaned = code.Replace(" ", "").Replace("-", "").Trim();
        var result = cleaned.Length == 6 && cleaned.All(char.IsAsciiDigit)
            ? await signIns.TwoFactorAuthenticatorSignInAsync(cleaned, isPersistent: false, rememberClient: false)
            : await signIns.TwoFactorRecoveryCodeSignInAsync(code.Trim());
        return await OutcomeAsync(user, result, "signin.code-failed");
    }

    public async Task<bool> AwaitingCodeAsync() => await signIns.GetTwoFactorAuthenticationUserAsync() is not null;

    private async Task<SignInOutcome> OutcomeAsync(StaffMember user, SignInResult result, string failure)
    {
        if (result.Succeeded)
        {
            return user.Role == StaffRole.Administrator && !user.TwoFactorEnabled && await TwoFactorDueAsync(user)
                ? SignInOutcome.NeedsTwoFactorSetUp
                : SignInOutcome.SignedIn;
        }

        if (result.RequiresTwoFactor)
        {
            return SignInOutcome.NeedsCode;
        }

        await AuditAsync(user.UserName, result.IsLockedOut ? "signin.locked-out" : failure,
            new { failures = user.AccessFailedCount, until = result.IsLockedOut ? user.LockoutEnd : null });
        return SignInOutcome.Refused;
    }

    private async Task<bool> TwoFactorDueAsync(StaffMember user) =>
        (await signIns.ClaimsFactory.CreateAsync(user)).HasClaim(StaffClaims.TwoFactorDue, "true");

    private void VerifyPlaceholder(string password)
    {
        _placeholderHash ??= hasher.HashPassword(Placeholder, Convert.ToBase64String(Guid.NewGuid().ToByteArray()));
        hasher.VerifyHashedPassword(Placeholder, _placeholderHash, password);
    }

    /// <summary>Refusals are audited under the name that was tried, cut to the column's length.</summary>
    private async Task AuditAsync(string userName, string action, object details)
    {
        var name = userName.Length > 100 ? userName[..100] : userName;
        audit.Append(AccessScope.Outsider(name), action, "staff", name, null, details);
        await db.SaveChangesAsync();
    }
}
