using System.Net;
using System.Net.Http.Json;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Audit;

public abstract class AuditApiTests(GuestLoopApp app)
{
    [SkippableFact]
    public async Task A_policy_change_is_listed_newest_first_and_filtered_by_entity_and_text()
    {
        app.Require();
        var admin = app.Api();
        var policy = await (await admin.GetAsync("/api/v1/policies/hotel-checkin")).JsonAsync();
        policy["name"] = "酒店入住与服务请求（修订）";
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/v1/policies/hotel-checkin", policy)).StatusCode);

        var page = await (await admin.GetAsync("/api/v1/audit?entity=policy&q=hotel-checkin&pageSize=5")).JsonAsync();

        Assert.True(page["total"]!.GetValue<int>() >= 1);
        var newest = page["items"]![0]!;
        Assert.Equal("policy", newest["entity"]!.GetValue<string>());
        Assert.Equal("hotel-checkin", newest["entityKey"]!.GetValue<string>());
        Assert.Contains("修订", newest["after"]!.GetValue<string>());
        var none = await (await admin.GetAsync("/api/v1/audit?entity=calendar&q=hotel-checkin")).JsonAsync();
        Assert.Equal(0, none["total"]!.GetValue<int>());
    }

    [SkippableTheory]
    [InlineData("from=yesterday")]
    [InlineData("page=0")]
    [InlineData("pageSize=1000")]
    public async Task Bad_parameters_are_400(string query)
    {
        app.Require();
        var response = await app.Api().GetAsync($"/api/v1/audit?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task Only_administrators_read_the_audit_log()
    {
        app.Require();
        var response = await app.Api("head").GetAsync("/api/v1/audit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

public sealed class AuditApiSqliteTests(SqliteApp app) : AuditApiTests(app), IClassFixture<SqliteApp>;

public sealed class AuditApiPostgresTests(PostgresApp app) : AuditApiTests(app), IClassFixture<PostgresApp>;
