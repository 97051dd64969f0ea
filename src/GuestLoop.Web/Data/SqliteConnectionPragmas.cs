using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GuestLoop.Web.Data;

/// <summary>
/// Settings SQLite keeps per connection, applied whenever EF Core opens one. Another connection's write empties a
/// connection's page cache, so under steady intake every transaction re-reads its pages: memory-mapped reads take them
/// from the operating system's cache without copying.
/// </summary>
public sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA mmap_size=268435456;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
