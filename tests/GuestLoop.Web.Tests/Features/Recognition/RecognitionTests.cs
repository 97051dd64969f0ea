using System.Net;
using System.Text.Json.Nodes;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Recognition;

/// <summary>Praise naming staff: recognised once, each named staff member notified once, on the feed of its property only, in time or late.</summary>
public abstract class RecognitionTests(GuestLoopApp app)
{
    private async Task<HttpResponseMessage> PraiseAsync(object? praisedStaffIds, string? receivedAt = null, string kind = "praise",
        string property = "DEMO-HOTEL") =>
        await app.Api().PostJsonAsync("/api/v1/cases", new
        {
            kind, channel = "web", property, title = "感谢客房服务", description = "房间打扫得一尘不染，服务员非常热情",
            customer = new { name = "陈女士" }, praisedStaffIds, praisedNames = "早餐厅的小王", receivedAt,
        });

    private async Task<JsonNode> CreatedAsync(object? praisedStaffIds, string? receivedAt = null)
    {
        var response = await PraiseAsync(praisedStaffIds, receivedAt);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private async Task<int> PraisedNoticesAsync(string user, Guid caseId) =>
        (await (await app.Api(user).GetAsync("/api/v1/notifications")).JsonAsync()).AsArray()
        .Count(n => n!["caseId"]!.GetValue<Guid>() == caseId && n["event"]!.GetValue<string>() == "praised");

    private static JsonNode Recognition(JsonNode c) =>
        c["deadlines"]!.AsArray().Single(d => d!["stage"]!.GetValue<string>() == "recognition")!;

    [SkippableFact]
    public async Task Each_named_staff_member_is_notified_once_when_the_praise_is_recognised()
    {
        app.Require();
        var praise = await CreatedAsync(new[] { await app.StaffIdAsync("agent"), await app.StaffIdAsync("clerk") });
        var id = praise["id"]!.GetValue<Guid>();
        Assert.Equal(["李娜", "赵敏"], praise["praise"]!["staff"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()[..2]).ToList());
        Assert.Equal(0, await PraisedNoticesAsync("agent", id));

        var first = await app.Api("head").PostJsonAsync($"/api/v1/cases/{id}/recognise", new { note = "部门例会通报" });
        var second = await app.Api("head").PostJsonAsync($"/api/v1/cases/{id}/recognise", new { });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict), (first.StatusCode, second.StatusCode));
        Assert.Equal((1, 1, 0), (await PraisedNoticesAsync("agent", id), await PraisedNoticesAsync("clerk", id), await PraisedNoticesAsync("head", id)));
        var recognised = await first.JsonAsync();
        Assert.NotNull(recognised["praise"]!["recognisedAt"]);
        Assert.Equal("recognise", recognised["history"]!.AsArray()[^1]!["action"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task The_feed_shows_recognised_praise_to_staff_of_its_property_only()
    {
        app.Require();
        var id = (await CreatedAsync(new[] { await app.StaffIdAsync("agent") }))["id"]!.GetValue<Guid>();
        var pending = (await CreatedAsync(new[] { await app.StaffIdAsync("agent") }))["id"]!.GetValue<Guid>();
        await app.Api("head").PostJsonAsync($"/api/v1/cases/{id}/recognise", new { });

        var clerkFeed = (await (await app.Api("clerk").GetAsync("/api/v1/recognition?property=DEMO-HOTEL")).JsonAsync()).AsArray();
        var rangerFeed = (await (await app.Api("ranger").GetAsync("/api/v1/recognition")).JsonAsync()).AsArray();
        var rangerHotel = await app.Api("ranger").GetAsync("/api/v1/recognition?property=DEMO-HOTEL");

        var item = Assert.Single(clerkFeed, i => i!["caseId"]!.GetValue<Guid>() == id)!;
        Assert.Equal("早餐厅的小王", item["names"]!.GetValue<string>());
        Assert.DoesNotContain(clerkFeed, i => i!["caseId"]!.GetValue<Guid>() == pending);
        Assert.DoesNotContain(rangerFeed, i => i!["property"]!.GetValue<string>() == "DEMO-HOTEL");
        Assert.Equal(HttpStatusCode.NotFound, rangerHotel.StatusCode);
    }

    [SkippableFact]
    public async Task Recognised_in_time_meets_the_deadline_and_recognised_late_misses_it()
    {
        app.Require();
        var agent = await app.StaffIdAsync("agent");
        var fresh = (await CreatedAsync(new[] { agent }))["id"]!.GetValue<Guid>();
        var old = (await CreatedAsync(new[] { agent }, DateTimeOffset.UtcNow.AddDays(-15).ToString("O")))["id"]!.GetValue<Guid>();

        var inTime = await (await app.Api("clerk").PostJsonAsync($"/api/v1/cases/{fresh}/recognise", new { })).JsonAsync();
        var late = await (await app.Api("clerk").PostJsonAsync($"/api/v1/cases/{old}/recognise", new { })).JsonAsync();

        Assert.Equal((false, true), (Recognition(inTime)["breached"]!.GetValue<bool>(), Recognition(late)["breached"]!.GetValue<bool>()));
        Assert.NotNull(Recognition(inTime)["metAt"]);
        Assert.NotNull(Recognition(late)["metAt"]);
    }

    [SkippableFact]
    public async Task Praised_staff_must_be_of_the_property_and_only_a_praise_names_staff()
    {
        app.Require();

        var outside = await PraiseAsync(new[] { await app.StaffIdAsync("ranger") });
        var unknown = await PraiseAsync(new[] { Guid.NewGuid() });
        var complaint = await PraiseAsync(new[] { await app.StaffIdAsync("agent") }, kind: "complaint");
        var recogniseComplaint = await app.Api().PostJsonAsync(
            $"/api/v1/cases/{(await (await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint())).JsonAsync())["id"]}/recognise", new { });
        var missing = await app.Api().PostJsonAsync($"/api/v1/cases/{Guid.NewGuid()}/recognise", new { });

        foreach (var bad in new[] { outside, unknown, complaint })
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.True((await bad.JsonAsync())["errors"]!.AsObject().ContainsKey("praisedStaffIds"));
        }

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.NotFound), (recogniseComplaint.StatusCode, missing.StatusCode));
    }
}

public sealed class RecognitionSqliteTests(SqliteApp app) : RecognitionTests(app), IClassFixture<SqliteApp>;

public sealed class RecognitionPostgresTests(PostgresApp app) : RecognitionTests(app), IClassFixture<PostgresApp>;
