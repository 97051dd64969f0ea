using System.Security.Cryptography;
using System.Text;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GuestLoop.Web.Infrastructure;

/// <summary>
/// OpenTelemetry traces and metrics: ASP.NET Core, HttpClient, EF Core and Npgsql, and every "GuestLoop.*" meter. Sent by
/// OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> or <c>GuestLoop:Telemetry:OtlpEndpoint</c> is set, and offered to Prometheus
/// on <c>/metrics</c> when <c>GuestLoop:Telemetry:Prometheus:Token</c> is set (a scraper sends it as a bearer token).
/// With neither, nothing is collected.
/// </summary>
public static class Telemetry
{
    public const string ScrapePath = "/metrics";

    public static string? OtlpEndpoint(IConfiguration config) =>
        NonEmpty(config["GuestLoop:Telemetry:OtlpEndpoint"]) ?? NonEmpty(config["OTEL_EXPORTER_OTLP_ENDPOINT"]);

    public static string? ScrapeToken(IConfiguration config) => NonEmpty(config["GuestLoop:Telemetry:Prometheus:Token"]);

    public static IServiceCollection AddGuestLoopTelemetry(this IServiceCollection services, IConfiguration config)
    {
        var otlp = OtlpEndpoint(config);
        var scrape = ScrapeToken(config) is not null;
        if (otlp is null && !scrape)
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("GuestLoop"))
            .WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation()
                    .AddMeter("GuestLoop.*", "Npgsql", "Microsoft.EntityFrameworkCore");
                if (scrape)
                {
                    m.AddPrometheusExporter();
                }

                if (otlp is not null)
                {
                    m.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
                }
            })
            .WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddEntityFrameworkCoreInstrumentation().AddSource("Npgsql");
                if (otlp is not null)
                {
                    t.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
                }
            });
        return services;
    }

    /// <summary>The Prometheus scrape endpoint, answering only a request with the configured bearer token.</summary>
    public static void MapGuestLoopTelemetry(this IEndpointRouteBuilder app, IConfiguration config)
    {
        if (ScrapeToken(config) is not { } token)
        {
            return;
        }

        var expected = Encoding.UTF8.GetBytes("Bearer " + token);
        app.MapPrometheusScrapingEndpoint(ScrapePath, meterProvider: null, configureBranchedPipeline: branch => branch.Use((http, next) =>
        {
            var given = Encoding.UTF8.GetBytes(http.Request.Headers.Authorization.ToString());
            if (CryptographicOperations.FixedTimeEquals(given, expected))
            {
                return next(http);
            }

            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Task.CompletedTask;
        }), optionsName: null).AllowAnonymous();
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
