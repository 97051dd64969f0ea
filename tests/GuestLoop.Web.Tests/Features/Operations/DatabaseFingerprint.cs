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
/// counter (SQLite's data_version, PostgreSQL's next transaction id) says when anything was committed; triggers this
/// fingerprint puts on every compared table note which tables a statement wrote, in a log table of its own, so only
/// those are checksummed again. A table that cannot have a trigger (SQLite's full-text index and its shadow tables) is
/// checksummed again after every commit. Without the log, every refused request (which is audited, so commits) cost a
/// checksum of every table: 5,000 bad bodies took 157 s on SQLite and 213 s on PostgreSQL.
/// </summary>
public sealed class DatabaseFingerprint : IDisposable
{
    private readonly DbConnection _connection;
    private readonly bool _sqlite;
    private readonly IReadOnlyList<string> _tables;
    private readonly IReadOnlySet<string> _excluded;

    /// <summary>Columns left out of a table's checksum: a key's last use is recorded whatever the request's answer.</summary>
    private static readonly Dictionary<string, string[]> IgnoredColumns = new(StringComparer.Ordinal) { ["api_keys"] = ["LastUsedAt"] };

    private const string ChangeLog = "fingerprint_changes";

    /// <summary>The compared tables with no trigger, checksummed again after every commit.</summary>
    private readonly HashSet<string> _untracked = new(StringComparer.Ordinal);

    private string _lastMark = "";
    private Dictionary<string, string> _last = new(StringComparer.Ordinal);

    private DatabaseFingerprint(DbConnection connection, bool sqlite, IReadOnlySet<string> excluded)
    {
        _connection = connection;
        _sqlite = sqlite;
        _excluded = excluded;
        _tables = Strings(sqlite
            ? $"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '{ChangeLog}' ORDER BY name"
            : $"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '{ChangeLog}' ORDER BY table_name");
        InstallChangeLog();
    }

    private IEnumerable<string> Compared => _tables.Where(t => !_excluded.Contains(t));

    private void InstallChangeLog()
    {
        if (_sqlite)
        {
            Execute($"CREATE TABLE IF NOT EXISTS {ChangeLog} (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
            // A full-text table is virtual and its shadow tables are written by it: neither is logged by a trigger.
            var virtualTables = Strings("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'");
            foreach (var table in Compared)
            {
                if (virtualTables.Any(v => table == v || table.StartsWith(v + "_", StringComparison.Ordinal)))
                {
                    _untracked.Add(table);
                    continue;
                }

                foreach (var change in TriggerKinds)
                {
                    Execute($"CREATE TRIGGER \"{TriggerName(table, change)}\" AFTER {change} ON \"{table}\" BEGIN INSERT INTO {ChangeLog} (name) VALUES ('{table}'); END");
                }
            }

            return;
        }

        Execute($"CREATE TABLE IF NOT EXISTS {ChangeLog} (id bigserial PRIMARY KEY, name text NOT NULL)");
        Execute($"CREATE OR REPLACE FUNCTION {ChangeLog}_note() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO {ChangeLog} (name) VALUES (TG_TABLE_NAME); RETURN NULL; END $$");
        foreach (var table in Compared)
        {
            Execute($"CREATE TRIGGER \"{TriggerName(table, TriggerKinds[0])}\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \"{table}\" FOR EACH STATEMENT EXECUTE FUNCTION {ChangeLog}_note()");
        }
    }

    /// <summary>SQLite's triggers are per kind of change and row; PostgreSQL's one per table, for every statement.</summary>
    private string[] TriggerKinds => _sqlite ? ["INSERT", "UPDATE", "DELETE"] : ["any"];

    private static string TriggerName(string table, string change) => $"fingerprint_{table}_{change}".ToLowerInvariant();

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

    /// <summary>The checksum of every table now: recomputed, for the tables written since, only when something was committed.</summary>
    public IReadOnlyDictionary<string, string> Current()
    {
        // The mark is read before the log is emptied: a commit between the two is seen again at the next call.
        var mark = Mark();
        if (mark == _lastMark)
        {
            return _last;
        }

        var written = Strings($"DELETE FROM {ChangeLog} RETURNING name").ToHashSet(StringComparer.Ordinal);
        var again = _last.Count == 0 ? Compared : Compared.Where(t => written.Contains(t) || _untracked.Contains(t));
        var next = new Dictionary<string, string>(_last, StringComparer.Ordinal);
        foreach (var table in again)
        {
            next[table] = Checksum(table);
        }

        _last = next;
        _lastMark = mark;
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

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Takes the triggers and the log away again, so the app's database is as it was.</summary>
    public void Dispose()
    {
        foreach (var table in Compared.Where(t => !_untracked.Contains(t)))
        {
            foreach (var change in TriggerKinds)
            {
                Execute(_sqlite ? $"DROP TRIGGER IF EXISTS \"{TriggerName(table, change)}\"" : $"DROP TRIGGER IF EXISTS \"{TriggerName(table, change)}\" ON \"{table}\"");
            }
        }

        Execute($"DROP TABLE IF EXISTS {ChangeLog}");
        if (!_sqlite)
        {
            Execute($"DROP FUNCTION IF EXISTS {ChangeLog}_note()");
        }

        _connection.Dispose();
    }
}
