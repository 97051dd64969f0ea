using System.Net;
using System.Text.RegularExpressions;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Admin;

/// <summary>The calendar and policy admin pages render (prerendered) for an administrator and are refused to others.</summary>
public abstract partial class SlaAdminPagesTests(GuestLoopApp app)
{
    private async Task<HttpClient> SignInAsync(string userName)
    {
        var browser = app.Browser();
        var form = await browser.GetStringAsync("/account/login");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["userName"] = userName, ["password"] = "GuestLoop!2026", ["returnUrl"] = "/",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        return browser;
    }

    [SkippableTheory]
    [InlineData("/admin/calendars", "cn")]
    [InlineData("/admin/policies", "scenic-manual")]
    public async Task An_administrator_sees_the_list(string path, string code)
    {
        app.Require();
        var admin = await SignInAsync("admin");

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
        var admin = await SignInAsync("admin");

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
        var agent = await SignInAsync("agent");

        var response = await agent.GetAsync("/admin/calendars");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location!.OriginalString);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

public sealed class SlaAdminPagesSqliteTests(SqliteApp app) : SlaAdminPagesTests(app), IClassFixture<SqliteApp>;

public sealed class SlaAdminPagesPostgresTests(PostgresApp app) : SlaAdminPagesTests(app), IClassFixture<PostgresApp>;
