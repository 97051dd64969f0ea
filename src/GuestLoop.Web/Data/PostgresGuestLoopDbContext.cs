using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GuestLoop.Web.Data;

/// <summary>PostgreSQL, for deployments with several app instances on one database.</summary>
public sealed class PostgresGuestLoopDbContext(DbContextOptions<PostgresGuestLoopDbContext> options) : GuestLoopDbContext(options)
{
    /// <summary>timestamptz holds instants; any offset the domain produces (a deadline in +08:00) is written as UTC.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();

    private sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
