using System.Net;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Public;

/// <summary>Anonymous writes are counted per client address and per property, with the limits from settings.</summary>
public abstract class GuestRateLimitTests(GuestLoopApp app)
{
    public static readonly IReadOnlyDictionary<string, string> SmallLimits = new Dictionary<string, string>
    {
        ["GuestLoop:RateLimits:PerAddress:PermitLimit"] = "3",
        ["GuestLoop:RateLimits:PerAddress:WindowSeconds"] = "600",
        ["GuestLoop:RateLimits:PerProperty:PermitLimit"] = "5",
        ["GuestLoop:RateLimits:PerProperty:WindowSeconds"] = "600",
    };

    private async Task<HttpResponseMessage> SubmitAsync(string address, string property, string title)
    {
        var client = app.Browser();
        client.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, address);
        var token = FormPages.AntiforgeryToken(await client.GetStringAsync($"/feedback?property={property}"));
        return await client.PostAsync("/feedback", new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(property), "property" },
            { new StringContent("complaint"), "kind" }, { new StringContent(title), "title" },
            { new StringContent("房间空调不制冷，前台说明天再修。"), "description" },
        });
    }

    private async Task<int> CasesAsync(string marker) =>
        (await (await app.Api().GetAsync($"/api/v1/cases?q={marker}")).JsonAsync())["total"]!.GetValue<int>();

    [SkippableFact]
    public async Task One_address_over_its_limit_gets_429_and_nothing_while_other_addresses_and_properties_go_on()
    {
        app.Require();
        var marker = "限流" + Guid.NewGuid().ToString("N")[..6];

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync("203.0.113.7", "DEMO-HOTEL", $"{marker}甲{i}")).StatusCode);
        }

        var refused = await SubmitAsync("203.0.113.7", "DEMO-HOTEL", marker + "超出");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("data-testid=\"too-many\"", await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, await CasesAsync(marker + "超出"));

        // Another address still reaches the property: 4 and 5 of the property's 5.
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync("203.0.113.8", "DEMO-HOTEL", marker + "乙")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync("203.0.113.9", "DEMO-HOTEL", marker + "丙")).StatusCode);

        // The property has had its 5; a fresh address is refused there but not at the other property.
        var propertyFull = await SubmitAsync("203.0.113.10", "DEMO-HOTEL", marker + "丁");
        Assert.Equal(HttpStatusCode.TooManyRequests, propertyFull.StatusCode);
        Assert.NotNull(propertyFull.Headers.RetryAfter);
        Assert.Equal(0, await CasesAsync(marker + "丁"));
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync("203.0.113.10", "DEMO-SCENIC", marker + "戊")).StatusCode);
        Assert.Equal(6, await CasesAsync(marker));
    }

    [SkippableFact]
    public async Task A_webhook_from_an_address_over_its_limit_gets_a_429_problem()
    {
        app.Require();
        var client = app.Browser();
        client.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, "198.51.100.4");
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await client.PostAsync($"/api/v1/webhooks/{Guid.NewGuid()}", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(last.Headers.RetryAfter);
    }
}

public sealed class RateLimitedSqliteApp : SqliteApp
{
    protected override IReadOnlyDictionary<string, string> Settings => GuestRateLimitTests.SmallLimits;
}

public sealed class RateLimitedPostgresApp : PostgresApp
{
    protected override IReadOnlyDictionary<string, string> Settings => GuestRateLimitTests.SmallLimits;
}

public sealed class GuestRateLimitSqliteTests(RateLimitedSqliteApp app) : GuestRateLimitTests(app), IClassFixture<RateLimitedSqliteApp>;

public sealed class GuestRateLimitPostgresTests(RateLimitedPostgresApp app) : GuestRateLimitTests(app), IClassFixture<RateLimitedPostgresApp>;
