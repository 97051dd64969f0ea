using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GuestLoop.Migrations.Sqlite;

/// <summary>Lets the EF tools build the SQLite context and scaffold its migrations here (eng/add-migration.sh); no database is opened.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGuestLoopDbContext>
{
    public SqliteGuestLoopDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteGuestLoopDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsAssembly(typeof(SqliteDesignTimeFactory).Assembly)).Options);
}
