using System.Net;
using GuestLoop.Web.Tests.Features.Compensation;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Workspace;

/// <summary>The new-case form labels each field for what it takes: the date picker asks for a date, the place has its own field.</summary>
public sealed class NewCasePageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_date_field_asks_for_the_date_and_the_place_is_a_field_of_its_own()
    {
        var browser = await app.SignInAsync("clerk");

        var response = await browser.GetAsync("/cases/new");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("发生日期", html);
        Assert.Contains(">地点<", html);
        Assert.DoesNotContain("发生时间/地点", html);
    }

    [Fact]
    public async Task In_English_the_date_and_the_place_have_labels_of_their_own_too()
    {
        var browser = await app.SignInAsync("clerk");
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var html = await browser.GetStringAsync("/cases/new");

        Assert.Contains("Date it happened", html);
        Assert.Contains(">Place<", html);
        Assert.DoesNotContain("When and where", html);
    }
}
