using System.Net;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Intake;

/// <summary>The integrations and import pages render (prerendered) for an administrator and are refused to others.</summary>
public abstract class IntakePagesTests(GuestLoopApp app)
{
    [SkippableFact]
    public async Task The_integrations_page_lists_the_platforms_with_their_webhook_address()
    {
        app.Require();
        var platform = await WebhookClient.CreateAsync(app, "regulator-12301");
        var admin = await app.SignedInAsync("admin");

        var html = await admin.GetStringAsync("/admin/integrations?culture=zh-CN");

        Assert.Contains($"/api/v1/webhooks/{platform.Id}", html);
        Assert.Contains("12301 全国旅游投诉举报平台", html);
        Assert.DoesNotContain(platform.Secret, html);
    }

    [SkippableFact]
    public async Task The_import_page_opens_for_an_administrator()
    {
        app.Require();
        var admin = await app.SignedInAsync("admin");

        var response = await admin.GetAsync("/admin/import?culture=en");

        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, html);
        Assert.Contains("Choose a file (.xlsx / .csv)", html);
    }

    [SkippableTheory]
    [InlineData("/admin/integrations")]
    [InlineData("/admin/import")]
    public async Task An_agent_is_refused(string path)
    {
        app.Require();
        var agent = await app.SignedInAsync("agent");

        var response = await agent.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location!.OriginalString);
    }

}

public sealed class IntakePagesSqliteTests(SqliteApp app) : IntakePagesTests(app), IClassFixture<SqliteApp>;

public sealed class IntakePagesPostgresTests(PostgresApp app) : IntakePagesTests(app), IClassFixture<PostgresApp>;
