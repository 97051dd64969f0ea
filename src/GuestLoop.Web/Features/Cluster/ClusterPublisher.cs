using System.Data.Common;
using System.Runtime.CompilerServices;
using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace GuestLoop.Web.Features.Cluster;

/// <summary>
/// Sends news to every instance. On PostgreSQL it is a NOTIFY on the context's connection: inside a transaction it
/// goes out at commit (and not at all on rollback), and every instance, this one included, hears it through its
/// listener. On SQLite it is delivered in process: at once outside a transaction, and inside one when it commits
/// (<see cref="DeliverAtCommit"/>), so no page reads the news before the rows it speaks of, and a rolled-back change
/// tells no one.
/// </summary>
public static class ClusterPublisher
{
    private static readonly ConditionalWeakTable<DbTransaction, List<(ClusterEvents Events, ClusterMessage Message)>> AtCommit = new();

    public static async Task PublishAsync(GuestLoopDbContext db, ClusterEvents events, ClusterMessage message, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            var payload = message.Encode();
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({ClusterEvents.Channel}, {payload})", ct);
            return;
        }

        if (db.Database.CurrentTransaction is { } transaction)
        {
            AtCommit.GetOrCreateValue(transaction.GetDbTransaction()).Add((events, message));
            return;
        }

        await events.DeliverAsync(message);
    }

    /// <summary>The news held for a SQLite transaction, taken once: delivered at its commit, dropped at its rollback.</summary>
    internal static List<(ClusterEvents Events, ClusterMessage Message)> Take(DbTransaction transaction)
    {
        if (!AtCommit.TryGetValue(transaction, out var held))
        {
            return [];
        }

        AtCommit.Remove(transaction);
        return held;
    }
}

/// <summary>Delivers the news a SQLite transaction held (<see cref="ClusterPublisher"/>) once it has committed.</summary>
public sealed class DeliverAtCommit : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        DeliverAsync(transaction).GetAwaiter().GetResult();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        DeliverAsync(transaction);

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => ClusterPublisher.Take(transaction);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ClusterPublisher.Take(transaction);
        return Task.CompletedTask;
    }

    private static async Task DeliverAsync(DbTransaction transaction)
    {
        foreach (var (events, message) in ClusterPublisher.Take(transaction))
        {
            await events.DeliverAsync(message);
        }
    }
}
