using System.Net;
using System.Text.RegularExpressions;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Supervision;

/// <summary>The improvement, supervision and library pages render (prerendered) for signed-in staff.</summary>
public abstract partial class SupervisionPagesTests(GuestLoopApp app)
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

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
        return browser;
    }

    [SkippableTheory]
    [InlineData("head", "/improvement", "improvement-list")]
    [InlineData("head", "/supervision", "月度抽查")]
    [InlineData("clerk", "/supervision", "反映问题")]
    [InlineData("clerk", "/library", "从案件编写案例")]
    public async Task The_page_renders_for_staff(string userName, string path, string text)
    {
        app.Require();
        var browser = await SignInAsync(userName);

        var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(text, await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Only_the_office_gets_the_sample_tab()
    {
        app.Require();
        var html = await (await (await SignInAsync("clerk")).GetAsync("/supervision")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("月度抽查", html);
    }
}

public sealed class SupervisionPagesSqliteTests(SqliteApp app) : SupervisionPagesTests(app), IClassFixture<SqliteApp>;

public sealed class SupervisionPagesPostgresTests(PostgresApp app) : SupervisionPagesTests(app), IClassFixture<PostgresApp>;
