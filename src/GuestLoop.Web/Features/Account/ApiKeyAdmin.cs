using System.Security.Cryptography;
using GuestLoop.Domain;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Account;

/// <summary>A key as listed: never its secret or hash.</summary>
public sealed record ApiKeyJson(Guid Id, string Name, string? ActingAs, string? Role, string? Authority, bool AllProperties,
    IReadOnlyList<string> Properties, bool ReadOnly, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt, string Status);

/// <summary>A new key and its secret, which is shown this once.</summary>
public sealed record IssuedApiKeyJson(ApiKeyJson Key, string Secret);

/// <summary>
/// The administrator's side of API keys, behind both the page and /api/v1/api-keys: list with last use, issue, revoke.
/// An administrator sees and changes only keys within the properties they administer; every change is audited.
/// </summary>
public sealed class ApiKeyAdmin(GuestLoopDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<List<ApiKeyJson>> ListAsync(AccessScope actor, CancellationToken ct)
    {
        actor.RequireAdministrator("Only administrators manage API keys.");
        var keys = await db.ApiKeys.AsNoTracking().OrderBy(k => k.RevokedAt != null).ThenBy(k => k.Name).ToListAsync(ct);
        var names = await NamesAsync(ct);
        var now = clock.GetUtcNow();
        return keys.Where(k => Manages(actor, k)).Select(k => ToJson(k, names, now)).ToList();
    }

    /// <summary>A new key under the grant; field errors (400) or a refusal (403) when the grant reaches beyond the actor.</summary>
    public async Task<IssuedApiKeyJson> IssueAsync(AccessScope actor, ApiKeyGrant grant, CancellationToken ct)
    {
        actor.RequireAdministrator("Only administrators manage API keys.");
        var properties = await db.Properties.AsNoTracking().Select(p => p.Id).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var errors = ApiKeyRules.Check(grant, now, properties.Contains);
        var name = grant.Name?.Trim() ?? "";
        if (!errors.ContainsKey("name") && await db.ApiKeys.AnyAsync(k => k.Name == name && k.RevokedAt == null, ct))
        {
            errors.Add("name", "An active key has this name already.");
        }

        if (grant.ActingStaffId is { } staffId)
        {
            var staff = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == staffId && s.Active, ct);
            if (staff is null || !actor.AllProperties && (staff.AllProperties || !staff.PropertyIds.All(actor.PropertyIds.Contains)))
            {
                errors.Add("actingAs", "No active staff member of your properties has this user name.");
            }
        }

        errors.ThrowIfAny();
        ApiKeyRules.RequireManage(actor.IsAdministrator, actor.AllProperties, actor.PropertyIds, grant.AllProperties, grant.PropertyIds);

        var secret = "gl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var key = new ApiKey
        {
            Name = name, KeyHash = ApiKeyAuthentication.Hash(secret), OwnerStaffId = grant.ActingStaffId, Role = grant.Role,
            Authority = grant.ActingStaffId is null ? grant.Authority ?? AuthorityLevel.None : null,
            Scope = grant.Role == StaffRole.Administrator ? ApiKeyScope.Administrator : ApiKeyScope.Integration,
            LimitedToProperties = !grant.AllProperties, PropertyIds = grant.AllProperties ? [] : grant.PropertyIds.Distinct().ToList(),
            ReadOnly = grant.ReadOnly, CreatedAt = now, ExpiresAt = grant.ExpiresAt,
        };
        db.ApiKeys.Add(key);
        var json = ToJson(key, await NamesAsync(ct), now);
        audit.Append(actor, "api-key.create", "api-key", key.Id.ToString(), null, json);
        await db.SaveChangesAsync(ct);
        return new IssuedApiKeyJson(json, secret);
    }

    /// <summary>Revokes a key by id or by the name of an active key; not found (404) when the actor may not see it.</summary>
    public async Task<ApiKeyJson> RevokeAsync(AccessScope actor, string idOrName, CancellationToken ct)
    {
        actor.RequireAdministrator("Only administrators manage API keys.");
        var key = Guid.TryParse(idOrName, out var id)
            ? await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, ct)
            : await db.ApiKeys.SingleOrDefaultAsync(k => k.Name == idOrName.Trim() && k.RevokedAt == null, ct);
        if (key is null || !Manages(actor, key))
        {
            throw new ApiKeyNotFoundException(idOrName);
        }

        var now = clock.GetUtcNow();
        var names = await NamesAsync(ct);
        if (key.RevokedAt is null)
        {
            var before = ToJson(key, names, now);
            key.RevokedAt = now;
            audit.Append(actor, "api-key.revoke", "api-key", key.Id.ToString(), before, ToJson(key, names, now));
            // The save announces the change, and every instance drops its cached keys.
            await db.SaveChangesAsync(ct);
        }

        return ToJson(key, names, now);
    }

    private static bool Manages(AccessScope actor, ApiKey key) =>
        ApiKeyRules.MayManage(actor.IsAdministrator, actor.AllProperties, actor.PropertyIds, !key.LimitedToProperties, key.PropertyIds);

    private async Task<Names> NamesAsync(CancellationToken ct) => new(
        await db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, ct),
        await db.Staff.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.UserName, ct));

    private sealed record Names(Dictionary<Guid, string> Properties, Dictionary<Guid, string> Staff);

    private static ApiKeyJson ToJson(ApiKey k, Names names, DateTimeOffset now) => new(
        k.Id, k.Name, k.OwnerStaffId is { } s ? names.Staff.GetValueOrDefault(s, "?") : null,
        k.Role is { } role ? Key(role) : k.OwnerStaffId is null ? Key(k.Scope) : null,
        k.Authority is { } a ? Key(a) : null,
        !k.LimitedToProperties, k.PropertyIds.Select(p => names.Properties.GetValueOrDefault(p, "?")).Order(StringComparer.Ordinal).ToList(),
        k.ReadOnly, k.CreatedAt, k.ExpiresAt, k.LastUsedAt, k.RevokedAt,
        k.RevokedAt is not null ? "revoked" : ApiKeyRules.IsAlive(null, k.ExpiresAt, now) ? "active" : "expired");

    private static string Key<T>(T value) where T : struct, Enum => Analytics.DrillDown.Key(value);
}

/// <summary>No such key, or none the caller may see (HTTP 404).</summary>
public sealed class ApiKeyNotFoundException(string idOrName) : DomainException(DomainErrorKind.NotFound, $"No API key {idOrName}.");
