using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GuestLoop.Web.Data;

/// <summary>The embedded default. SQLite cannot order or compare DateTimeOffset text, so instants are stored as UTC ticks.</summary>
public sealed class SqliteGuestLoopDbContext(DbContextOptions<SqliteGuestLoopDbContext> options) : GuestLoopDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<string>();
    }
}
