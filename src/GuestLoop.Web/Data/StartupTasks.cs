using System.Diagnostics;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Cluster;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Features.Sla;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Data;

/// <summary>What runs once at start: schema, built-in calendars and policies, the bootstrap API key, demo data.</summary>
public static class StartupTasks
{
    public static async Task RunAsync(IServiceProvider services, IConfiguration config, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        await DatabaseSetup.MigrateAsync(db, ct);
        ClusterSetup.ConnectCaches(services);
        await SlaSeeder.SeedAsync(db, clock.GetUtcNow(), ct);
        await SeedBootstrapKeyAsync(db, config["GuestLoop:Bootstrap:ApiKey"], clock.GetUtcNow(), ct);
        if (DemoDataOn(config) && !await db.Properties.AnyAsync(ct))
        {
            await SeedDemoAsync(db, scope.ServiceProvider, clock.GetUtcNow(), ct);
        }
    }

    /// <summary>Whether an empty database gets the demo enterprise, whose accounts and password are public.</summary>
    public static bool DemoDataOn(IConfiguration config) => config.GetValue("GuestLoop:DemoData", true);

    private static async Task SeedBootstrapKeyAsync(GuestLoopDbContext db, string? key, DateTimeOffset now, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return;
        }

        var hash = ApiKeyAuthentication.Hash(key);
        if (!await db.ApiKeys.AnyAsync(k => k.KeyHash == hash, ct))
        {
            db.ApiKeys.Add(new ApiKey { Name = "bootstrap", KeyHash = hash, Scope = ApiKeyScope.Administrator, CreatedAt = now });
            await db.SaveChangesAsync(ct);
        }
    }

    private static async Task SeedDemoAsync(GuestLoopDbContext db, IServiceProvider services, DateTimeOffset now, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var org = DemoOrganisation.Seed(db);
        await db.SaveChangesAsync(ct);
        var numbers = services.GetRequiredService<CaseNumbers>();
        var workflow = services.GetRequiredService<CaseWorkflow>();
        var issued = new Dictionary<string, long>();
        string NextNumber(Property property, DateOnly date)
        {
            var counter = CaseNumbers.CounterName(property.Code, date);
            issued[counter] = issued.GetValueOrDefault(counter) + 1;
            return CaseNumbers.Format(property.Code, date, issued[counter]);
        }

        // Hundreds of new cases: the save detects changes once (the search index asks it to) instead of at every look at the tracker.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var history = DemoHistory.Build(org, now, NextNumber);
        var cases = DemoCases.Build(org, now, NextNumber).Concat(DemoTravel.Build(org, now, NextNumber)).ToList();
        var guests = DemoGuests.Build(cases, now);
        db.Cases.AddRange(history.Cases);
        db.Cases.AddRange(cases);
        db.Surveys.AddRange(history.Surveys);
        db.Guests.AddRange(guests);
        var orderNumbers = new DemoOrderNumbers();
        DemoWorkOrders.Seed(db, org, now, orderNumbers);
        DemoRooms.Seed(db, org, now, orderNumbers);
        DemoReservations.Seed(db, org, now, guests);
        DemoFacilities.Seed(db, org, now);
        DemoMaintenance.Seed(db, org, db.RequestTypes.Local.ToList(), now, orderNumbers);
        orderNumbers.SaveCounters(db);
        foreach (var c in history.Cases.Concat(cases))
        {
            await workflow.RefreshDeadlinesAsync(c, new[] { org.Hotel, org.Scenic, org.Travel }.Single(p => p.Id == c.PropertyId), ct);
        }

        foreach (var (key, value) in issued)
        {
            db.NumberCounters.Add(new NumberCounter { Name = key, Value = value });
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupTasks)).LogInformation(
            "Demo data seeded: {Cases} cases in {Seconds:0.0} s", history.Cases.Count + cases.Count,
            Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    public static void PrintWelcome(WebApplication app) => app.Lifetime.ApplicationStarted.Register(() =>
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var url = addresses.FirstOrDefault() ?? "http://localhost:5076";
        Console.WriteLine();
        Console.WriteLine($"GuestLoop is running at {url}");
        if (DemoDataOn(app.Configuration))
        {
            Console.WriteLine($"  Workspace:     {url}/  (sign in as {string.Join(", ", DemoOrganisation.Accounts.Select(a => a.UserName))}; password {DemoOrganisation.Password})");
            Console.WriteLine($"  Guest pages:   {url}/feedback?property=DEMO-HOTEL");
        }
        else
        {
            Console.WriteLine($"  Workspace:     {url}/  (the first administrator: GuestLoop.Web --create-admin --user <name> --password-stdin)");
        }

        Console.WriteLine($"  API reference: {url}/api/docs");
        Console.WriteLine();
    });
}
