using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Reservations;
using GuestLoop.Domain.Rooms;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Reservations;
using GuestLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GuestLoop.Bench.Reservations;

/// <summary>
/// Availability for 30 nights across 20 room types of a 500-room hotel that holds 100,000 reservations over two years (the
/// last one and the next),
/// on a fresh SQLite file with the demo data: the read the booking form and the API make, through the application's own
/// service. Target (issue "Reservations, check-in and room allocation"): p95 under 50 ms.
/// </summary>
[Config(typeof(WithP95))]
public class AvailabilityBenchmarks
{
    public const int Reservations = 100_000;

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "guestloop-bench", Guid.NewGuid().ToString("N"));
    private WebApplication _app = null!;
    private AccessScope _scope = null!;
    private DateOnly _from;

    /// <summary>One call per iteration, 100 of them, so the 95th percentile is of single reads as a client sees them.</summary>
    private sealed class WithP95 : ManualConfig
    {
        public WithP95()
        {
            AddJob(Job.Default.WithWarmupCount(5).WithIterationCount(100).WithInvocationCount(1).WithUnrollFactor(1));
            AddColumn(StatisticColumn.P95);
        }
    }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        Directory.CreateDirectory(_dataPath);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _dataPath, EnvironmentName = "Production" });
        builder.Configuration["GuestLoop:DataPath"] = _dataPath;
        builder.Configuration["Database:Provider"] = "sqlite";
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddGuestLoop(builder.Configuration, builder.Environment);
        _app = builder.Build();
        await StartupTasks.RunAsync(_app.Services, _app.Configuration, CancellationToken.None);
        _scope = new AccessScope(null, "bench", AuthorityLevel.Level1, null, true, new HashSet<Guid>(), true);

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var hotel = await db.Properties.AsNoTracking().FirstAsync(p => p.Code == "DEMO-HOTEL");
        var today = hotel.LocalDate(DateTimeOffset.UtcNow);
        _from = today.AddDays(30);
        var actor = new Actor(null, "bench", AuthorityLevel.Level1);
        var types = Enumerable.Range(0, 20)
            .Select(i => RoomType.Create(hotel.Id, $"B{i:00}", new RoomTypeDetails($"房型{i}", BedType.King, 3, i == 0, false, []))).ToList();
        db.RoomTypes.AddRange(types);
        for (var i = 0; i < 500; i++)
        {
            var floor = 20 + i / 25;
            db.Rooms.Add(Room.Create(hotel.Id, new RoomDetails($"{floor}{i % 25:00}", floor, "北楼", types[i % 20].Id, null, null, null), RoomStatus.Inspected, actor,
                DateTimeOffset.UtcNow));
        }

        var plan = RatePlan.Create(hotel.Id, "BENCH", "基准价", CancellationRule.Flexible, [.. types.Select(t => new RatePlanPrice(t.Id, 500m))]);
        db.RatePlans.Add(plan);
        await db.SaveChangesAsync();

        // 100,000 stays of 1–4 nights over the last year and the next, no type's night sold past its 25 rooms, and the nights' counts to match.
        var random = new Random(2026);
        var booked = new Dictionary<(Guid, DateOnly), int>();
        var made = 0;
        while (made < Reservations)
        {
            db.ChangeTracker.Clear();
            for (var i = 0; i < 5_000 && made < Reservations; made++, i++)
            {
                var type = types[random.Next(types.Count)];
                var arrival = today.AddDays(random.Next(-365, 365));
                var stay = new Stay(arrival, arrival.AddDays(random.Next(1, 5)));
                var fits = stay.EachNight().All(n => booked.GetValueOrDefault((type.Id, n)) < 25);
                var terms = new ReservationTerms(type.Id, plan.Id, stay, 2, 0, 500m, plan.Rule, type.MaxGuests);
                var r = Reservation.Create(hotel.Id, $"B{made:0000000}", terms, new ReservationGuest(null, "基准客人", $"139{made:00000000}", null, false, null), fits,
                    actor, DateTimeOffset.UtcNow, arrival.AddDays(-random.Next(0, 60)));
                if (fits)
                {
                    foreach (var n in stay.EachNight())
                    {
                        booked[(type.Id, n)] = booked.GetValueOrDefault((type.Id, n)) + 1;
                    }
                }

                db.Reservations.Add(r);
            }

            await db.SaveChangesAsync();
        }

        db.ChangeTracker.Clear();
        db.RoomTypeNights.AddRange(booked.Select(b => new RoomTypeNight
        {
            RoomTypeId = b.Key.Item1, Night = b.Key.Item2, PropertyId = hotel.Id, Booked = b.Value, Capacity = 25,
        }));
        await db.SaveChangesAsync();
    }

    [Benchmark]
    public async Task<int> Availability_30_nights_20_types_100000_reservations()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var answer = await scope.ServiceProvider.GetRequiredService<ReservationSearch>()
            .AvailabilityAsync("DEMO-HOTEL", _from, _from.AddDays(30), _scope, CancellationToken.None);
        return answer.RoomTypes.Count >= 20 ? answer.RoomTypes.Sum(t => t.Nights.Sum(n => n.Free)) : throw new InvalidOperationException("Types missing.");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_dataPath, recursive: true);
    }
}
