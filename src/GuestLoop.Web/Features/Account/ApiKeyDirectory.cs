using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Account;

/// <summary>
/// Active API keys by hash with their owners, kept in memory: an integration sends its key with every call, and a key
/// or its owner changes only when an administrator edits them. Such a save drops the copy on every instance (the
/// organisation news); an unknown hash is looked up again every time, so a new key works at once.
/// </summary>
public sealed class ApiKeyDirectory(IServiceScopeFactory scopes)
{
    private readonly InvalidatedCache<string, KnownKey> _keys = new(StringComparer.Ordinal);

    public void Invalidate() => _keys.Invalidate();

    public Task<KnownKey?> FindAsync(string hash, CancellationToken ct) => _keys.GetAsync(hash, async token =>
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.KeyHash == hash && k.RevokedAt == null, token);
        if (key is null)
        {
            return null;
        }

        var owner = key.OwnerStaffId is { } ownerId ? await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == ownerId, token) : null;
        return new KnownKey(key, owner);
    }, ct);
}

/// <summary>An active key and the staff member it belongs to, if any.</summary>
public sealed record KnownKey(ApiKey Key, StaffMember? Owner);
