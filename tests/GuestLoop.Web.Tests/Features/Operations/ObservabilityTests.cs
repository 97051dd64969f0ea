using System.Net;
using System.Net.Http.Headers;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Operations;

/// <summary>The Prometheus scrape endpoint (behind its bearer token) with the product's meters, and the health endpoints.</summary>
public abstract class ObservabilityTests(GuestLoopApp app)
{
    public const string Token = "scrape-token-5d1e8a";

    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["GuestLoop:Telemetry:Prometheus:Token"] = Token,
    };

    private async Task<HttpResponseMessage> ScrapeAsync(string? token)
    {
        var client = app.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.GetAsync("/metrics");
    }

    [SkippableFact]
    public async Task Metrics_list_the_cases_received_by_channel_and_need_the_token()
    {
        app.Require();
        Assert.Equal(HttpStatusCode.Unauthorized, (await ScrapeAsync(null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ScrapeAsync("not-the-token")).StatusCode);

        var created = await app.Api().PostJsonAsync("/api/v1/cases", new
        {
            kind = "complaint", channel = "social", property = "DEMO-HOTEL", title = "空调噪音", description = "夜里空调噪音很大。",
            customer = new { name = "客人", phone = "13900002222" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var scraped = await ScrapeAsync(Token);
        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
        var text = await scraped.Content.ReadAsStringAsync();
        var received = text.Split('\n').Where(l => l.StartsWith("guestloop_cases_received_total{", StringComparison.Ordinal)).ToList();
        Assert.Contains(received, l => l.Contains("channel=\"social\"", StringComparison.Ordinal) && l.Contains("kind=\"complaint\"", StringComparison.Ordinal));
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Healthz_is_live_and_ready_reports_database_disk_and_rounds()
    {
        app.Require();
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var ready = await client.GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var checks = (await ready.JsonAsync())["checks"]!;
        Assert.Equal("Healthy", checks["database"]!["status"]!.GetValue<string>());
        Assert.Equal("Healthy", checks["disk"]!["status"]!.GetValue<string>());
        Assert.NotNull(checks["rounds"]);
    }
}

public sealed class ObservabilitySqliteApp : SqliteApp
{
    protected override IReadOnlyDictionary<string, string> Settings => ObservabilityTests.Settings;
}

public sealed class ObservabilityPostgresApp : PostgresApp
{
    protected override IReadOnlyDictionary<string, string> Settings => ObservabilityTests.Settings;
}

public sealed class ObservabilitySqliteTests(ObservabilitySqliteApp app) : ObservabilityTests(app), IClassFixture<ObservabilitySqliteApp>;

public sealed class ObservabilityPostgresTests(ObservabilityPostgresApp app) : ObservabilityTests(app), IClassFixture<ObservabilityPostgresApp>;
