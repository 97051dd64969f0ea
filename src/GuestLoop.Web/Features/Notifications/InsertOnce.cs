using System.Data.Common;
using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace GuestLoop.Web.Features.Notifications;

/// <summary>
/// <c>INSERT … ON CONFLICT DO NOTHING</c> for a row (a notification, a webhook receipt), on SQLite and PostgreSQL alike.
/// The database's unique index decides which of several app instances wins; the others insert nothing and move on,
/// without a failed statement or an error in the log. Parameters go through EF's own type mappings, so the
/// row is stored exactly as EF would store it.
/// </summary>
internal static class InsertOnce
{
    /// <summary>True when this call inserted the row; false when an equal one was already there.</summary>
    public static async Task<bool> InsertAsync<T>(GuestLoopDbContext db, T row, CancellationToken ct) where T : class
    {
        if (db.Database.CurrentTransaction is null)
        {
            // The command below is not EF's own, so no interceptor sees it: alone, it takes the write path's turn through
            // a transaction of its own (on SQLite, the write gate), as every other write does.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var inserted = await InsertAsync(db, row, ct);
            await transaction.CommitAsync(ct);
            return inserted;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var properties = entity.GetProperties().ToList();

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var columns = new List<string>(properties.Count);
            var values = new List<string>(properties.Count);
            for (var i = 0; i < properties.Count; i++)
            {
                var property = properties[i];
                var name = "p" + i;
                columns.Add(sql.DelimitIdentifier(property.GetColumnName(table)!));
                values.Add(sql.GenerateParameterNamePlaceholder(name));
                AddParameter(command, property, sql.GenerateParameterName(name), property.GetGetter().GetClrValue(row));
            }

            command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns)}) "
                + $"VALUES ({string.Join(", ", values)}) ON CONFLICT DO NOTHING";
            return await command.ExecuteNonQueryAsync(ct) == 1;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void AddParameter(DbCommand command, IProperty property, string name, object? value)
    {
        var mapping = property.GetRelationalTypeMapping();
        command.Parameters.Add(mapping.CreateParameter(command, name, value, property.IsNullable));
    }
}
