using System.Net;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Operations;

/// <summary>Every response carries the security headers; over HTTPS, HSTS and Secure cookies. The host runs as in Production.</summary>
public abstract class SecurityHeadersTests(GuestLoopApp app)
{
    private static void AssertHeaders(HttpResponseMessage response)
    {
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.True(csp.Contains("default-src 'self'"), $"{response.RequestMessage?.RequestUri}: {csp}");
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Single(response.Headers.GetValues("Referrer-Policy"));
    }

    [SkippableFact]
    public async Task A_workspace_page_a_guest_page_and_an_api_answer_carry_the_security_headers()
    {
        app.Require();
        var workspace = await app.SignedInAsync("agent");

        var page = await workspace.GetAsync("/");
        var guestPage = await app.Browser().GetAsync("/feedback?property=DEMO-HOTEL");
        var api = await app.Api().GetAsync("/api/v1/cases?pageSize=1");
        var problem = await app.Api().GetAsync($"/api/v1/cases/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, guestPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, problem.StatusCode);
        foreach (var response in new[] { page, guestPage, api, problem })
        {
            AssertHeaders(response);
        }

        var csp = string.Join(" ", page.Headers.GetValues("Content-Security-Policy"));
        var nonce = System.Text.RegularExpressions.Regex.Match(csp, "'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"nonce=\"{nonce}\"", await page.Content.ReadAsStringAsync());
        Assert.Contains("connect-src 'self' ws://localhost wss://localhost", csp);
    }

    [SkippableFact]
    public async Task Over_https_the_answer_has_hsts_and_every_cookie_is_secure()
    {
        app.Require();
        var client = app.CreateClient(new() { BaseAddress = new Uri("https://guestloop.example"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/feedback?property=DEMO-HOTEL");
        var culture = await client.GetAsync("/culture?culture=en&returnUrl=%2Ffeedback");

        Assert.Contains("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
        var cookies = response.Headers.GetValues("Set-Cookie").Concat(culture.Headers.GetValues("Set-Cookie")).ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));

        var plain = await app.Browser().GetAsync("/feedback?property=DEMO-HOTEL");
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [SkippableFact]
    public async Task A_missing_static_file_is_404_and_the_framework_and_package_assets_are_served()
    {
        app.Require();
        var client = app.Browser();

        foreach (var missing in new[] { "/_content/nonexistent.css", "/favicon-missing.png", "/_content/MudBlazor/missing.js", "/_framework/missing.js" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(missing)).StatusCode);
        }

        foreach (var present in new[] { "/app.css", "/public.css", "/_framework/blazor.web.js", "/_content/MudBlazor/MudBlazor.min.css" })
        {
            var response = await client.GetAsync(present);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{present}: {(int)response.StatusCode}");
            AssertHeaders(response);
        }
    }
}

public sealed class ProductionSqliteApp : SqliteApp
{
    protected override string EnvironmentName => "Production";
}

public sealed class ProductionPostgresApp : PostgresApp
{
    protected override string EnvironmentName => "Production";
}

public sealed class SecurityHeadersSqliteTests(ProductionSqliteApp app) : SecurityHeadersTests(app), IClassFixture<ProductionSqliteApp>;

public sealed class SecurityHeadersPostgresTests(ProductionPostgresApp app) : SecurityHeadersTests(app), IClassFixture<ProductionPostgresApp>;
