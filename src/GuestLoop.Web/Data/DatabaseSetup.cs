using GuestLoop.Web.Data.Writing;
using GuestLoop.Web.Features.Cluster;
using GuestLoop.Web.Features.Search;
using Microsoft.Data.Sqlite;
using GuestLoop.Web.Features.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace GuestLoop.Web.Data;

/// <summary>Chooses the provider from <c>Database:Provider</c> (sqlite by default, or postgres) and applies migrations at start.</summary>
public static class DatabaseSetup
{
    /// <summary>
    /// What every save does besides writing, in this order: hash the personal data, then index the case (its document
    /// is one of the rows written), then announce what changed once it is written.
    /// </summary>
    private static readonly IInterceptor[] SaveHooks = [new StampSensitiveColumns(), new UpdateSearchDocuments(), new AnnounceChanges()];

    public static IServiceCollection AddGuestLoopDatabase(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var provider = (config["Database:Provider"] ?? "sqlite").ToLowerInvariant();
        var connection = config.GetConnectionString("GuestLoop");

        // The options are built once (singleton), not for every request's scope: rebuilding them per scope cost about 3 %
        // of the processor time of an intake in a profile.
        switch (provider)
        {
            case "postgres":
                var postgresMigrations = MigrationsAssemblies.Load("Postgres");
                services.AddDbContext<GuestLoopDbContext, PostgresGuestLoopDbContext>(o => o.UseNpgsql(
                    connection ?? throw new InvalidOperationException("ConnectionStrings:GuestLoop is required for PostgreSQL."),
                    n => n.MigrationsAssembly(postgresMigrations).UseQuerySplittingBehavior(DefaultSplitting))
                    .AddInterceptors(SaveHooks)
                    .ConfigureWarnings(CappedCounts)
                    .ReplaceService<IModelCacheKeyFactory, SensitiveColumns.CacheKeyFactory>(),
                    ServiceLifetime.Scoped, ServiceLifetime.Singleton);
                break;
            case "sqlite":
                var sqliteMigrations = MigrationsAssemblies.Load("Sqlite");
                services.AddSingleton(new SqliteWriteGate(TimeSpan.FromSeconds(config.GetValue("GuestLoop:Database:WriteWaitSeconds", 30))));
                services.AddSingleton<GatedTransactions>();
                services.AddSingleton<GatedStatements>();
                var checkpointEvery = config.GetValue("GuestLoop:Database:CheckpointMilliseconds", SqliteCheckpointer.DefaultMilliseconds);
                if (checkpointEvery > 0)
                {
                    services.AddSingleton(sp => new SqliteCheckpointer(sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<SqliteWriteGate>(),
                        TimeSpan.FromMilliseconds(checkpointEvery), sp.GetRequiredService<ILogger<SqliteCheckpointer>>()));
                    services.AddHostedService(sp => sp.GetRequiredService<SqliteCheckpointer>());
                }

                services.AddDbContext<GuestLoopDbContext, SqliteGuestLoopDbContext>((sp, o) => o.UseSqlite(
                        SqliteConnection(connection, config, env), s => s.MigrationsAssembly(sqliteMigrations).UseQuerySplittingBehavior(DefaultSplitting))
                    .AddInterceptors(sp.GetRequiredService<GatedTransactions>(), sp.GetRequiredService<GatedStatements>(), new DeliverAtCommit(), new SqliteConnectionPragmas(config.GetValue("GuestLoop:Database:MmapBytes", SqliteConnectionPragmas.DefaultMmapBytes),
                        checkpointEvery > 0 ? SqliteCheckpointer.FallbackPages : null))
                    .AddInterceptors(SaveHooks)
                    .ConfigureWarnings(CappedCounts)
                    .ReplaceService<IRelationalTransactionFactory, GatedTransactionFactory>()
                    .ReplaceService<IModelCacheKeyFactory, SensitiveColumns.CacheKeyFactory>(),
                    ServiceLifetime.Scoped, ServiceLifetime.Singleton);
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{provider}' is not one of sqlite, postgres.");
        }

        return services;
    }

    public static bool IsPostgres(IConfiguration config) => string.Equals(config["Database:Provider"], "postgres", StringComparison.OrdinalIgnoreCase);

    private static string SqliteConnection(string? configured, IConfiguration config, IHostEnvironment env)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var folder = DataFolder(config, env);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "guestloop.db"), Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    /// <summary>
    /// The case lists count their matches up to a cap (Take, then Count), where order does not matter and sorting every
    /// match first would cost what the cap saves; paging itself always orders. Logged as information, not as a warning.
    /// </summary>
    private static void CappedCounts(WarningsConfigurationBuilder w) =>
        w.Log((CoreEventId.RowLimitingOperationWithoutOrderByWarning, LogLevel.Information));

    /// <summary>
    /// One statement per query unless it says otherwise: most queries include one small collection (a case's history for a
    /// list, a property's shifts), where one round trip in one snapshot beats several; the case page and the recompute,
    /// which load several collections of a case at once, ask for split queries themselves (AsSplitQuery).
    /// </summary>
    public const QuerySplittingBehavior DefaultSplitting = QuerySplittingBehavior.SingleQuery;

    public static string DataFolder(IConfiguration config, IHostEnvironment env)
    {
        var folder = Path.GetFullPath(config["GuestLoop:DataPath"] ?? Path.Combine(env.ContentRootPath, "data"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>
    /// Brings the schema up to date without a command time limit; SQLite also gets its write-ahead log (each connection syncs
    /// every commit, <see cref="SqliteConnectionPragmas"/>) so an acknowledged
    /// case survives a kill.
    /// </summary>
    public static async Task MigrateAsync(GuestLoopDbContext db, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        // A migration may rewrite or index every row of a large table (millions of deadlines): no 30-second limit.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(2));
        await db.Database.MigrateAsync(ct);
        db.Database.SetCommandTimeout(timeout);
        if (db.Database.IsSqlite())
        {
            await CaseSearchIndex.EnsureSqliteFtsAsync(db, ct);
        }

        await CaseSearchIndex.BackfillAsync(db, ct);
    }
}
