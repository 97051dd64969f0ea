using Npgsql;

namespace GuestLoop.Web.Tests.Infrastructure;

/// <summary>
/// Where the PostgreSQL tests find their server: GUESTLOOP_TEST_POSTGRES holds an administrator connection
/// string (.ci/run sets it). Without it the PostgreSQL tests skip locally, and fail under CI=true.
/// </summary>
public static class TestDatabases
{
    public const string Variable = "GUESTLOOP_TEST_POSTGRES";

    public static string? PostgresAdmin => Environment.GetEnvironmentVariable(Variable);

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips (or, in CI, fails) when no PostgreSQL server is configured.</summary>
    public static void RequirePostgres()
    {
        if (PostgresAdmin is not null)
        {
            return;
        }

        if (InCi)
        {
            throw new InvalidOperationException($"CI=true but {Variable} is not set: the PostgreSQL tests must run in CI.");
        }

        Skip.If(true, $"No PostgreSQL server configured ({Variable} is not set); .ci/run starts one.");
    }

    /// <summary>
    /// Creates a database for one test fixture, empty or a copy of <paramref name="template"/>, and returns its connection
    /// string.
    /// </summary>
    public static string CreatePostgresDatabase(string? template = null)
    {
        var name = "guestloop_test_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(PostgresAdmin))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = template is null ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {template}";
            command.ExecuteNonQuery();
        }

        // A test app's pool is not closed when the app is disposed; its idle connections go after a few seconds instead of
        // the default five minutes, so a fast run's many short-lived apps (and the two-instance tests' bursts of fifty
        // requests) do not hold the server's connection slots.
        return new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = name, ConnectionIdleLifetime = 5, ConnectionPruningInterval = 1 }.ToString();
    }
}
