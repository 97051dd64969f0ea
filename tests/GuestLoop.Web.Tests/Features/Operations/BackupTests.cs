using System.Net;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GuestLoop.Web.Tests.Features.Operations;

/// <summary>The backup and restore behind <c>--backup</c> and <c>--restore</c>, taken while the app serves requests.</summary>
public sealed class BackupTests
{
    private static async Task<Guid> CreateAsync(GuestLoopApp app, string title)
    {
        var response = await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint(title));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync())["id"]!.GetValue<Guid>();
    }

    private static async Task RunAsync(GuestLoopApp app, Func<GuestLoopDbContext, IConfiguration, Task> step)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await step(scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>(), app.Services.GetRequiredService<IConfiguration>());
    }

    [Fact]
    public async Task A_sqlite_backup_restores_the_database_as_it_was_searchable_and_all()
    {
        using var app = new SqliteApp();
        var before = await CreateAsync(app, "备份前的投诉：鹈鹕雕像倒塌");
        var file = Path.Combine(app.DataPath, "backup.db");
        await RunAsync(app, (db, config) => Backup.BackupAsync(db, config, file, CancellationToken.None));
        var after = await CreateAsync(app, "备份后的投诉：窗帘损坏");
        await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(app, (db, config) => Backup.BackupAsync(db, config, file, CancellationToken.None)));

        await RunAsync(app, (db, config) => Backup.RestoreAsync(db, config, file, CancellationToken.None));

        Assert.Equal(HttpStatusCode.OK, (await app.Api().GetAsync($"/api/v1/cases/{before}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Api().GetAsync($"/api/v1/cases/{after}")).StatusCode);
        var found = await (await app.Api().GetAsync($"/api/v1/cases?q={Uri.EscapeDataString("鹈鹕")}")).JsonAsync();
        Assert.Equal([before], found["items"]!.AsArray().Select(c => c!["id"]!.GetValue<Guid>()));
    }

    [SkippableFact]
    public async Task A_postgres_dump_restores_into_an_empty_database()
    {
        TestDatabases.RequirePostgres();
        Skip.IfNot(File.Exists("/usr/lib/postgresql/15/bin/pg_dump") || Environment.GetEnvironmentVariable("GuestLoop__PostgresBin") is not null,
            "pg_dump is not installed.");
        using var app = new PostgresApp();
        var before = await CreateAsync(app, "备份前的投诉：游船延误");
        var file = Path.Combine(app.DataPath, "backup.dump");
        Directory.CreateDirectory(app.DataPath);
        await RunAsync(app, (db, config) => Backup.BackupAsync(db, config, file, CancellationToken.None));
        await CreateAsync(app, "备份后的投诉：索道停运");

        var target = TestDatabases.CreatePostgresDatabase();
        await RunAsync(app, (_, config) => Backup.RunPostgresToolAsync(config, "pg_restore", target, ["--no-owner", file], CancellationToken.None));

        await using var connection = new NpgsqlConnection(target);
        await connection.OpenAsync();
        await using var titles = new NpgsqlCommand("SELECT \"Id\" FROM cases WHERE \"Title\" LIKE '备份%'", connection);
        var restored = new List<Guid>();
        await using (var reader = await titles.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                restored.Add(reader.GetGuid(0));
            }
        }

        Assert.Equal([before], restored);
        await using var search = new NpgsqlCommand(
            "SELECT case_id FROM case_search WHERE search_vector @@ to_tsquery('simple', '游船 & 延误')", connection);
        Assert.Equal(before, (Guid)(await search.ExecuteScalarAsync())!);
    }
}
