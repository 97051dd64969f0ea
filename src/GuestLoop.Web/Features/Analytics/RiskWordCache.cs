using System.Collections.Concurrent;
using GuestLoop.Domain.Analytics;
using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Analytics;

/// <summary>
/// Each enterprise's risk words in memory: every intake checks them, an administrator changes them rarely. A save of
/// a list drops the copies on every instance (<see cref="Cluster.ClusterMessage.RiskWords"/>).
/// </summary>
public sealed class RiskWordCache(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<Guid, RiskWords> _words = new();
    private readonly Lock _gate = new();
    private int _version;

    public void Invalidate()
    {
        lock (_gate)
        {
            _version++;
            _words.Clear();
        }
    }

    public async Task<RiskWords> WordsAsync(Guid enterpriseId, CancellationToken ct)
    {
        if (_words.TryGetValue(enterpriseId, out var cached))
        {
            return cached;
        }

        int version;
        lock (_gate)
        {
            version = _version;
        }

        using var scope = scopes.CreateScope();
        var words = await LoadAsync(scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>(), enterpriseId, ct);
        lock (_gate)
        {
            // A change announced while this was loading wins: the next caller loads again.
            if (_version == version)
            {
                _words[enterpriseId] = words;
            }
        }

        return words;
    }

    public static async Task<RiskWords> LoadAsync(GuestLoopDbContext db, Guid enterpriseId, CancellationToken ct)
    {
        var list = await db.RiskWordLists.AsNoTracking().SingleOrDefaultAsync(r => r.EnterpriseId == enterpriseId, ct);
        return list is null ? new RiskWords(RiskWords.Defaults) : new RiskWords(list.Words.Split('\n'));
    }
}
