using System.Net;
using GuestLoop.Web.Data;
using GuestLoop.Web.Data.Writing;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Operations;

/// <summary>
/// On SQLite the write-ahead log is copied into the database file by a service of its own, not inside the commit of
/// whichever writer crosses SQLite's 1,000 pages while the others queue behind it; and the instance says where its
/// memory is.
/// </summary>
[Collection(SharedSqliteApp.Name)]
public sealed class CheckpointTests(SqliteApp app)
{
    [Fact]
    public async Task Every_connection_syncs_each_commit_to_disk()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using (var off = connection.CreateCommand())
        {
            off.CommandText = "PRAGMA synchronous=OFF;";
            await off.ExecuteNonQueryAsync();
        }

        await new SqliteConnectionPragmas().ConnectionOpenedAsync(connection, null!);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        Assert.Equal(2L, Convert.ToInt64(await command.ExecuteScalarAsync()));
    }

    [Fact]
    public async Task The_log_is_checkpointed_off_the_write_path_and_the_health_api_shows_it()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA wal_autocheckpoint;";
            // The app's connections checkpoint only as a fallback, far past SQLite's 1,000 pages.
            Assert.Equal(SqliteCheckpointer.FallbackPages, Convert.ToInt32(await command.ExecuteScalarAsync()));
        }

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint($"淋浴喷头漏水 {i}"))).StatusCode);
        }

        var checkpoints = app.Services.GetRequiredService<SqliteCheckpointer>();
        for (var wait = 0; wait < 100 && checkpoints.Stats().LongestLogPages == 0; wait++)
        {
            await Task.Delay(100);
        }

        Assert.True(checkpoints.Stats().LongestLogPages > 0, "no pass of the checkpointer saw the log the cases were written to");
        var health = (await (await app.Api().GetAsync("/api/v1/health/writes")).JsonAsync())["checkpoints"]!;
        Assert.True(health["passes"]!.GetValue<long>() >= 1);
        Assert.True(health["longestLogPages"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task The_health_page_charts_the_longest_write_of_each_minute_and_counts_the_checkpoints()
    {
        Assert.Equal(HttpStatusCode.Created, (await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint("走廊灯不亮"))).StatusCode);
        var admin = await app.SignedInAsync("admin");

        var html = await admin.GetStringAsync("/admin/health");

        Assert.Contains("data-testid=\"longest-by-minute\"", html, StringComparison.Ordinal);
        Assert.Contains("预写日志检查点", html, StringComparison.Ordinal);
        var minutes = (await (await app.Api().GetAsync("/api/v1/health/writes")).JsonAsync())["transactions"]!["longestHeldByMinute"]!.AsArray();
        Assert.NotEmpty(minutes);
        Assert.All(minutes, m => Assert.True(m!["longest"] is not null && m["by"] is not null));
    }

    [Fact]
    public async Task The_memory_of_the_instance_is_shown_to_administrators_only()
    {
        var memory = await (await app.Api().GetAsync("/api/v1/health/memory")).JsonAsync();
        Assert.True(memory["heapMegabytes"]!.GetValue<double>() > 0);
        Assert.True(memory["sqliteMegabytes"]!.GetValue<double>() > 0);
        Assert.True(memory["processMegabytes"]!.GetValue<double>() >= memory["heapMegabytes"]!.GetValue<double>());

        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("clerk").GetAsync("/api/v1/health/memory")).StatusCode);
    }
}
