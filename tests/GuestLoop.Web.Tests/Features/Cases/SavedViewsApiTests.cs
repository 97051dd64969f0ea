using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Cases;

/// <summary>Saved views: personal ones stay their owner's, shared ones reach the property's staff, only owner or administrator edits.</summary>
public abstract class SavedViewsApiTests(GuestLoopApp app)
{
    private async Task<Guid> PropertyIdAsync(string code)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        return await db.Properties.Where(p => p.Code == code).Select(p => p.Id).SingleAsync();
    }

    private async Task<JsonNode> CreateAsync(string user, object body)
    {
        var response = await app.Api(user).PostJsonAsync("/api/v1/saved-views", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private async Task<List<string>> NamesAsync(string user) =>
        (await (await app.Api(user).GetAsync("/api/v1/saved-views")).JsonAsync()).AsArray().Select(v => v!["name"]!.GetValue<string>()).ToList();

    [SkippableFact]
    public async Task A_personal_view_is_its_owners_and_a_shared_one_reaches_the_staff_of_its_property_only()
    {
        app.Require();
        var hotel = await PropertyIdAsync("DEMO-HOTEL");
        var personal = "我的超时 " + Guid.NewGuid().ToString("N")[..6];
        var shared = "前厅待分派 " + Guid.NewGuid().ToString("N")[..6];

        var mine = await CreateAsync("agent", new { name = personal, query = "?view=overdue&sort=urgency" });
        await CreateAsync("agent", new { name = shared, query = "view=unassigned&property=DEMO-HOTEL", shared = true, propertyId = hotel });

        Assert.Equal(("view=overdue&sort=urgency", "/cases?view=overdue&sort=urgency"), (mine["query"]!.GetValue<string>(), mine["url"]!.GetValue<string>()));
        Assert.Contains(personal, await NamesAsync("agent"));
        Assert.DoesNotContain(personal, await NamesAsync("clerk"));
        Assert.Contains(shared, await NamesAsync("clerk"));
        Assert.DoesNotContain(shared, await NamesAsync("ranger"));
        var id = mine["id"]!.GetValue<Guid>();
        Assert.Equal(HttpStatusCode.NotFound, (await app.Api("clerk").GetAsync($"/api/v1/saved-views/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Api("agent").GetAsync($"/api/v1/saved-views/{id}")).StatusCode);
    }

    [SkippableFact]
    public async Task Only_the_owner_or_an_administrator_changes_a_shared_view()
    {
        app.Require();
        var hotel = await PropertyIdAsync("DEMO-HOTEL");
        var view = await CreateAsync("agent", new { name = "共享 " + Guid.NewGuid().ToString("N")[..6], query = "view=open", shared = true, propertyId = hotel });
        var id = view["id"]!.GetValue<Guid>();
        var renamed = new { name = "改名", query = "view=open", shared = true, propertyId = hotel };

        var byClerk = await app.Api("clerk").PutAsJsonAsync($"/api/v1/saved-views/{id}", renamed);
        var deleteByClerk = await app.Api("clerk").DeleteAsync($"/api/v1/saved-views/{id}");
        var byRanger = await app.Api("ranger").DeleteAsync($"/api/v1/saved-views/{id}");
        var byAdmin = await app.Api("admin").PutAsJsonAsync($"/api/v1/saved-views/{id}", renamed);
        var deleteByOwner = await app.Api("agent").DeleteAsync($"/api/v1/saved-views/{id}");

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.NoContent],
            new[] { byClerk.StatusCode, deleteByClerk.StatusCode, byRanger.StatusCode, byAdmin.StatusCode, deleteByOwner.StatusCode });
        Assert.Equal("改名", (await byAdmin.JsonAsync())["name"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await app.Api("agent").GetAsync($"/api/v1/saved-views/{id}")).StatusCode);
    }

    [SkippableFact]
    public async Task Bad_input_gives_field_errors()
    {
        app.Require();
        var response = await app.Api("ranger").PostJsonAsync("/api/v1/saved-views", new { name = " ", query = "view=nope&sort=sideways" });
        var notHers = await app.Api("clerk").PostJsonAsync("/api/v1/saved-views", new { name = "x", query = "", shared = true });
        var otherProperty = await app.Api("ranger").PostJsonAsync("/api/v1/saved-views",
            new { name = "x", query = "", shared = true, propertyId = await PropertyIdAsync("DEMO-HOTEL") });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        Assert.Equal(["name", "query.sort", "query.view"], errors.Select(e => e.Key).Order());
        Assert.Equal(HttpStatusCode.BadRequest, notHers.StatusCode);
        Assert.NotNull((await notHers.JsonAsync())["errors"]!["propertyId"]);
        Assert.Equal(HttpStatusCode.BadRequest, otherProperty.StatusCode);
        Assert.NotNull((await otherProperty.JsonAsync())["errors"]!["propertyId"]);
    }
}

public sealed class SavedViewsApiSqliteTests(SqliteApp app) : SavedViewsApiTests(app), IClassFixture<SqliteApp>;

public sealed class SavedViewsApiPostgresTests(PostgresApp app) : SavedViewsApiTests(app), IClassFixture<PostgresApp>;
