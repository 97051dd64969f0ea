using System.Net;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Cases;

/// <summary>A deadline reads the same on create, read and list: in the property's offset, with its zone named.</summary>
public abstract class DeadlineOffsetTests(GuestLoopApp app)
{
    // PostgreSQL keeps instants to the microsecond, so a deadline read back may have lost the last digit of its ticks.
    private static IEnumerable<string> Forms(System.Text.Json.Nodes.JsonNode @case) =>
        @case["deadlines"]!.AsArray().SelectMany(d => new[] { Form(d!["startedAt"]!), Form(d["dueAt"]!), d["timeZone"]!.GetValue<string>() });

    private static string Form(System.Text.Json.Nodes.JsonNode instant)
    {
        var at = DateTimeOffset.Parse(instant.GetValue<string>());
        return $"{at.AddTicks(-(at.Ticks % 10)):yyyy-MM-ddTHH:mm:ss.ffffffzzz}";
    }

    [SkippableFact]
    public async Task Deadlines_carry_the_property_offset_on_create_read_and_list()
    {
        app.Require();
        var created = await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint("早餐时间过早结束"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await created.JsonAsync();
        var id = json["id"]!.GetValue<Guid>();
        var onCreate = Forms(json).ToList();

        var onRead = Forms(await (await app.Api().GetAsync($"/api/v1/cases/{id}")).JsonAsync()).ToList();
        var list = (await (await app.Api().GetAsync("/api/v1/cases?pageSize=100")).JsonAsync())["items"]!.AsArray();
        var inList = Forms(list.Single(c => c!["id"]!.GetValue<Guid>() == id)!).ToList();

        Assert.NotEmpty(onCreate);
        Assert.Equal(onCreate, onRead);
        Assert.Equal(onCreate, inList);
        var deadline = json["deadlines"]![0]!;
        Assert.EndsWith("+08:00", deadline["dueAt"]!.GetValue<string>());
        Assert.Equal("Asia/Shanghai", deadline["timeZone"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task The_OpenAPI_description_says_which_offset_a_deadline_carries()
    {
        app.Require();
        var doc = await (await app.Api().GetAsync("/openapi/v1.json")).JsonAsync();
        var schema = doc["components"]!["schemas"]!["DeadlineJson"]!["properties"]!;

        Assert.Contains("offset of the property's time zone", schema["dueAt"]!["description"]!.GetValue<string>());
        Assert.Contains("IANA time zone", schema["timeZone"]!["description"]!.GetValue<string>());
    }
}

public sealed class DeadlineOffsetSqliteTests(SqliteApp app) : DeadlineOffsetTests(app), IClassFixture<SqliteApp>;

public sealed class DeadlineOffsetPostgresTests(PostgresApp app) : DeadlineOffsetTests(app), IClassFixture<PostgresApp>;
