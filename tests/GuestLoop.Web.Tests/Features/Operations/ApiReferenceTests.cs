using System.Net;
using System.Text.RegularExpressions;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Operations;

/// <summary>The API reference page loads everything from this server and asks for nothing from anywhere else.</summary>
[Collection(SharedSqliteApp.Name)]
public sealed partial class ApiReferenceTests(SqliteApp app)
{
    [GeneratedRegex("""<(?:script|link)[^>]*\b(?:src|href)="([^"]+)"[^>]*>""")]
    private static partial Regex AssetReference();

    [Fact]
    public async Task The_reference_page_loads_its_scripts_from_this_server_and_its_policy_allows_no_other_host()
    {
        var client = app.CreateClient();

        var page = await client.GetAsync("/api/docs/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var assets = AssetReference().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("scalar.js", assets);
        foreach (var asset in assets)
        {
            Assert.DoesNotMatch("^(https?:)?//", asset);
            var response = await client.GetAsync(new Uri(new Uri(client.BaseAddress!, "/api/docs/"), asset));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {response.StatusCode}");
        }

        // Without these the bundle fetches web fonts from fonts.scalar.com and reports to Scalar's servers.
        Assert.Contains("\"withDefaultFonts\":false", html);
        Assert.Contains("\"telemetry\":false", html);
        var csp = string.Join(" ", page.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("http", csp);
        Assert.DoesNotContain("*", csp);
    }
}
