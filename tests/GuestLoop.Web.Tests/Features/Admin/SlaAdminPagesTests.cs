using System.Net;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Admin;

/// <summary>The calendar and policy admin pages render (prerendered) for an administrator and are refused to others.</summary>
public abstract class SlaAdminPagesTests(GuestLoopApp app)
{
    [SkippableTheory]
    [InlineData("/admin/calendars", "cn")]
    [InlineData("/admin/policies", "scenic-manual")]
    public async Task An_administrator_sees_the_list(string path, string code)
    {
        app.Require();
        var admin = await app.SignedInAsync("admin");

        var response = await admin.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($">{code}<", html);
        Assert.Contains("/admin/calendars", html);
    }

    [SkippableFact]
    public async Task A_calendar_opens_with_its_year_coloured()
    {
        app.Require();
        var admin = await app.SignedInAsync("admin");

        var response = await admin.GetAsync("/admin/calendars?code=cn&year=2026");

        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, html);

        Assert.Contains("gl-day gl-day-holiday\" title=\"春节", html);
        Assert.Contains("gl-day gl-day-adjusted", html);
        Assert.Contains("Asia/Shanghai", html);
    }

    [SkippableFact]
    public async Task An_agent_is_refused()
    {
        app.Require();
        var agent = await app.SignedInAsync("agent");

        var response = await agent.GetAsync("/admin/calendars");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location!.OriginalString);
    }

}

public sealed class SlaAdminPagesSqliteTests(SqliteApp app) : SlaAdminPagesTests(app), IClassFixture<SqliteApp>;

public sealed class SlaAdminPagesPostgresTests(PostgresApp app) : SlaAdminPagesTests(app), IClassFixture<PostgresApp>;
