using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Organisation;

/// <summary>Channel owners of a property through the API, and the backlog an owner sees of the channels they own.</summary>
public abstract class ChannelOwnersApiTests(GuestLoopApp app)
{
    private const string Url = "/api/v1/properties/DEMO-HOTEL/channel-owners";

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, object body, string url = Url) =>
        client.PutAsJsonAsync(url, body, JsonSerializerOptions.Web);

    private static Guid? OwnerOf(JsonNode list, string channel) =>
        list.AsArray().Single(o => o!["channel"]!.GetValue<string>() == channel)!["staffId"]?.GetValue<Guid>();

    [SkippableFact]
    public async Task An_administrator_sets_owners_every_channel_is_listed_and_the_change_is_audited()
    {
        app.Require();
        var agent = await app.StaffIdAsync("agent");
        var clerk = await app.StaffIdAsync("clerk");

        var saved = await PutAsync(app.Api(), new { owners = new[] { new { channel = "phone", staffId = agent }, new { channel = "email", staffId = clerk } } });

        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var list = await (await app.Api("clerk").GetAsync(Url)).JsonAsync();
        Assert.Equal(Enum.GetNames<Domain.Cases.Channel>().Length, list.AsArray().Count);
        Assert.Equal((agent, clerk, (Guid?)null), (OwnerOf(list, "phone"), OwnerOf(list, "email"), OwnerOf(list, "web")));
        Assert.StartsWith("李娜", list.AsArray().Single(o => o!["channel"]!.GetValue<string>() == "phone")!["staffName"]!.GetValue<string>());

        await PutAsync(app.Api(), new { owners = new[] { new { channel = "phone", staffId = clerk } } });
        var replaced = await (await app.Api().GetAsync(Url)).JsonAsync();
        Assert.Equal((clerk, (Guid?)null), (OwnerOf(replaced, "phone"), OwnerOf(replaced, "email")));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        Assert.True(await db.AuditLog.CountAsync(e => e.Action == "channel-owners.save" && e.EntityKey == "DEMO-HOTEL") >= 2);
    }

    [SkippableFact]
    public async Task Only_administrators_set_owners_and_bad_input_is_400_with_fields()
    {
        app.Require();
        var ranger = await app.StaffIdAsync("ranger");
        var agent = await app.StaffIdAsync("agent");

        var head = await PutAsync(app.Api("head"), new { owners = new[] { new { channel = "phone", staffId = agent } } });
        var bad = await PutAsync(app.Api(), new
        {
            owners = new object[]
            {
                new { channel = "pigeon", staffId = agent }, new { channel = "web", staffId = ranger },
                new { channel = "guide", staffId = agent }, new { channel = "guide", staffId = agent },
            },
        });

        Assert.Equal(HttpStatusCode.Forbidden, head.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["owners[0].channel", "owners[1].staffId", "owners[3].channel"],
            (await bad.JsonAsync())["errors"]!.AsObject().Select(e => e.Key).Order().ToList());
    }

    [SkippableFact]
    public async Task A_property_outside_the_callers_scope_or_unknown_is_404()
    {
        app.Require();

        var ranger = await app.Api("ranger").GetAsync(Url);
        var unknown = await app.Api().GetAsync("/api/v1/properties/NOWHERE/channel-owners");
        var put = await PutAsync(app.Api(), new { owners = Array.Empty<object>() }, "/api/v1/properties/NOWHERE/channel-owners");

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], new[] { ranger.StatusCode, unknown.StatusCode, put.StatusCode });
    }

    [SkippableFact]
    public async Task The_owner_sees_open_and_overdue_cases_of_the_owned_channel_and_the_inbox_filters_by_channel()
    {
        app.Require();
        var ranger = await app.StaffIdAsync("ranger");
        var saved = await PutAsync(app.Api(), new { owners = new[] { new { channel = "guide", staffId = ranger } } }, "/api/v1/properties/DEMO-SCENIC/channel-owners");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var late = await (await app.Api().PostJsonAsync("/api/v1/cases", new
        {
            kind = "complaint", channel = "guide", property = "DEMO-SCENIC", title = "导游擅自增加购物点", description = "行程外增加两个购物点",
            receivedAt = DateTimeOffset.UtcNow.AddDays(-10),
        })).JsonAsync();
        var fresh = await (await app.Api().PostJsonAsync("/api/v1/cases", new
        {
            kind = "suggestion", channel = "guide", property = "DEMO-SCENIC", title = "讲解可以更生动", description = "希望多讲历史故事",
        })).JsonAsync();

        var backlog = (await (await app.Api("ranger").GetAsync("/api/v1/my-channels")).JsonAsync()).AsArray();
        var others = (await (await app.Api("manager").GetAsync("/api/v1/my-channels")).JsonAsync()).AsArray();
        var filtered = await (await app.Api("ranger").GetAsync("/api/v1/cases?channel=guide&pageSize=200")).JsonAsync();
        var badFilter = await app.Api("ranger").GetAsync("/api/v1/cases?channel=pigeon");

        var guide = Assert.Single(backlog)!;
        Assert.Equal(("DEMO-SCENIC", "guide"), (guide["property"]!.GetValue<string>(), guide["channel"]!.GetValue<string>()));
        var cases = guide["cases"]!.AsArray();
        Assert.True(guide["open"]!.GetValue<int>() >= 2 && guide["overdue"]!.GetValue<int>() >= 1);
        Assert.True(cases.Single(c => c!["id"]!.GetValue<Guid>() == late["id"]!.GetValue<Guid>())!["overdue"]!.GetValue<bool>());
        Assert.False(cases.Single(c => c!["id"]!.GetValue<Guid>() == fresh["id"]!.GetValue<Guid>())!["overdue"]!.GetValue<bool>());
        Assert.Empty(others);
        Assert.All(filtered["items"]!.AsArray(), c => Assert.Equal("guide", c!["channel"]!.GetValue<string>()));
        Assert.Contains(filtered["items"]!.AsArray(), c => c!["id"]!.GetValue<Guid>() == late["id"]!.GetValue<Guid>());
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);
    }
}

public sealed class ChannelOwnersApiSqliteTests(SqliteApp app) : ChannelOwnersApiTests(app), IClassFixture<SqliteApp>;

public sealed class ChannelOwnersApiPostgresTests(PostgresApp app) : ChannelOwnersApiTests(app), IClassFixture<PostgresApp>;
