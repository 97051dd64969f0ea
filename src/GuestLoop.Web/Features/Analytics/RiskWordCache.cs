using GuestLoop.Domain.Analytics;
using GuestLoop.Web.Data;
using GuestLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Analytics;

/// <summary>
/// Each enterprise's risk words in memory: every intake checks them, an administrator changes them rarely. A save of
/// a list drops the copies on every instance (<see cref="Cluster.ClusterMessage.RiskWords"/>).
/// </summary>
public sealed class RiskWordCache(IServiceScopeFactory scopes)
{
    private readonly InvalidatedCache<Guid, RiskWords> _words = new();

    public void Invalidate() => _words.Invalidate();

    public async Task<RiskWords> WordsAsync(Guid enterpriseId, CancellationToken ct) => (await _words.GetAsync(enterpriseId, async c =>
    {
        using var scope = scopes.CreateScope();
        return await LoadAsync(scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>(), enterpriseId, c);
    }, ct))!;

    public static async Task<RiskWords> LoadAsync(GuestLoopDbContext db, Guid enterpriseId, CancellationToken ct)
    {
        var list = await db.RiskWordLists.AsNoTracking().SingleOrDefaultAsync(r => r.EnterpriseId == enterpriseId, ct);
        return list is null ? new RiskWords(RiskWords.Defaults) : new RiskWords(list.Words.Split('\n'));
    }
}
