using GuestLoop.Web.Data;
using GuestLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Notifications;

/// <summary>Stores due notices once each, whichever scan produced them and however many instances run it.</summary>
internal static class NotificationStore
{
    /// <summary>Inserts the notices not stored yet, in the caller's transaction if there is one; returns how many this call stored.</summary>
    public static async Task<int> StoreOnceAsync(GuestLoopDbContext db, IReadOnlyList<Notification> due, CancellationToken ct)
    {
        var stored = 0;
        foreach (var notification in await WithoutThoseSentAsync(db, due, ct))
        {
            if (await InsertOnce.InsertAsync(db, notification, ct))
            {
                stored++;
            }
        }

        return stored;
    }

    /// <summary>
    /// For a periodic round: reads which notices are stored already, then inserts the others a bounded batch per
    /// transaction (<see cref="RoundBatches"/>), so that a storm of notices — thousands of deadlines breached at once —
    /// never holds the database for long nor keeps a request from writing between two batches.
    /// </summary>
    /// <param name="stored">Told of each notice this call stored, after its insert.</param>
    public static async Task<int> StoreOnceInBatchesAsync(GuestLoopDbContext db, RoundHealth health, string job, IReadOnlyList<Notification> due,
        CancellationToken ct, Action<Notification>? stored = null) =>
        await RoundBatches.WriteAsync(db, health, job, await WithoutThoseSentAsync(db, due, ct), async n =>
            {
                var inserted = await InsertOnce.InsertAsync(db, n, ct);
                if (inserted)
                {
                    stored?.Invoke(n);
                }

                return inserted;
            },
            n => $"notice {n.CaseNumber} {n.Stage} {n.Event} to {n.RecipientId}", ct);

    /// <summary>Drops the notices already stored, so a quiet round costs one read instead of an insert per notice.</summary>
    private static async Task<List<Notification>> WithoutThoseSentAsync(GuestLoopDbContext db, IReadOnlyList<Notification> due, CancellationToken ct)
    {
        var fresh = new List<Notification>();
        foreach (var chunk in due.Chunk(500))
        {
            var caseIds = chunk.Select(n => n.CaseId).Distinct().ToList();
            var sent = (await db.Notifications.AsNoTracking().Where(n => caseIds.Contains(n.CaseId))
                    .Select(n => new { n.CaseId, n.Stage, n.StageStartedAt, n.Event, n.RecipientId }).ToListAsync(ct))
                .Select(n => (n.CaseId, n.Stage, n.StageStartedAt.UtcTicks, n.Event, n.RecipientId)).ToHashSet();
            fresh.AddRange(chunk.Where(n => !sent.Contains((n.CaseId, n.Stage, n.StageStartedAt.UtcTicks, n.Event, n.RecipientId))));
        }

        return fresh;
    }
}
