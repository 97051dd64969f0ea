using System.Collections.Concurrent;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Cluster;

namespace GuestLoop.Web.Features.Workspace;

/// <summary>
/// Who else has a case open, and who is typing in it, on every instance: each open case page says so when it opens,
/// every <see cref="Heartbeat"/> while it stays open, when its user types (at most every few seconds) and when it
/// closes. The news travels as cluster news (NOTIFY on PostgreSQL, in process on SQLite); a page that stops saying
/// so (a closed laptop, a stopped instance) drops out after <see cref="Expiry"/>. Nothing is stored.
/// </summary>
public sealed class CasePresence
{
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(40);

    /// <summary>How long "typing" shows after the last key.</summary>
    public static readonly TimeSpan TypingShown = TimeSpan.FromSeconds(8);

    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Guid, Entry>> _cases = new();
    private readonly IServiceScopeFactory _scopes;
    private readonly ClusterEvents _events;
    private readonly TimeProvider _clock;

    public CasePresence(IServiceScopeFactory scopes, ClusterEvents events, TimeProvider clock)
    {
        (_scopes, _events, _clock) = (scopes, events, clock);
        events.PresenceChanged += Receive;
    }

    /// <summary>A case's presence changed (someone came, typed or left); the argument is the case.</summary>
    public event Action<Guid>? Changed;

    /// <summary>The other people on the case now, by name, with whether they are typing; not the viewer themself.</summary>
    public IReadOnlyList<CaseViewer> Others(Guid caseId, Guid viewer)
    {
        if (!_cases.TryGetValue(caseId, out var pages))
        {
            return [];
        }

        var now = _clock.GetUtcNow();
        return pages.Values.Where(e => e.StaffId != viewer && now - e.SeenAt < Expiry)
            .GroupBy(e => e.StaffId)
            .Select(g => new CaseViewer(g.Key, g.First().Name, g.Any(e => e.TypingAt is { } t && now - t < TypingShown)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
    }

    public async Task AnnounceAsync(PresenceNews news, CancellationToken ct)
    {
        await using var scope = _scopes.CreateAsyncScope();
        await ClusterPublisher.PublishAsync(scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>(), _events,
            ClusterMessage.ForPresence(news), ct);
    }

    private void Receive(PresenceNews news)
    {
        var pages = _cases.GetOrAdd(news.CaseId, _ => new ConcurrentDictionary<Guid, Entry>());
        var now = _clock.GetUtcNow();
        if (news.State == PresenceState.Left)
        {
            pages.TryRemove(news.PageId, out _);
        }
        else
        {
            pages.AddOrUpdate(news.PageId,
                _ => new Entry(news.StaffId, news.Name, now, news.State == PresenceState.Typing ? now : null),
                (_, old) => old with { SeenAt = now, TypingAt = news.State == PresenceState.Typing ? now : old.TypingAt });
        }

        foreach (var (page, entry) in pages)
        {
            if (now - entry.SeenAt >= Expiry)
            {
                pages.TryRemove(page, out _);
            }
        }

        if (pages.IsEmpty)
        {
            _cases.TryRemove(new KeyValuePair<Guid, ConcurrentDictionary<Guid, Entry>>(news.CaseId, pages));
        }

        Changed?.Invoke(news.CaseId);
    }

    private sealed record Entry(Guid StaffId, string Name, DateTimeOffset SeenAt, DateTimeOffset? TypingAt);
}

public sealed record CaseViewer(Guid StaffId, string Name, bool Typing);
