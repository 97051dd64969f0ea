using System.Net;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Supervision;

/// <summary>The improvement, supervision and library pages render (prerendered) for signed-in staff.</summary>
public abstract class SupervisionPagesTests(GuestLoopApp app)
{

    [SkippableTheory]
    [InlineData("head", "/improvement", "improvement-list")]
    [InlineData("head", "/supervision", "月度抽查")]
    [InlineData("clerk", "/supervision", "反映问题")]
    [InlineData("clerk", "/library", "从案件编写案例")]
    public async Task The_page_renders_for_staff(string userName, string path, string text)
    {
        app.Require();
        var browser = await app.SignedInAsync(userName);

        var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(text, await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Only_the_office_gets_the_sample_tab()
    {
        app.Require();
        var html = await (await (await app.SignedInAsync("clerk")).GetAsync("/supervision")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("月度抽查", html);
    }
}

public sealed class SupervisionPagesSqliteTests(SqliteApp app) : SupervisionPagesTests(app), IClassFixture<SqliteApp>;

public sealed class SupervisionPagesPostgresTests(PostgresApp app) : SupervisionPagesTests(app), IClassFixture<PostgresApp>;
