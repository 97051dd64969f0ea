namespace GuestLoop.Web.Tests.Infrastructure;

/// <summary>
/// One app per database for the small classes that test a service through its queries and leave no state another class
/// reads (each makes its own cases, guests and presets): an app of their own would cost each a start — migrations and
/// the demo data — for a handful of quick tests, and the suite's time is mostly those starts.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedSqliteApp : ICollectionFixture<SqliteApp>
{
    public const string Name = "One SQLite app for small service tests";
}

/// <inheritdoc cref="SharedSqliteApp"/>
[CollectionDefinition(Name)]
public sealed class SharedPostgresApp : ICollectionFixture<PostgresApp>
{
    public const string Name = "One PostgreSQL app for small service tests";
}
