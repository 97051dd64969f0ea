using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GuestLoop.Web.Data;

/// <summary>Lets the EF tools build each provider's context to scaffold its migrations (eng/add-migration.sh); no database is opened.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGuestLoopDbContext>
{
    public SqliteGuestLoopDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteGuestLoopDbContext>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGuestLoopDbContext>
{
    public PostgresGuestLoopDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresGuestLoopDbContext>().UseNpgsql("Host=localhost;Database=guestloop").Options);
}
