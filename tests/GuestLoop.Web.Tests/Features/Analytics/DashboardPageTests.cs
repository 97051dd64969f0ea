using System.Net;
using GuestLoop.Web.Tests.Features.Compensation;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Analytics;

/// <summary>The dashboard renders its figures for a manager, and the inbox takes a dashboard link's filters.</summary>
public sealed class DashboardPageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_dashboard_shows_the_breakdowns_with_links_to_their_cases()
    {
        var browser = await app.SignInAsync("manager");

        var response = await browser.GetAsync("/dashboard");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("服务分析看板", html);
        Assert.Contains("data-testid=\"links-kind\"", html);
        Assert.Matches("href=\"/cases\\?view=all&amp;from=[^\"]+&amp;kind=complaint\"", html);
    }

    [Fact]
    public async Task The_inbox_shows_that_it_is_filtered_by_a_dashboard_link()
    {
        var browser = await app.SignInAsync("manager");

        var html = await browser.GetStringAsync("/cases?view=all&from=2018-12-31T16:00:00Z&to=2019-01-31T16:00:00Z&category=facility");

        Assert.Contains("data-testid=\"inbox-drill\"", html);
        // In words: the category by name and the period as local dates (Beijing), the exclusive end shown as its last day.
        Assert.Contains("类别：设施设备", html);
        Assert.Contains("2019-01-01 至 2019-01-31", html);
        Assert.DoesNotContain("category=facility</", html);
    }
}
