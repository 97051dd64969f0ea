using System.Net;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Compensation;

/// <summary>An enterprise's own approval limits, set by an administrator, decide who may approve.</summary>
public abstract class CompensationLimitsApiTests(GuestLoopApp app)
{
    [SkippableFact]
    public async Task Custom_limits_of_the_enterprise_apply_to_approvals_exactly_at_their_edges()
    {
        app.Require();
        var enterprise = await app.DemoEnterpriseIdAsync();
        var url = $"/api/v1/enterprises/{enterprise}/compensation-limits";
        var defaults = await (await app.Api("admin").GetAsync(url)).JsonAsync();
        Assert.Equal((500m, 5000m, false), (defaults["level3Max"].Decimal(), defaults["level2Max"].Decimal(), defaults["custom"]!.GetValue<bool>()));

        var byHead = await app.Api("head").PutAsync(url, JsonContent(new { level3Max = 200m, level2Max = 1000m }));
        var backwards = await app.Api("admin").PutAsync(url, JsonContent(new { level3Max = 2000m, level2Max = 1000m }));
        var saved = await app.Api("admin").PutAsync(url, JsonContent(new { level3Max = 200m, level2Max = 1000m }));
        try
        {
            Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.BadRequest, HttpStatusCode.OK), (byHead.StatusCode, backwards.StatusCode, saved.StatusCode));
            var atLimit = (await app.ProposeAsync(await app.NewCaseAsync(), 200m))["id"]!.GetValue<Guid>();
            var above = await app.ProposeAsync(await app.NewCaseAsync(), 200.01m);
            Assert.Equal("level2", above["requiredAuthority"]!.GetValue<string>());

            var allowed = await app.Api("agent").PostJsonAsync($"/api/v1/compensations/{atLimit}/approve", new { });
            var refused = await app.Api("agent").PostJsonAsync($"/api/v1/compensations/{above["id"]}/approve", new { });

            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden), (allowed.StatusCode, refused.StatusCode));
        }
        finally
        {
            await app.Api("admin").PutAsync(url, JsonContent(new { level3Max = 500m, level2Max = 5000m }));
        }
    }

    private static HttpContent JsonContent(object body) =>
        System.Net.Http.Json.JsonContent.Create(body, options: System.Text.Json.JsonSerializerOptions.Web);
}

public sealed class CompensationLimitsApiSqliteTests(SqliteApp app) : CompensationLimitsApiTests(app), IClassFixture<SqliteApp>;

public sealed class CompensationLimitsApiPostgresTests(PostgresApp app) : CompensationLimitsApiTests(app), IClassFixture<PostgresApp>;
