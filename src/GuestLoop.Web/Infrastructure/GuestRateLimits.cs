using System.Globalization;
using System.Threading.RateLimiting;
using GuestLoop.Web.Features.Public;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;

namespace GuestLoop.Web.Infrastructure;

/// <summary>How many anonymous writes (guest forms, survey answers, tracking-page reports, webhooks) one client address, and one property, may make per window.</summary>
public sealed record GuestRateLimitSettings(int PerAddressPermits, TimeSpan PerAddressWindow, int PerPropertyPermits, TimeSpan PerPropertyWindow)
{
    public static GuestRateLimitSettings From(IConfiguration config) => new(
        config.GetValue("GuestLoop:RateLimits:PerAddress:PermitLimit", 20),
        TimeSpan.FromSeconds(config.GetValue("GuestLoop:RateLimits:PerAddress:WindowSeconds", 60)),
        config.GetValue("GuestLoop:RateLimits:PerProperty:PermitLimit", 300),
        TimeSpan.FromSeconds(config.GetValue("GuestLoop:RateLimits:PerProperty:WindowSeconds", 60)));
}

/// <summary>
/// ASP.NET Core's rate limiter for every anonymous write: the <see cref="Policy"/> on the endpoint counts per client address
/// before the body is read; <see cref="PropertyLimiter"/> counts per property once the handler knows it. A refusal is 429
/// with Retry-After and stores nothing: a page for the guest pages, problem details under /api.
/// </summary>
public static class GuestRateLimits
{
    public const string Policy = "guest-writes";

    public static IServiceCollection AddGuestRateLimits(this IServiceCollection services, IConfiguration config)
    {
        var settings = GuestRateLimitSettings.From(config);
        services.AddSingleton(settings);
        services.AddSingleton<PropertyLimiter>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, http => RateLimitPartition.GetFixedWindowLimiter(AddressOf(http), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.PerAddressPermits,
                Window = settings.PerAddressWindow,
                QueueLimit = 0,
            }));
            o.OnRejected = (context, _) => new ValueTask(Refusal(context.HttpContext, context.Lease).ExecuteAsync(context.HttpContext));
        });
        return services;
    }

    /// <summary>The client's address (the proxy's X-Forwarded-For when forwarded headers are enabled, see docs/DEPLOYMENT.md).</summary>
    public static string AddressOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>429 with Retry-After: a page for the guest, problem details for a program.</summary>
    public static IResult Refusal(HttpContext http, RateLimitLease lease)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return http.Request.Path.StartsWithSegments("/api")
            ? Results.Problem($"Too many requests; try again in {seconds} seconds.", statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests")
            : new RazorComponentResult<TooManyRequestsPage>(new { RetryAfterSeconds = seconds }) { StatusCode = StatusCodes.Status429TooManyRequests };
    }
}

/// <summary>The per-property count, taken by a handler once it knows the property a write goes to.</summary>
public sealed class PropertyLimiter(GuestRateLimitSettings settings) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(property =>
        RateLimitPartition.GetFixedWindowLimiter(property, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.PerPropertyPermits,
            Window = settings.PerPropertyWindow,
            QueueLimit = 0,
        }));

    /// <summary>Null when the write may go on; otherwise the 429 to answer with.</summary>
    public IResult? Refuse(HttpContext http, string property)
    {
        using var lease = _limiter.AttemptAcquire(property);
        return lease.IsAcquired ? null : GuestRateLimits.Refusal(http, lease);
    }

    public void Dispose() => _limiter.Dispose();
}
