using System.Collections.Concurrent;
using GuestLoop.Domain.Organisation;
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
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _usesRecorded = new();

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

    /// <summary>
    /// Writes the key's last use when a minute or more has passed since this instance last wrote it, so a busy integration
    /// costs one small update a minute rather than one a call; the write does not touch the cached keys.
    /// </summary>
    public async Task RecordUseAsync(ApiKey key, DateTimeOffset now, CancellationToken ct)
    {
        var last = _usesRecorded.TryGetValue(key.Id, out var recorded) ? recorded : key.LastUsedAt;
        if (!ApiKeyRules.UseIsDue(last, now))
        {
            return;
        }

        // Of the calls arriving together, the one that moves the mark writes.
        var claimed = _usesRecorded.TryGetValue(key.Id, out var seen)
            ? ApiKeyRules.UseIsDue(seen, now) && _usesRecorded.TryUpdate(key.Id, now, seen)
            : _usesRecorded.TryAdd(key.Id, now);
        if (!claimed)
        {
            return;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(u => u.SetProperty(k => k.LastUsedAt, now), ct);
    }
}

/// <summary>An active key and the staff member it belongs to, if any.</summary>
public sealed record KnownKey(ApiKey Key, StaffMember? Owner);
