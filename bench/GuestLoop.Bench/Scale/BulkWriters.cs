using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace GuestLoop.Bench.Scale;

public interface IBulkWriter : IAsyncDisposable
{
    Task WriteAsync(BenchTable table, IReadOnlyList<object?[]> rows, CancellationToken ct);
}

/// <summary>PostgreSQL: one binary COPY per table and chunk.</summary>
public sealed class PostgresBulkWriter(NpgsqlConnection connection) : IBulkWriter
{
    public async Task WriteAsync(BenchTable table, IReadOnlyList<object?[]> rows, CancellationToken ct)
    {
        var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
        await using var import = await connection.BeginBinaryImportAsync($"COPY {table.Name} ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await import.StartRowAsync(ct);
            for (var i = 0; i < row.Length; i++)
            {
                var value = row[i];
                if (value is null)
                {
                    await import.WriteNullAsync(ct);
                    continue;
                }

                switch (table.Columns[i].Kind)
                {
                    case ColumnKind.Uuid: await import.WriteAsync((Guid)value, NpgsqlDbType.Uuid, ct); break;
                    case ColumnKind.Text: await import.WriteAsync((string)value, NpgsqlDbType.Text, ct); break;
                    case ColumnKind.Int: await import.WriteAsync((int)value, NpgsqlDbType.Integer, ct); break;
                    case ColumnKind.Bool: await import.WriteAsync((bool)value, NpgsqlDbType.Boolean, ct); break;
                    case ColumnKind.Instant: await import.WriteAsync(((DateTimeOffset)value).UtcDateTime, NpgsqlDbType.TimestampTz, ct); break;
                    default: throw new NotSupportedException(table.Columns[i].Kind.ToString());
                }
            }
        }

        await import.CompleteAsync(ct);
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}

/// <summary>SQLite: prepared single-row inserts, one transaction per table and chunk, in the app's storage forms.</summary>
public sealed class SqliteBulkWriter(SqliteConnection connection) : IBulkWriter
{
    public async Task WriteAsync(BenchTable table, IReadOnlyList<object?[]> rows, CancellationToken ct)
    {
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) " +
            $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})";
        var parameters = table.Columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter { ParameterName = $"$p{i}" })).ToArray();
        insert.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] switch
                {
                    null => DBNull.Value,
                    Guid g => g.ToString().ToUpperInvariant(),
                    DateTimeOffset at => at.UtcTicks,
                    bool b => b ? 1 : 0,
                    var v => v,
                };
            }

            await insert.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct);
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
