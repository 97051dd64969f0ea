using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace GuestLoop.Web.Data.Writing;

/// <summary>
/// Takes the <see cref="SqliteWriteGate"/> before a transaction begins (explicit, or the one SaveChanges opens) and before
/// a write sent outside any transaction (ExecuteUpdate, ExecuteDelete, raw SQL); the turn ends when the transaction is
/// committed, rolled back or disposed, or when the single statement has run.
/// </summary>
public sealed class GatedTransactions(SqliteWriteGate gate) : DbTransactionInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, SqliteWriteGate.Turn> Waiting = new();

    public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result)
    {
        Hold(eventData.Context, gate.Enter(Who()));
        return result;
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
        TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        Hold(eventData.Context, await gate.EnterAsync(Who(), cancellationToken));
        return result;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => EndIfNotStarted(eventData.Context);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        EndIfNotStarted(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>The turn taken for a transaction that is now begun, handed to it (see <see cref="GatedTransactionFactory"/>).</summary>
    internal static SqliteWriteGate.Turn? Take(DbContext? context)
    {
        if (context is null || !Waiting.TryGetValue(context, out var turn))
        {
            return null;
        }

        Waiting.Remove(context);
        return turn;
    }

    internal static string Who() => SqliteWriteGate.Writer.Value ?? "request";

    private static void Hold(DbContext? context, SqliteWriteGate.Turn turn)
    {
        if (context is null)
        {
            turn.Dispose();
            return;
        }

        Waiting.AddOrUpdate(context, turn);
    }

    // BEGIN failed (another process holds the file): the turn was never handed to a transaction.
    private static void EndIfNotStarted(DbContext? context) => Take(context)?.Dispose();
}

/// <summary>Makes every EF Core transaction end the writer's turn when it is disposed, committed or not.</summary>
public sealed class GatedTransactionFactory(RelationalTransactionFactoryDependencies dependencies) : RelationalTransactionFactory(dependencies)
{
    public override RelationalTransaction Create(IRelationalConnection connection, DbTransaction transaction, Guid transactionId,
        IDiagnosticsLogger<DbLoggerCategory.Database.Transaction> logger, bool transactionOwned) =>
        new GatedTransaction(connection, transaction, transactionId, logger, transactionOwned, Dependencies.SqlGenerationHelper,
            GatedTransactions.Take(connection.Context));

    private sealed class GatedTransaction(IRelationalConnection connection, DbTransaction transaction, Guid transactionId,
        IDiagnosticsLogger<DbLoggerCategory.Database.Transaction> logger, bool transactionOwned, ISqlGenerationHelper sql, SqliteWriteGate.Turn? turn)
        : RelationalTransaction(connection, transaction, transactionId, logger, transactionOwned, sql)
    {
        public override void Commit()
        {
            base.Commit();
            turn?.Dispose();
        }

        public override async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            await base.CommitAsync(cancellationToken);
            turn?.Dispose();
        }

        public override void Rollback()
        {
            base.Rollback();
            turn?.Dispose();
        }

        public override async Task RollbackAsync(CancellationToken cancellationToken = default)
        {
            await base.RollbackAsync(cancellationToken);
            turn?.Dispose();
        }

        public override void Dispose()
        {
            base.Dispose();
            turn?.Dispose();
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            turn?.Dispose();
        }
    }
}

/// <summary>A write sent outside any transaction (ExecuteUpdate, ExecuteDelete, raw SQL) takes its turn for that statement.</summary>
public sealed class GatedStatements(SqliteWriteGate gate) : DbCommandInterceptor
{
    private static readonly ConditionalWeakTable<DbCommand, SqliteWriteGate.Turn> Turns = new();

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (command.Transaction is null)
        {
            Turns.AddOrUpdate(command, gate.Enter(GatedTransactions.Who()));
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (command.Transaction is null)
        {
            Turns.AddOrUpdate(command, await gate.EnterAsync(GatedTransactions.Who(), cancellationToken));
        }

        return result;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        if (command.Transaction is null && Writes(command))
        {
            Turns.AddOrUpdate(command, gate.Enter(GatedTransactions.Who()));
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (command.Transaction is null && Writes(command))
        {
            Turns.AddOrUpdate(command, await gate.EnterAsync(GatedTransactions.Who(), cancellationToken));
        }

        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        End(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        End(command);
        return ValueTask.FromResult(result);
    }

    // A reader's statement has run by the time the reader is closed; SQLite writes on the first step.
    public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        End(command);
        return result;
    }

    public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        End(command);
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => End(command);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        End(command);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => End(command);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        End(command);
        return Task.CompletedTask;
    }

    private static bool Writes(DbCommand command) =>
        !command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
        && !command.CommandText.TrimStart().StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase);

    private static void End(DbCommand command)
    {
        if (Turns.TryGetValue(command, out var turn))
        {
            Turns.Remove(command);
            turn.Dispose();
        }
    }
}
