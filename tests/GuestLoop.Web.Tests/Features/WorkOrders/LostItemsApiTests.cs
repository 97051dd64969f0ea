using System.Net;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.WorkOrders;

/// <summary>The lost-and-found register through the API: registered, moved, matched, returned; never discarded early; scoped and audited.</summary>
public abstract class LostItemsApiTests(GuestLoopApp app)
{
    [SkippableFact]
    public async Task A_found_bag_is_registered_moved_matched_and_returned_with_every_step_kept_and_audited()
    {
        app.Require();
        var desk = app.Api("clerk");
        var created = await desk.PostJsonAsync("/api/v1/lost-items", new
        {
            property = "DEMO-HOTEL", description = "黑色双肩包 " + Guid.NewGuid().ToString("N")[..6], foundAt = "大堂休息区",
            foundOn = DateTimeOffset.UtcNow.AddHours(-1), storedAt = "行李房 A-3",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var item = await created.JsonAsync();
        var id = item["id"]!.GetValue<Guid>();
        Assert.Equal(item["foundOn"]!.GetValue<DateTimeOffset>().AddDays(90), item["keepUntil"]!.GetValue<DateTimeOffset>());

        var early = await desk.PostJsonAsync($"/api/v1/lost-items/{id}/discard", new { how = "捐赠" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await desk.PostJsonAsync($"/api/v1/lost-items/{id}/move", new { storedAt = "保险柜" })).StatusCode);
        var unknownGuest = await desk.PostJsonAsync($"/api/v1/lost-items/{id}/match", new { guestId = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, unknownGuest.StatusCode);
        // A guest the desk may see (the first stored guest may be another property's: the database's order is not fixed).
        var listed = await (await desk.GetAsync("/api/v1/guests")).JsonAsync();
        var guest = ((listed as System.Text.Json.Nodes.JsonArray) ?? listed["items"]!.AsArray())[0]!["id"]!.GetValue<Guid>();
        Assert.Equal(HttpStatusCode.OK, (await desk.PostJsonAsync($"/api/v1/lost-items/{id}/match", new { guestId = guest })).StatusCode);
        var noOne = await desk.PostJsonAsync($"/api/v1/lost-items/{id}/return", new { receivedBy = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noOne.StatusCode);
        var returned = await (await desk.PostJsonAsync($"/api/v1/lost-items/{id}/return", new { receivedBy = "王芳（本人，已核对证件）" })).JsonAsync();

        Assert.Equal(("returned", "保险柜", guest), (returned["state"]!.GetValue<string>(), returned["storedAt"]!.GetValue<string>(),
            returned["guestId"]!.GetValue<Guid>()));
        Assert.Equal(4, returned["entries"]!.AsArray().Count);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var actions = await scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>().AuditLog
                .Where(e => e.Entity == "lost-item" && e.EntityKey == id.ToString()).Select(e => e.Action).ToListAsync();
            Assert.Equal(["lost-item.match", "lost-item.move", "lost-item.register", "lost-item.return"], actions.Order());
        }

        Assert.Equal(HttpStatusCode.NotFound, (await app.Api("ranger").GetAsync($"/api/v1/lost-items/{id}")).StatusCode);
        Assert.DoesNotContain((await (await app.Api("ranger").GetAsync("/api/v1/lost-items")).JsonAsync()).AsArray(), i => i!["id"]!.GetValue<Guid>() == id);
    }

    [SkippableFact]
    public async Task A_registration_without_what_and_where_or_found_in_the_future_is_refused_and_saves_nothing()
    {
        app.Require();
        var bad = await app.Api("clerk").PostJsonAsync("/api/v1/lost-items", new
        {
            property = "DEMO-HOTEL", description = " ", foundAt = new string('长', 501), foundOn = DateTimeOffset.UtcNow.AddDays(1), retentionDays = 0,
        });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["description", "foundAt", "foundOn", "retentionDays", "storedAt"],
            (await bad.JsonAsync())["errors"]!.AsObject().Select(e => e.Key).Order());
    }
}

public sealed class LostItemsApiSqliteTests(SqliteApp app) : LostItemsApiTests(app), IClassFixture<SqliteApp>;

public sealed class LostItemsApiPostgresTests(PostgresApp app) : LostItemsApiTests(app), IClassFixture<PostgresApp>;
