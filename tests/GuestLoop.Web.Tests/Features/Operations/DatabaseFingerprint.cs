using System.Data.Common;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GuestLoop.Web.Tests.Features.Operations;

/// <summary>
/// A per-table checksum of everything stored, to show that a refused request changed nothing. A cheap commit
/// counter (SQLite's data_version, PostgreSQL's next transaction id) says when the full checksum must be taken again.
/// </summary>
public sealed class DatabaseFingerprint : IDisposable
{
    private readonly DbConnection _connection;
    private readonly bool _sqlite;
    private readonly IReadOnlyList<string> _tables;
    private readonly IReadOnlySet<string> _excluded;

    /// <summary>Columns left out of a table's checksum: a key's last use is recorded whatever the request's answer.</summary>
    private static readonly Dictionary<string, string[]> IgnoredColumns = new(StringComparer.Ordinal) { ["api_keys"] = ["LastUsedAt"] };

    private string _lastMark = "";
    private IReadOnlyDictionary<string, string> _last = new Dictionary<string, string>();

    private DatabaseFingerprint(DbConnection connection, bool sqlite, IReadOnlySet<string> excluded)
    {
        _connection = connection;
        _sqlite = sqlite;
        _excluded = excluded;
        _tables = Strings(sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name");
    }

    /// <summary>Opens a connection of its own on the app's database; <paramref name="excluded"/> tables are never compared.</summary>
    public static DatabaseFingerprint Open(GuestLoopApp app, params string[] excluded)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var sqlite = db.Database.IsSqlite();
        var text = db.Database.GetConnectionString()!;
        DbConnection connection = sqlite ? new SqliteConnection(text) : new NpgsqlConnection(text);
        connection.Open();
        return new DatabaseFingerprint(connection, sqlite, excluded.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The checksum of every table now, recomputed only when something was committed since the last one.</summary>
    public IReadOnlyDictionary<string, string> Current()
    {
        var mark = Mark();
        if (mark == _lastMark)
        {
            return _last;
        }

        _last = _tables.Where(t => !_excluded.Contains(t)).ToDictionary(t => t, Checksum);
        _lastMark = Mark();
        return _last;
    }

    /// <summary>
    /// Waits until work the last request started in the background (a report being built, a model being trained) has
    /// stopped writing, so that its rows are not blamed on the next request.
    /// </summary>
    public async Task SettleAsync()
    {
        var quiet = 0;
        var last = Quiet();
        for (var i = 0; i < 200 && quiet < 2; i++)
        {
            await Task.Delay(50);
            var now = Quiet();
            quiet = now == last && (_sqlite || now == "0") ? quiet + 1 : 0;
            last = now;
        }
    }

    private string Quiet() => Strings(_sqlite
        ? "PRAGMA data_version"
        : "SELECT count(*)::text FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'")[0];

    /// <summary>The tables whose rows differ between two fingerprints.</summary>
    public static IReadOnlyList<string> Changed(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t)).Order().ToList();

    private string Mark() => Strings(_sqlite ? "PRAGMA data_version" : "SELECT pg_snapshot_xmax(pg_current_snapshot())::text")[0];

    private string Checksum(string table)
    {
        if (!_sqlite)
        {
            var row = IgnoredColumns.TryGetValue(table, out var left) ? $"(to_jsonb(t) - '{string.Join("' - '", left)}')::text" : "t::text";
            return Strings($"SELECT count(*)::text || ':' || coalesce(sum(hashtext({row})::bigint), 0)::text FROM \"{table}\" t")[0];
        }

        // Order-independent: the sum of a hash of each row's values.
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        using var reader = command.ExecuteReader();
        long count = 0;
        ulong sum = 0;
        while (reader.Read())
        {
            count++;
            var row = new HashCode();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (IgnoredColumns.TryGetValue(table, out var ignored) && ignored.Contains(reader.GetName(i)))
                {
                    continue;
                }

                var value = reader.GetValue(i);
                row.Add(value is byte[] bytes ? Convert.ToBase64String(bytes) : value.ToString());
            }

            sum += (ulong)(uint)row.ToHashCode();
        }

        return $"{count}:{sum}";
    }

    private List<string> Strings(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0)) ?? "");
        }

        return values;
    }

    public void Dispose() => _connection.Dispose();
}
