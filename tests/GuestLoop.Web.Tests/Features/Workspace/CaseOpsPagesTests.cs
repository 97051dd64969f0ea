using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Workspace;

/// <summary>The duplicates and praise panels, My channels, the recognition feed and the channel owners page render (prerendered) for staff.</summary>
public abstract class CaseOpsPagesTests(GuestLoopApp app)
{
    private async Task<JsonNode> CreateAsync(object body)
    {
        var response = await app.Api().PostJsonAsync("/api/v1/cases", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private async Task<string> PageAsync(string user, string path)
    {
        var response = await (await app.SignedInAsync(user)).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [SkippableFact]
    public async Task Both_case_pages_show_the_duplicate_and_the_survivor_shows_the_merged_history()
    {
        app.Require();
        var phone = "137" + Random.Shared.Next(10_000_000, 99_999_999);
        var earlier = await CreateAsync(new { kind = "complaint", channel = "phone", property = "DEMO-HOTEL", title = "房卡多次失效", description = "房卡一天内失效三次", customer = new { phone } });
        var newer = await CreateAsync(new { kind = "complaint", channel = "social", property = "DEMO-HOTEL", title = "房卡失效", description = "房卡一天内失效三次，很不方便", customer = new { phone } });
        var (earlierNumber, newerNumber) = (earlier["number"]!.GetValue<string>(), newer["number"]!.GetValue<string>());

        Assert.Contains(newerNumber, await PageAsync("head", $"/cases/{earlier["id"]}"));
        var newerPage = await PageAsync("head", $"/cases/{newer["id"]}");
        Assert.Contains(earlierNumber, newerPage);
        Assert.Contains("merge-duplicate", newerPage);

        var merged = await app.Api("head").PostJsonAsync($"/api/v1/cases/{newer["id"]}/merge", new { into = earlierNumber });
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);

        var survivor = await PageAsync("head", $"/cases/{earlier["id"]}");
        Assert.Contains($"data-history-source=\"{newerNumber}\"", survivor);
        Assert.Contains("merged-case", survivor);
        Assert.Contains("merged-into", await PageAsync("head", $"/cases/{newer["id"]}"));
    }

    [SkippableFact]
    public async Task The_recognition_feed_and_the_praise_panel_show_the_staff_praised()
    {
        app.Require();
        var praise = await CreateAsync(new
        {
            kind = "praise", channel = "web", property = "DEMO-HOTEL", title = "礼宾员热情周到", description = "帮忙叫车并送上雨伞",
            praisedStaffIds = new[] { await app.StaffIdAsync("agent") },
        });
        var number = praise["number"]!.GetValue<string>();
        Assert.Contains("data-testid=\"recognise\"", await PageAsync("clerk", $"/cases/{praise["id"]}"));
        Assert.DoesNotContain(number, await PageAsync("clerk", "/recognition"));

        await app.Api("clerk").PostJsonAsync($"/api/v1/cases/{praise["id"]}/recognise", new { });

        var feed = await PageAsync("clerk", "/recognition");
        Assert.Contains(number, feed);
        Assert.Contains("李娜", feed);
        Assert.DoesNotContain(number, await PageAsync("ranger", "/recognition"));
        Assert.Contains("data-testid=\"recognised\"", await PageAsync("clerk", $"/cases/{praise["id"]}"));
    }

    [SkippableFact]
    public async Task My_channels_lists_the_owned_channel_with_its_cases_and_the_admin_page_renders()
    {
        app.Require();
        var agent = await app.StaffIdAsync("agent");
        var saved = await app.Api().PutAsJsonAsync("/api/v1/properties/DEMO-HOTEL/channel-owners",
            new { owners = new[] { new { channel = "platform", staffId = agent } } }, JsonSerializerOptions.Web);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var c = await CreateAsync(new { kind = "complaint", channel = "platform", property = "DEMO-HOTEL", title = "OTA差评：隔音差", description = "携程点评说隔音差" });

        var page = await PageAsync("agent", "/my-channels");

        Assert.Contains("data-channel=\"Platform\"", page);
        Assert.Contains(c["number"]!.GetValue<string>(), page);
        Assert.DoesNotContain("data-channel=", await PageAsync("manager", "/my-channels"));
        Assert.Contains("data-channel=\"Platform\"", await PageAsync("admin", "/admin/channel-owners"));
    }
}

public sealed class CaseOpsPagesSqliteTests(SqliteApp app) : CaseOpsPagesTests(app), IClassFixture<SqliteApp>;

public sealed class CaseOpsPagesPostgresTests(PostgresApp app) : CaseOpsPagesTests(app), IClassFixture<PostgresApp>;
