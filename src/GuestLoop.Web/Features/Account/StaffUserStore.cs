using System.Security.Cryptography;
using System.Text;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Account;

/// <summary>
/// Identity's view of the staff table. Only active staff are found, so a deactivated person can neither sign in nor
/// keep a session. Staff are created and edited by administrators (<c>OrganisationAdmin</c>), never through Identity.
/// </summary>
public sealed class StaffUserStore(GuestLoopDbContext db) :
    IUserPasswordStore<StaffMember>, IUserSecurityStampStore<StaffMember>, IUserLockoutStore<StaffMember>,
    IUserTwoFactorStore<StaffMember>, IUserAuthenticatorKeyStore<StaffMember>, IUserTwoFactorRecoveryCodeStore<StaffMember>
{
    public Task<StaffMember?> FindByIdAsync(string userId, CancellationToken ct) =>
        Guid.TryParse(userId, out var id)
            ? db.Staff.SingleOrDefaultAsync(s => s.Id == id && s.Active, ct)
            : Task.FromResult<StaffMember?>(null);

    /// <summary>User names are matched exactly, as before (see <see cref="StaffNameLookup"/>).</summary>
    public Task<StaffMember?> FindByNameAsync(string normalizedUserName, CancellationToken ct) =>
        db.Staff.SingleOrDefaultAsync(s => s.UserName == normalizedUserName && s.Active, ct);

    public async Task<IdentityResult> UpdateAsync(StaffMember user, CancellationToken ct)
    {
        if (db.Entry(user).State == EntityState.Detached)
        {
            db.Staff.Update(user);
        }

        await db.SaveChangesAsync(ct);
        return IdentityResult.Success;
    }

    public Task<IdentityResult> CreateAsync(StaffMember user, CancellationToken ct) =>
        throw new NotSupportedException("Staff are created by administrators on the staff page.");

    public Task<IdentityResult> DeleteAsync(StaffMember user, CancellationToken ct) =>
        throw new NotSupportedException("Staff are deactivated, never deleted: cases and the audit log name them.");

    public Task<string> GetUserIdAsync(StaffMember user, CancellationToken ct) => Task.FromResult(user.Id.ToString());
    public Task<string?> GetUserNameAsync(StaffMember user, CancellationToken ct) => Task.FromResult<string?>(user.UserName);
    public Task<string?> GetNormalizedUserNameAsync(StaffMember user, CancellationToken ct) => Task.FromResult<string?>(user.UserName);
    public Task SetNormalizedUserNameAsync(StaffMember user, string? normalizedName, CancellationToken ct) => Task.CompletedTask;

    public Task SetUserNameAsync(StaffMember user, string? userName, CancellationToken ct)
    {
        user.UserName = userName ?? user.UserName;
        return Task.CompletedTask;
    }

    public Task SetPasswordHashAsync(StaffMember user, string? passwordHash, CancellationToken ct)
    {
        user.PasswordHash = passwordHash ?? string.Empty;
        return Task.CompletedTask;
    }

    public Task<string?> GetPasswordHashAsync(StaffMember user, CancellationToken ct) =>
        Task.FromResult<string?>(user.PasswordHash.Length == 0 ? null : user.PasswordHash);

    public Task<bool> HasPasswordAsync(StaffMember user, CancellationToken ct) => Task.FromResult(user.PasswordHash.Length > 0);

    public Task SetSecurityStampAsync(StaffMember user, string stamp, CancellationToken ct)
    {
        user.SecurityStamp = stamp;
        return Task.CompletedTask;
    }

    public Task<string?> GetSecurityStampAsync(StaffMember user, CancellationToken ct) => Task.FromResult<string?>(user.SecurityStamp);

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(StaffMember user, CancellationToken ct) => Task.FromResult(user.LockoutEnd);

    public Task SetLockoutEndDateAsync(StaffMember user, DateTimeOffset? lockoutEnd, CancellationToken ct)
    {
        user.LockoutEnd = lockoutEnd;
        return Task.CompletedTask;
    }

    public Task<int> IncrementAccessFailedCountAsync(StaffMember user, CancellationToken ct) => Task.FromResult(++user.AccessFailedCount);

    public Task ResetAccessFailedCountAsync(StaffMember user, CancellationToken ct)
    {
        user.AccessFailedCount = 0;
        return Task.CompletedTask;
    }

    public Task<int> GetAccessFailedCountAsync(StaffMember user, CancellationToken ct) => Task.FromResult(user.AccessFailedCount);

    /// <summary>Every staff member can be locked out; there is no exemption to switch off.</summary>
    public Task<bool> GetLockoutEnabledAsync(StaffMember user, CancellationToken ct) => Task.FromResult(true);

    public Task SetLockoutEnabledAsync(StaffMember user, bool enabled, CancellationToken ct) => Task.CompletedTask;

    public Task SetTwoFactorEnabledAsync(StaffMember user, bool enabled, CancellationToken ct)
    {
        user.TwoFactorEnabled = enabled;
        return Task.CompletedTask;
    }

    public Task<bool> GetTwoFactorEnabledAsync(StaffMember user, CancellationToken ct) => Task.FromResult(user.TwoFactorEnabled);

    public Task SetAuthenticatorKeyAsync(StaffMember user, string key, CancellationToken ct)
    {
        user.AuthenticatorKey = key;
        return Task.CompletedTask;
    }

    public Task<string?> GetAuthenticatorKeyAsync(StaffMember user, CancellationToken ct) => Task.FromResult(user.AuthenticatorKey);

    /// <summary>Only hashes are kept: the codes are shown once, like a password.</summary>
    public Task ReplaceCodesAsync(StaffMember user, IEnumerable<string> recoveryCodes, CancellationToken ct)
    {
        user.RecoveryCodeHashes = string.Join(';', recoveryCodes.Select(HashCode));
        return Task.CompletedTask;
    }

    public Task<bool> RedeemCodeAsync(StaffMember user, string code, CancellationToken ct)
    {
        var hashes = (user.RecoveryCodeHashes ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).ToList();
        var hash = HashCode(code);
        var match = hashes.FirstOrDefault(h => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(h), Encoding.ASCII.GetBytes(hash)));
        if (match is null)
        {
            return Task.FromResult(false);
        }

        hashes.Remove(match);
        user.RecoveryCodeHashes = string.Join(';', hashes);
        return Task.FromResult(true);
    }

    public Task<int> CountCodesAsync(StaffMember user, CancellationToken ct) =>
        Task.FromResult((user.RecoveryCodeHashes ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).Length);

    /// <summary>Typed with or without the dash, in either case.</summary>
    private static string HashCode(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Replace("-", "").Replace(" ", "").ToUpperInvariant())));

    public void Dispose()
    {
    }
}

/// <summary>User names are compared as they are stored, as they always were: no upper-casing that would miss the unique index.</summary>
public sealed class StaffNameLookup : ILookupNormalizer
{
    public string? NormalizeName(string? name) => name?.Trim();

    public string? NormalizeEmail(string? email) => email?.Trim();
}
