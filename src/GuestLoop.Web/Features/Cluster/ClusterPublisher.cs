using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Cluster;

/// <summary>
/// Sends news to every instance. On PostgreSQL it is a NOTIFY on the context's connection: inside a transaction it
/// goes out at commit (and not at all on rollback), and every instance, this one included, hears it through its
/// listener. On SQLite it is delivered in process at once.
/// </summary>
public static class ClusterPublisher
{
    public static async Task PublishAsync(GuestLoopDbContext db, ClusterEvents events, ClusterMessage message, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            var payload = message.Encode();
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({ClusterEvents.Channel}, {payload})", ct);
            return;
        }

        await events.DeliverAsync(message);
    }
}
