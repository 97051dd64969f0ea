using GuestLoop.Web.Data.Writing;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Operations;

/// <summary>How the background rounds went on the instance that answers: the data of the administrator's health page.</summary>
public static class HealthApi
{
    public static RouteGroupBuilder MapHealthApi(this RouteGroupBuilder api)
    {
        api.MapGet("/health/rounds", Ok<IReadOnlyList<RoundStatus>> (HttpContext http, RoundHealth health) =>
            {
                http.User.ToScope().RequireAdministrator("Only administrators see the health of the background rounds.");
                return TypedResults.Ok(health.Snapshot());
            })
            .WithTags("Operations").WithName("ListRoundHealth")
            .WithSummary("Each periodic round on this instance: last run, last and longest duration, its longest write transaction, items handled, items that failed and why")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/health/memory", Ok<MemoryHealth> (HttpContext http, IServiceProvider services) =>
            {
                http.User.ToScope().RequireAdministrator("Only administrators see the memory of the instance.");
                return TypedResults.Ok(MemoryHealth.Now(sqlite: services.GetService<SqliteWriteGate>() is not null));
            })
            .WithTags("Operations").WithName("GetMemoryHealth")
            .WithSummary("Where this instance's memory is: the managed heap, what the garbage collector holds, SQLite's own allocations")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }
}

/// <summary>
/// The parts of an instance's memory that can grow: the managed heap after the last collection, what the collector has
/// committed from the system, SQLite's page caches and statements (on SQLite), and the process's resident memory.
/// A soak that sees the process grow reads these to tell a managed leak from a cache filling up.
/// </summary>
public sealed record MemoryHealth(double HeapMegabytes, double CommittedMegabytes, double FragmentedMegabytes, int Gen2Collections,
    double? SqliteMegabytes, double? SqliteHighwaterMegabytes, double ProcessMegabytes)
{
    private const double Megabyte = 1024 * 1024;

    public static MemoryHealth Now(bool sqlite)
    {
        var gc = GC.GetGCMemoryInfo();
        return new MemoryHealth(gc.HeapSizeBytes / Megabyte, gc.TotalCommittedBytes / Megabyte, gc.FragmentedBytes / Megabyte,
            GC.CollectionCount(2),
            sqlite ? SQLitePCL.raw.sqlite3_memory_used() / Megabyte : null,
            sqlite ? SQLitePCL.raw.sqlite3_memory_highwater(0) / Megabyte : null,
            Environment.WorkingSet / Megabyte);
    }
}
