using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GuestLoop.Web.Data;

/// <summary>
/// Backup and restore of the configured database while the app may be running. SQLite: <c>VACUUM INTO</c> writes a
/// consistent copy, and restore copies a backup over the live file with SQLite's online backup API. PostgreSQL:
/// pg_dump in its custom format and pg_restore (the client programs of the server's major version).
/// </summary>
public static class Backup
{
    public static async Task BackupAsync(GuestLoopDbContext db, IConfiguration config, string file, CancellationToken ct)
    {
        file = Path.GetFullPath(file);
        if (File.Exists(file))
        {
            throw new InvalidOperationException($"{file} already exists; a backup never overwrites a file.");
        }

        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlAsync($"VACUUM INTO {file}", ct);
            return;
        }

        await RunPostgresToolAsync(config, "pg_dump", db.Database.GetConnectionString()!, ["--format=custom", "--no-owner", $"--file={file}"], ct);
    }

    public static async Task RestoreAsync(GuestLoopDbContext db, IConfiguration config, string file, CancellationToken ct)
    {
        file = Path.GetFullPath(file);
        if (!File.Exists(file))
        {
            throw new FileNotFoundException("No such backup.", file);
        }

        if (db.Database.IsSqlite())
        {
            await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await using var target = new SqliteConnection(db.Database.GetConnectionString());
            await source.OpenAsync(ct);
            await target.OpenAsync(ct);
            source.BackupDatabase(target);
            return;
        }

        await RunPostgresToolAsync(config, "pg_restore", db.Database.GetConnectionString()!,
            ["--clean", "--if-exists", "--no-owner", "--single-transaction", file], ct);
    }

    /// <summary>Runs pg_dump or pg_restore against the database of a connection string; the password goes by environment.</summary>
    public static async Task RunPostgresToolAsync(IConfiguration config, string tool, string connectionString, IEnumerable<string> arguments, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(ToolPath(config, tool)) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { $"--host={cs.Host}", $"--port={cs.Port}", $"--username={cs.Username}", $"--dbname={cs.Database}" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGPASSWORD"] = cs.Password ?? string.Empty;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var errors = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {errors}");
        }
    }

    /// <summary><c>GuestLoop:PostgresBin</c>, else Debian's newest /usr/lib/postgresql/*/bin, else the PATH.</summary>
    private static string ToolPath(IConfiguration config, string tool)
    {
        if (config["GuestLoop:PostgresBin"] is { Length: > 0 } bin)
        {
            return Path.Combine(bin, tool);
        }

        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", tool)).Where(File.Exists)
                .OrderByDescending(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), out var v) ? v : 0).FirstOrDefault()
            : null;
        return debian ?? tool;
    }
}
