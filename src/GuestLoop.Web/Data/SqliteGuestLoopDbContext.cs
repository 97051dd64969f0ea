using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GuestLoop.Web.Data;

/// <summary>
/// The embedded default. SQLite has no instant type, so every DateTimeOffset is stored as its UTC ticks:
/// comparisons and ordering in SQL are then correct whatever offset the value carried (a deadline in +08:00,
/// a guest's instant in Z).
/// </summary>
public sealed class SqliteGuestLoopDbContext(DbContextOptions<SqliteGuestLoopDbContext> options) : GuestLoopDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<string>();
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
}
