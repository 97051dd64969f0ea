using System.Security.Cryptography;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Account;

/// <summary>A new integration key (<c>--create-api-key</c>): only its hash is stored, so the key is shown once, by the caller.</summary>
public sealed class IssueApiKey(GuestLoopDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>The new key, or null when an active key already has this name.</summary>
    public async Task<string?> IssueAsync(string name, ApiKeyScope scope, AccessScope actor, CancellationToken ct)
    {
        if (await db.ApiKeys.AnyAsync(k => k.Name == name && k.RevokedAt == null, ct))
        {
            return null;
        }

        var key = "gl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        db.ApiKeys.Add(new ApiKey { Name = name, KeyHash = ApiKeyAuthentication.Hash(key), Scope = scope, CreatedAt = clock.GetUtcNow() });
        audit.Append(actor, "api-key.create", "api-key", name, null, new { name, scope });
        await db.SaveChangesAsync(ct);
        return key;
    }
}
