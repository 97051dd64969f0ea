using System.Net;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Account;

public abstract class PlatformTests(GuestLoopApp app)
{
    [SkippableFact]
    public async Task Healthz_answers_once_the_database_does()
    {
        app.Require();
        var response = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [SkippableFact]
    public async Task The_openapi_document_describes_cases_transitions_and_calendars()
    {
        app.Require();
        var doc = await (await app.CreateClient().GetAsync("/openapi/v1.json")).JsonAsync();
        var paths = doc["paths"]!.AsObject();

        Assert.True(paths.ContainsKey("/api/v1/cases"));
        Assert.True(paths.ContainsKey("/api/v1/cases/{id}"));
        Assert.True(paths.ContainsKey("/api/v1/cases/{id}/approve-plan"));
        Assert.True(paths.ContainsKey("/api/v1/calendars/{code}/due"));
        var reference = await app.CreateClient().GetAsync("/api/docs");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }

    [SkippableFact]
    public async Task The_workspace_asks_anonymous_visitors_to_sign_in()
    {
        app.Require();
        var response = await app.Browser().GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString);
    }
}

public sealed class PlatformSqliteTests(SqliteApp app) : PlatformTests(app), IClassFixture<SqliteApp>;

public sealed class PlatformPostgresTests(PostgresApp app) : PlatformTests(app), IClassFixture<PostgresApp>;
