using System.Text.Json;
using GuestLoop.Web.Data;
using GuestLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GuestLoop.Web.Features.Operations;

/// <summary>
/// <c>/healthz</c>: the process answers (for a liveness probe). <c>/healthz/ready</c>: the database answers and the data
/// folder has room (503 otherwise), with each background round's last success (degraded, still 200, when a round's last
/// run failed: the instance still serves requests).
/// </summary>
public static class HealthChecks
{
    private const string Ready = "ready";

    public static IServiceCollection AddGuestLoopHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseCheck>("database", tags: [Ready])
            .AddCheck<DataFolderSpaceCheck>("disk", tags: [Ready])
            .AddCheck<RoundsCheck>("rounds", tags: [Ready]);
        return services;
    }

    public static void MapGuestLoopHealthChecks(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }).AllowAnonymous();
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync })
            .AllowAnonymous();
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        }, JsonSerializerOptions.Web);
    }
}

/// <summary>Unhealthy when the database does not answer.</summary>
public sealed class DatabaseCheck(GuestLoopDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The database answers.")
            : HealthCheckResult.Unhealthy("The database does not answer.");
}

/// <summary>Unhealthy when the data folder (database file, evidence, keys) has less than <c>GuestLoop:Health:MinFreeDiskMegabytes</c> (512) free.</summary>
public sealed class DataFolderSpaceCheck(IConfiguration config, IHostEnvironment env) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var folder = DatabaseSetup.DataFolder(config, env);
        var free = new DriveInfo(folder).AvailableFreeSpace / (1024 * 1024);
        var minimum = config.GetValue("GuestLoop:Health:MinFreeDiskMegabytes", 512L);
        var data = new Dictionary<string, object> { ["freeMegabytes"] = free, ["minimumMegabytes"] = minimum };
        return Task.FromResult(free >= minimum
            ? HealthCheckResult.Healthy("The data folder has room.", data)
            : HealthCheckResult.Unhealthy($"The data folder has {free} MB free, less than {minimum} MB.", data: data));
    }
}

/// <summary>Each background round's last success on this instance; degraded when a round's last run failed.</summary>
public sealed class RoundsCheck(RoundHealth rounds) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = rounds.Snapshot();
        var data = snapshot.ToDictionary(r => r.Job, r => (object)(r.LastSucceededAt?.ToString("O") ?? "never"));
        var failing = snapshot.Where(r => r.LastError is not null).Select(r => r.Job).ToList();
        return Task.FromResult(failing.Count == 0
            ? HealthCheckResult.Healthy("Every round's last run succeeded.", data)
            : HealthCheckResult.Degraded("Last run failed: " + string.Join(", ", failing), data: data));
    }
}
