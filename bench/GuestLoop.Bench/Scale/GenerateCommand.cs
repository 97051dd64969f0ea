using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GuestLoop.Bench.Scale;

/// <summary>
/// <c>generate --provider postgres|sqlite --connection "…" [--data-path dir] --cases 1000000 [--properties 50]</c>:
/// brings the database up to the app's schema with the app's own start-up (migrations, rules, demo organisation,
/// the bench API key), adds the bench properties, then bulk-loads the generated cases.
/// </summary>
public static class GenerateCommand
{
    public const string ApiKey = "bench-admin-key-2026";
    private const string SearchIndex = "IX_case_search_search_vector";

    public static async Task<int> RunAsync(Options options)
    {
        var ct = CancellationToken.None;
        await using var app = BuildApp(options);
        await StartupTasks.RunAsync(app.Services, app.Configuration, ct);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var enterprise = await db.Enterprises.Select(e => e.Id).FirstAsync(ct);
        var existing = await db.Properties.CountAsync(p => p.Code.StartsWith("BENCH-"), ct);
        for (var i = existing + 1; i <= options.Properties; i++)
        {
            var scenic = i % 3 == 0;
            db.Properties.Add(new Property
            {
                EnterpriseId = enterprise, Code = $"BENCH-{i:00}", Name = scenic ? $"测试景区{i:00}" : $"测试酒店{i:00}",
                Type = scenic ? PropertyType.Scenic : PropertyType.Hotel, CalendarCode = scenic ? "scenic-7d" : "cn",
                PolicyCode = scenic ? "scenic-manual" : "tourism-standard",
            });
        }

        await db.SaveChangesAsync(ct);
        var properties = (await db.Properties.Where(p => p.Code.StartsWith("BENCH-")).Select(p => new { p.Id, p.Code }).ToListAsync(ct))
            .Select(p => (p.Id, p.Code)).ToList();
        var staff = (await db.Staff.Select(s => new { s.Id, Name = s.DisplayName }).ToListAsync(ct)).Select(s => (s.Id, s.Name)).ToList();
        var departments = await db.Departments.Select(d => d.Id).ToListAsync(ct);
        var now = DateTimeOffset.UtcNow;
        var generator = new CaseGenerator(properties, staff, departments, now.AddDays(-1), options.Seed)
        {
            OverdueShare = options.OverdueShare, Now = now, Repeats = await RepeatComplainantsAsync(db, properties, options, now, ct),
        };

        Console.WriteLine($"Generating {options.Cases:N0} cases into {options.Provider} over {properties.Count} properties…");
        // The GIN index is built once at the end: far cheaper than maintaining it row by row during the load.
        var postgres = options.Provider == "postgres";
        if (postgres)
        {
            await db.Database.ExecuteSqlRawAsync($"DROP INDEX IF EXISTS \"{SearchIndex}\"", ct);
        }

        await using (var writer = await OpenWriterAsync(options, db))
        {
            var took = await generator.GenerateAsync(options.Cases, writer, ct);
            Console.WriteLine($"Loaded {options.Cases:N0} cases in {took.TotalSeconds:F0} s ({options.Cases / took.TotalSeconds:N0} cases/s).");
        }

        if (postgres)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
            await db.Database.ExecuteSqlRawAsync($"CREATE INDEX \"{SearchIndex}\" ON case_search USING GIN (search_vector)", ct);
            Console.WriteLine($"Search index built in {watch.Elapsed.TotalSeconds:F0} s.");

            // The case triggers wrote five volume changes per case; folded here, as the app's periodic round would.
            watch.Restart();
            var folded = await GuestLoop.Web.Features.Analytics.VolumeRollup.FoldAsync(db, ct);
            Console.WriteLine($"Volume roll-up: {folded:N0} changes folded in {watch.Elapsed.TotalSeconds:F0} s.");
        }

        db.NumberCounters.AddRange(generator.Counters().Select(c => new GuestLoop.Web.Features.Cases.NumberCounter { Name = c.Name, Value = c.Value }));
        await db.SaveChangesAsync(ct);

        // PostgreSQL analyses tables on its own as they grow; the app never runs ANALYZE on SQLite, so neither does the
        // generator: with statistics, SQLite takes an index whose values are all NULL (cases.MergedIntoId) for useless and
        // scans the whole table instead, which a database the app made would not do.
        if (postgres)
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE", ct);
        }

        Console.WriteLine($"Cases in the database: {await db.Cases.CountAsync(ct):N0}");
        return 0;
    }

    /// <summary>
    /// Guest profiles made through the app's own model (contacts encrypted, keyed hashes stamped), so that intake matches
    /// their cases to them and the early warning counts their complaints.
    /// </summary>
    private static async Task<List<RepeatComplainant>> RepeatComplainantsAsync(GuestLoopDbContext db, IReadOnlyList<(Guid Id, string Code)> properties,
        Options options, DateTimeOffset now, CancellationToken ct)
    {
        var random = new Random(options.Seed + 1);
        var repeats = new List<RepeatComplainant>();
        for (var i = 0; i < options.RepeatComplainants; i++)
        {
            var (name, phone, property) = (CaseText.Name(random), $"138{random.Next(10_000_000, 99_999_999)}", random.Next(properties.Count));
            var guest = GuestLoop.Domain.Customers.Guest.Create(new GuestLoop.Domain.Customers.GuestDetails(name, phone), properties[property].Id, now);
            db.Guests.Add(guest);
            repeats.Add(new RepeatComplainant(guest.Id, property, name, phone, random.Next(3, 6)));
            if ((i + 1) % 500 == 0)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        if (repeats.Count > 0)
        {
            Console.WriteLine($"{repeats.Count:N0} repeat complainants with {repeats.Sum(g => g.Complaints):N0} complaints in the last 80 days.");
        }

        return repeats;
    }

    public static WebApplication BuildApp(Options options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = options.Provider,
            ["ConnectionStrings:GuestLoop"] = options.Connection,
            ["GuestLoop:DataPath"] = options.DataPath,
            ["GuestLoop:Bootstrap:ApiKey"] = ApiKey,
            ["GuestLoop:Escalation:Enabled"] = "false",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddGuestLoop(builder.Configuration, builder.Environment);
        return builder.Build();
    }

    private static async Task<IBulkWriter> OpenWriterAsync(Options options, GuestLoopDbContext db)
    {
        if (options.Provider == "postgres")
        {
            var connection = new NpgsqlConnection(db.Database.GetConnectionString());
            await connection.OpenAsync();
            return new PostgresBulkWriter(connection);
        }

        var sqlite = new SqliteConnection(db.Database.GetConnectionString());
        await sqlite.OpenAsync();
        await using (var pragma = sqlite.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;";
            await pragma.ExecuteNonQueryAsync();
        }

        return new SqliteBulkWriter(sqlite);
    }
}
