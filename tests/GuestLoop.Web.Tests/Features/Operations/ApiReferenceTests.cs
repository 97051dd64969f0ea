using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>
    /// The reference names each body's schema by its type's name: two types of one name in two areas would share one
    /// schema, and the reference would describe one of them wrongly. Every type an operation reads or answers, and every
    /// type inside them, has a name of its own.
    /// </summary>
    [Fact]
    public void No_two_types_the_api_reads_or_answers_share_a_schema_name()
    {
        var roots = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e is RouteEndpoint r && r.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => e.Metadata.OfType<IAcceptsMetadata>().Select(a => a.RequestType)
                .Concat(e.Metadata.OfType<IProducesResponseTypeMetadata>().Select(p => p.Type)))
            .OfType<Type>();
        var seen = new HashSet<Type>();
        foreach (var root in roots)
        {
            Walk(root, seen);
        }

        Assert.NotEmpty(seen);
        var shared = seen.GroupBy(t => t.Name).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.FullName))}").ToList();
        Assert.True(shared.Count == 0, "Types that would share a schema:\n" + string.Join("\n", shared));
    }

    /// <summary>The product's own types reachable from <paramref name="type"/> through public properties, arrays and generics.</summary>
    private static void Walk(Type type, HashSet<Type> seen)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray)
        {
            Walk(type.GetElementType()!, seen);
            return;
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Walk(argument, seen);
            }
        }

        if (type.IsGenericType || type.Namespace?.StartsWith("GuestLoop", StringComparison.Ordinal) != true || !seen.Add(type) || type.IsEnum)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() is null))
        {
            Walk(property.PropertyType, seen);
        }
    }
}
