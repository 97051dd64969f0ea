using System.Text;
using GuestLoop.Domain.Cases;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GuestLoop.Web.Features.Analytics;

/// <summary>
/// The volumes breakdowns on PostgreSQL in one pass over the period's cases: GROUPING SETS count every breakdown per
/// bucket side by side and width_bucket finds the bucket by binary search over the starts, so a few thousand counts
/// come back instead of one row per combination of kind, category, channel, property and department.
/// </summary>
public static class VolumesOnPostgres
{
    public static async Task<VolumeCells> CountAsync(GuestLoopDbContext db, AccessScope scope, StatsFilter filter, Guid? propertyId,
        IReadOnlyList<DateTimeOffset> starts, CancellationToken ct)
    {
        var where = new StringBuilder("""c."ReceivedAt" >= @start AND c."ReceivedAt" < @end""");
        var parameters = new List<NpgsqlParameter>
        {
            new("start", filter.Period.Start.ToUniversalTime()),
            new("end", filter.Period.End.ToUniversalTime()),
            new("starts", starts.Select(s => s.ToUniversalTime()).ToArray()),
        };
        if (!scope.AllProperties)
        {
            where.Append(""" AND c."PropertyId" = ANY(@properties)""");
            parameters.Add(new("properties", scope.PropertyIds.ToArray()));
        }

        if (propertyId is { } p)
        {
            where.Append(""" AND c."PropertyId" = @property""");
            parameters.Add(new("property", p));
        }

        if (filter.DepartmentId is { } d)
        {
            where.Append(""" AND c."DepartmentId" = @department""");
            parameters.Add(new("department", d));
        }

        var sql = $"""
            SELECT x."Bucket", x."Kind", x."Category", x."Channel", x."PropertyId", x."DepartmentId",
                   GROUPING(x."DepartmentId") AS "NotByDepartment", count(*) AS "Count"
            FROM (
                SELECT width_bucket(c."ReceivedAt", @starts) - 1 AS "Bucket", c."Kind", c."Category", c."Channel", c."PropertyId", c."DepartmentId"
                FROM cases AS c
                WHERE {where}
            ) AS x
            GROUP BY GROUPING SETS ((x."Bucket", x."Kind"), (x."Bucket", x."Category"), (x."Bucket", x."Channel"),
                                    (x."Bucket", x."PropertyId"), (x."Bucket", x."DepartmentId"))
            """;
        // The groups are at most buckets × keys (a few MB), but PostgreSQL cannot estimate a bucket expression and plans
        // for one group per case: it hashes all five groupings only when that estimate fits, and sorts the period otherwise.
        var rows = await AnalyticalQuery.RunAsync(db, () => db.Database.SqlQueryRaw<Row>(sql, [.. parameters]).ToListAsync(ct), ct, workMemoryMegabytes: 160);

        static List<VolumeCell<TKey>> Cells<TKey>(IEnumerable<Row> rows, Func<Row, TKey> key) =>
            [.. rows.Select(r => new VolumeCell<TKey>(r.Bucket, key(r), r.Count))];

        return new VolumeCells(
            Cells(rows.Where(r => r.Kind is not null), r => Enum.Parse<CaseKind>(r.Kind!)),
            Cells(rows.Where(r => r.Category is not null), r => Enum.Parse<Category>(r.Category!)),
            Cells(rows.Where(r => r.Channel is not null), r => Enum.Parse<Channel>(r.Channel!)),
            Cells(rows.Where(r => r.PropertyId is not null), r => r.PropertyId!.Value),
            Cells(rows.Where(r => r.NotByDepartment == 0), r => r.DepartmentId ?? Guid.Empty));
    }

    private sealed class Row
    {
        public int Bucket { get; init; }
        public string? Kind { get; init; }
        public string? Category { get; init; }
        public string? Channel { get; init; }
        public Guid? PropertyId { get; init; }
        public Guid? DepartmentId { get; init; }
        public int NotByDepartment { get; init; }
        public long Count { get; init; }
    }
}
