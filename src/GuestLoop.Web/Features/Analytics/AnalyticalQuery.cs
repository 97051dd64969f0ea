using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Analytics;

/// <summary>
/// Runs a statistics query on PostgreSQL in a transaction of its own without JIT compilation (compiling the plan costs
/// more than it saves on scans of a few hundred thousand rows) and, where given, with more work memory so a large
/// grouping is hashed in memory instead of sorted on disk. Elsewhere the query just runs.
/// </summary>
public static class AnalyticalQuery
{
    public static async Task<T> RunAsync<T>(GuestLoopDbContext db, Func<Task<T>> query, CancellationToken ct, int? workMemoryMegabytes = null)
    {
        if (!db.Database.IsNpgsql() || db.Database.CurrentTransaction is not null)
        {
            return await query();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync(workMemoryMegabytes is { } mb ? $"SET LOCAL jit = off; SET LOCAL work_mem = '{mb}MB'" : "SET LOCAL jit = off", ct);
        var result = await query();
        await transaction.CommitAsync(ct);
        return result;
    }
}
