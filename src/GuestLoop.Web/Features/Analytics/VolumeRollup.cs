using GuestLoop.Domain.Analytics;
using GuestLoop.Domain.Cases;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Analytics;

/// <summary>
/// The volumes figure from the daily roll-up on PostgreSQL, for the view of every property without a department: a
/// year is 365 days × about eighty keys instead of every case received in it. Triggers on <c>cases</c> (migration
/// <c>CaseVolumeRollup</c>) append +1/−1 changes in the same transaction as the case, so the roll-up is never behind a
/// committed case; reads add the changes not folded yet to the folded days in one statement, so a fold never shows
/// twice or not at all. Other views — a property, some properties, a department — count the cases themselves
/// (<see cref="VolumesOnPostgres"/>): at a property's size that is as quick, and a department filter needs the
/// case's current department beside its other keys.
/// </summary>
public static class VolumeRollup
{
    public const string Kind = "Kind", Category = "Category", Channel = "Channel", Property = "Property", Department = "Department";

    public static readonly IReadOnlyList<string> Dimensions = [Kind, Category, Channel, Property, Department];

    /// <summary>
    /// Folds at most this many changes per transaction, so a backlog (a bulk load, a pause of the fold) is folded in
    /// short steps; a minute of intake at 100 cases a second is 30,000 changes.
    /// </summary>
    public const int FoldBatch = 20_000;

    // pg_try_advisory_xact_lock key: one instance folds at a time.
    private const long FoldLock = 0x4775_6573_744C_6F6F;

    public static bool Answers(GuestLoopDbContext db, AccessScope scope, StatsFilter filter, Guid? propertyId) =>
        db.Database.IsNpgsql() && scope.AllProperties && propertyId is null && filter.DepartmentId is null
        && filter.Period.Zone.Id == StatsFilter.DefaultZone;

    public static async Task<VolumeCells> CountAsync(GuestLoopDbContext db, StatsFilter filter, IReadOnlyList<TimeBucket> buckets, CancellationToken ct)
    {
        var (first, last) = (filter.Period.From, filter.Period.To);
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT x."Day", x."Dimension", x."Key", CAST(sum(x."Count") AS bigint) AS "Count"
            FROM (
                SELECT "Day", "Dimension", "Key", "Count" FROM case_volume_days WHERE "Day" >= {first} AND "Day" <= {last}
                UNION ALL
                SELECT "Day", "Dimension", "Key", "Change" FROM case_volume_changes WHERE "Day" >= {first} AND "Day" <= {last}
            ) AS x
            GROUP BY x."Day", x."Dimension", x."Key"
            HAVING sum(x."Count") <> 0
            """).ToListAsync(ct);

        var bucketOf = new Dictionary<DateOnly, int>();
        for (var i = 0; i < buckets.Count; i++)
        {
            for (var day = buckets[i].FirstDay; day <= buckets[i].LastDay; day = day.AddDays(1))
            {
                bucketOf[day] = i;
            }
        }

        List<VolumeCell<TKey>> Cells<TKey>(string dimension, Func<string, TKey> key) =>
        [
            .. rows.Where(r => r.Dimension == dimension && bucketOf.ContainsKey(r.Day))
                .GroupBy(r => (Bucket: bucketOf[r.Day], r.Key))
                .Select(g => new VolumeCell<TKey>(g.Key.Bucket, key(g.Key.Key), g.Sum(r => r.Count))),
        ];

        return new VolumeCells(Cells(Kind, Enum.Parse<CaseKind>), Cells(Category, Enum.Parse<Category>), Cells(Channel, Enum.Parse<Channel>),
            Cells(Property, Guid.Parse), Cells(Department, k => k.Length == 0 ? Guid.Empty : Guid.Parse(k)));
    }

    /// <summary>
    /// Moves the changes written so far into the day rows, a batch at a time, each in its own transaction (timed into the
    /// round's health when given, and run at normal priority like every round's write); returns how many changes it
    /// folded, 0 when another instance is folding. Changes of transactions not committed yet stay for the next round.
    /// </summary>
    public static async Task<int> FoldAsync(GuestLoopDbContext db, CancellationToken ct, RoundHealth? health = null)
    {
        var folded = 0;
        while (true)
        {
            var (moved, held) = await Task.Run(() => FoldBatchAsync(db, ct), ct);
            if (moved is null)
            {
                return folded;
            }

            health?.WriteTransaction(VolumeRollupJob.Name, held);
            folded += moved.Value;
            if (moved < FoldBatch)
            {
                return folded;
            }

            if (health is not null)
            {
                await RoundBatches.StepAsideAsync(held, ct);
            }
        }
    }

    /// <summary>One batch in one transaction: how many changes it moved (null when another instance holds the fold) and how long it held them.</summary>
    private static async Task<(int? Moved, TimeSpan Held)> FoldBatchAsync(GuestLoopDbContext db, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        if (!(await db.Database.SqlQuery<bool>($"""SELECT pg_try_advisory_xact_lock({FoldLock}) AS "Value" """).ToListAsync(ct)).Single())
        {
            return (null, TimeSpan.Zero);
        }

        // Not composed (ToList, not Single): a WITH that deletes must stay the statement's top level.
        var moved = (await db.Database.SqlQuery<int>($"""
            WITH moved AS (
                DELETE FROM case_volume_changes
                WHERE "Id" IN (SELECT "Id" FROM case_volume_changes ORDER BY "Id" LIMIT {FoldBatch})
                RETURNING "Day", "Dimension", "Key", "Change"),
            folded AS (
                INSERT INTO case_volume_days ("Day", "Dimension", "Key", "Count")
                SELECT "Day", "Dimension", "Key", sum("Change") FROM moved GROUP BY "Day", "Dimension", "Key"
                ON CONFLICT ("Day", "Dimension", "Key") DO UPDATE SET "Count" = case_volume_days."Count" + EXCLUDED."Count")
            SELECT CAST(count(*) AS integer) AS "Value" FROM moved
            """).ToListAsync(ct)).Single();
        await transaction.CommitAsync(ct);
        return (moved, System.Diagnostics.Stopwatch.GetElapsedTime(started));
    }

    private sealed class Row
    {
        public DateOnly Day { get; init; }
        public string Dimension { get; init; } = string.Empty;
        public string Key { get; init; } = string.Empty;
        public long Count { get; init; }
    }
}
