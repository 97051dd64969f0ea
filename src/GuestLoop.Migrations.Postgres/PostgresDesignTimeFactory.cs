using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GuestLoop.Migrations.Postgres;

/// <summary>Lets the EF tools build the PostgreSQL context and scaffold its migrations here (eng/add-migration.sh); no database is opened.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGuestLoopDbContext>
{
    public PostgresGuestLoopDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresGuestLoopDbContext>()
            .UseNpgsql("Host=localhost;Database=guestloop", o => o.MigrationsAssembly(typeof(PostgresDesignTimeFactory).Assembly)).Options);
}
