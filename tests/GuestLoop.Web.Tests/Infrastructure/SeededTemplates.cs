using GuestLoop.Web.Features.Customers;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GuestLoop.Web.Tests.Infrastructure;

/// <summary>
/// The schema and the demo data, made once per test run and provider by an app started as every test app is, which the
/// plain test apps then start from: a copy of the data folder (SQLite's file and the key ring of personal data) and, on
/// PostgreSQL, a database created from the template one. Migrating and seeding cost an app's start 3–5 s of its 5–7,
/// and the suite starts over a hundred apps. An app with a clock more than an hour from the real one, or settings of its
/// own, still migrates and seeds itself, since the demo data is dated from the clock and some settings change what is
/// seeded.
/// <para>
/// The apps made from one template share its encryption of personal data: the key ring is the same copy, and the
/// database model is built per encryption (its converters hold it), so sharing it lets them share one model and the
/// queries compiled for it instead of building and compiling them again — 100–200 ms for each query's first run in each
/// new app.
/// </para>
/// </summary>
public static class SeededTemplates
{
    private static readonly Lazy<(string Folder, SensitiveData Sensitive)> Sqlite = new(MakeSqlite);
    private static readonly Lazy<(string Connection, string Folder, SensitiveData Sensitive)> Postgres = new(MakePostgres);
    private static readonly Lock CreateDatabaseTurn = new();

    /// <summary>Copies the SQLite template into an empty data folder.</summary>
    public static void CopySqliteInto(string dataPath) => DataFolders.Copy(Sqlite.Value.Folder, dataPath);

    /// <summary>The encryption of personal data of the apps made from the SQLite template.</summary>
    public static SensitiveData SqliteSensitive => Sqlite.Value.Sensitive;

    /// <summary>The encryption of personal data of the apps made from the PostgreSQL template.</summary>
    public static SensitiveData PostgresSensitive => Postgres.Value.Sensitive;

    /// <summary>A new database made from the PostgreSQL template, with the template's key ring copied into the data folder.</summary>
    public static string CreatePostgresDatabase(string dataPath)
    {
        var (template, folder, _) = Postgres.Value;
        DataFolders.Copy(folder, dataPath);
        // The template must have no connection open while it is copied; one creation at a time keeps it so.
        lock (CreateDatabaseTurn)
        {
            return TestDatabases.CreatePostgresDatabase(template: new NpgsqlConnectionStringBuilder(template).Database);
        }
    }

    private static (string, SensitiveData) MakeSqlite()
    {
        var folder = NewFolder("sqlite");
        var sensitive = Seed(SqliteApp.Template(folder));
        SqliteConnection.ClearAllPools();
        return (folder, sensitive);
    }

    private static (string, string, SensitiveData) MakePostgres()
    {
        var folder = NewFolder("postgres");
        var connection = TestDatabases.CreatePostgresDatabase();
        var sensitive = Seed(PostgresApp.Template(connection, folder));
        NpgsqlConnection.ClearAllPools();
        return (connection, folder, sensitive);
    }

    /// <summary>Starts the app (it migrates and seeds), stops it, and keeps its encryption of personal data.</summary>
    private static SensitiveData Seed(GuestLoopApp app)
    {
        using (app)
        {
            return app.Services.GetRequiredService<SensitiveData>();
        }
    }

    private static string NewFolder(string provider) =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "guestloop-tests", $"template-{provider}-{Guid.NewGuid():N}")).FullName;
}
