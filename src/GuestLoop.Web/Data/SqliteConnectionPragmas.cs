using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GuestLoop.Web.Data;

/// <summary>
/// Settings SQLite keeps per connection, applied whenever EF Core opens one. Another connection's write empties a
/// connection's page cache, so under steady intake every transaction re-reads its pages: memory-mapped reads take them
/// from the operating system's cache without copying. Pages past the mapped size (GuestLoop:Database:MmapBytes, 256 MiB
/// by default; SQLite maps at most 2 GiB) are read with a system call and a copy. A larger map measured no faster in the
/// soak or the intake bench (docs/PERFORMANCE.md) while the mapped part of the working set grew with the file. Every
/// commit is synced to disk before it is acknowledged (<c>synchronous=FULL</c>, set on each connection rather than left to
/// how SQLite was compiled), so an acknowledged case survives a killed process and a power cut; syncing only at checkpoints
/// measured no faster intake (docs/PERFORMANCE.md).
/// </summary>
/// <param name="autoCheckpointPages">
/// When the connection's own checkpoint of the write-ahead log starts; null keeps SQLite's 1,000 pages. The
/// <see cref="Writing.SqliteCheckpointer"/> raises it so that no commit pays for a checkpoint.
/// </param>
public sealed class SqliteConnectionPragmas(long mmapBytes = SqliteConnectionPragmas.DefaultMmapBytes, int? autoCheckpointPages = null) : DbConnectionInterceptor
{
    public const long DefaultMmapBytes = 256L * 1024 * 1024;

    private readonly string _pragmas = $"PRAGMA mmap_size={mmapBytes}; PRAGMA synchronous=FULL;"
        + (autoCheckpointPages is { } pages ? $" PRAGMA wal_autocheckpoint={pages};" : "");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
