using System.Net;
using System.Text;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace GuestLoop.Web.Tests.Features.Cases;

/// <summary>The integration API contract of POST/GET /api/v1/cases, run once per database provider.</summary>
public abstract class CasesApiTests(GuestLoopApp app)
{
    [SkippableFact]
    public async Task Create_answers_201_with_location_and_the_case()
    {
        app.Require();
        var response = await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.JsonAsync();
        var id = json["id"]!.GetValue<Guid>();
        Assert.Equal($"/api/v1/cases/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal("complaint", json["kind"]!.GetValue<string>());
        Assert.Equal("phone", json["channel"]!.GetValue<string>());
        Assert.Equal("DEMO-HOTEL", json["property"]!.GetValue<string>());
        Assert.Equal("received", json["status"]!.GetValue<string>());
        Assert.Equal("客房空调不制冷", json["title"]!.GetValue<string>());
        Assert.StartsWith("DEMO-HOTEL-", json["number"]!.GetValue<string>());
        Assert.NotNull(json["receivedAt"]);
        Assert.NotNull(json["category"]);
        Assert.NotNull(json["severity"]);
        var deadlines = json["deadlines"]!.AsArray();
        Assert.Contains(deadlines, d => d!["stage"]!.GetValue<string>() == "response");
        Assert.All(deadlines, d => Assert.NotNull(d!["dueAt"]));
    }

    [SkippableFact]
    public async Task Tourism_standard_deadlines_are_24_and_72_hours_from_receipt()
    {
        app.Require();
        var receivedAt = new DateTimeOffset(2026, 9, 30, 10, 0, 0, TimeSpan.FromHours(8));
        var body = new
        {
            kind = "complaint", channel = "web", property = "DEMO-HOTEL", title = "早餐品种少", description = "国庆前一天早餐只有三种。",
            receivedAt = receivedAt.ToString("O"),
        };
        var json = await (await app.Api().PostJsonAsync("/api/v1/cases", body)).JsonAsync();

        var due = json["deadlines"]!.AsArray().ToDictionary(d => d!["stage"]!.GetValue<string>(), d => d!["dueAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(receivedAt.AddHours(24), due["response"]);
        Assert.Equal(receivedAt.AddHours(72), due["resolution"]);
    }

    [SkippableFact]
    public async Task Get_returns_the_case_with_its_history()
    {
        app.Require();
        var api = app.Api();
        var created = await (await api.PostJsonAsync("/api/v1/cases", JsonBodies.Complaint("走廊噪音"))).JsonAsync();
        var id = created["id"]!.GetValue<Guid>();

        var response = await api.GetAsync($"/api/v1/cases/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal(id, json["id"]!.GetValue<Guid>());
        var history = json["history"]!.AsArray();
        var first = Assert.Single(history);
        Assert.Equal("receive", first!["action"]!.GetValue<string>());
        Assert.NotNull(first["at"]);
        Assert.NotNull(first["actor"]);
    }

    [SkippableFact]
    public async Task Unknown_case_is_404_problem()
    {
        app.Require();
        var response = await app.Api().GetAsync($"/api/v1/cases/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task List_filters_by_status_kind_property_and_text_and_pages()
    {
        app.Require();
        var api = app.Api();
        var marker = "标记" + Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < 3; i++)
        {
            await api.PostJsonAsync("/api/v1/cases", JsonBodies.Complaint($"{marker} 第{i}件", "DEMO-SCENIC"));
        }

        var page = await (await api.GetAsync($"/api/v1/cases?q={marker}&kind=complaint&status=received&property=DEMO-SCENIC&page=1&pageSize=2")).JsonAsync();

        Assert.Equal(3, page["total"]!.GetValue<int>());
        Assert.Equal(2, page["items"]!.AsArray().Count);
        Assert.All(page["items"]!.AsArray(), c => Assert.Contains(marker, c!["title"]!.GetValue<string>()));
        var second = await (await api.GetAsync($"/api/v1/cases?q={marker}&page=2&pageSize=2")).JsonAsync();
        Assert.Single(second["items"]!.AsArray());
        var none = await (await api.GetAsync($"/api/v1/cases?q={marker}&property=DEMO-HOTEL")).JsonAsync();
        Assert.Equal(0, none["total"]!.GetValue<int>());
    }

    [SkippableFact]
    public async Task A_list_longer_than_the_count_cap_reports_the_cap_as_a_lower_bound()
    {
        app.Require();
        using var capped = app.WithWebHostBuilder(b => b.UseSetting("GuestLoop:Lists:CountCap", "3"));
        var client = capped.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", GuestLoopApp.AdminKey);

        var exact = await (await app.Api().GetAsync("/api/v1/cases?pageSize=2")).JsonAsync();
        var first = await (await client.GetAsync("/api/v1/cases?pageSize=2")).JsonAsync();
        var second = await (await client.GetAsync("/api/v1/cases?pageSize=2&page=2")).JsonAsync();

        Assert.True(exact["total"]!.GetValue<int>() > 3);
        Assert.False(exact["totalIsLowerBound"]!.GetValue<bool>());
        Assert.Equal(3, first["total"]!.GetValue<int>());
        Assert.True(first["totalIsLowerBound"]!.GetValue<bool>());
        Assert.Equal(2, first["items"]!.AsArray().Count);
        Assert.Equal(2, second["items"]!.AsArray().Count);
        Assert.True(second["totalIsLowerBound"]!.GetValue<bool>());
    }

    [SkippableFact]
    public async Task Idempotency_key_returns_the_first_result_and_creates_nothing_new()
    {
        app.Require();
        var api = app.Api();
        var key = Guid.NewGuid().ToString();
        var marker = "幂等" + Guid.NewGuid().ToString("N")[..6];
        HttpResponseMessage Send()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases")
            {
                Content = System.Net.Http.Json.JsonContent.Create(JsonBodies.Complaint(marker)),
            };
            request.Headers.Add("Idempotency-Key", key);
            return api.SendAsync(request).GetAwaiter().GetResult();
        }

        var first = await Send().JsonAsync();
        var retry = Send();
        var second = await retry.JsonAsync();

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first["id"]!.GetValue<Guid>(), second["id"]!.GetValue<Guid>());
        var list = await (await api.GetAsync($"/api/v1/cases?q={marker}")).JsonAsync();
        Assert.Equal(1, list["total"]!.GetValue<int>());
    }

    [SkippableTheory]
    [InlineData("{\"kind\":\"complaint\",", "")]
    [InlineData("{\"kind\":\"complaint\",\"channel\":\"phone\",\"property\":\"DEMO-HOTEL\",\"description\":\"x\"}", "title")]
    [InlineData("{\"kind\":\"grumble\",\"channel\":\"phone\",\"property\":\"DEMO-HOTEL\",\"title\":\"t\",\"description\":\"x\"}", "kind")]
    [InlineData("{\"kind\":\"complaint\",\"channel\":\"fax\",\"property\":\"DEMO-HOTEL\",\"title\":\"t\",\"description\":\"x\"}", "channel")]
    [InlineData("{\"kind\":\"complaint\",\"channel\":\"phone\",\"property\":\"NOWHERE\",\"title\":\"t\",\"description\":\"x\"}", "property")]
    [InlineData("{\"kind\":\"complaint\",\"channel\":\"phone\",\"property\":\"DEMO-HOTEL\",\"title\":\"t\",\"description\":\"\"}", "description")]
    [InlineData("{\"kind\":\"complaint\",\"channel\":\"phone\",\"property\":\"DEMO-HOTEL\",\"title\":\"t\",\"description\":\"x\",\"occurredAt\":\"yesterday\"}", "occurredAt")]
    [InlineData("{\"kind\":\"complaint\",\"channel\":\"phone\",\"property\":\"DEMO-HOTEL\",\"title\":\"t\",\"description\":\"x\",\"customer\":{\"email\":\"nope\"}}", "customer.email")]
    public async Task Bad_input_is_400_problem_with_field_errors_and_creates_nothing(string body, string field)
    {
        app.Require();
        var api = app.Api();
        var before = (await (await api.GetAsync("/api/v1/cases?pageSize=1")).JsonAsync())["total"]!.GetValue<int>();

        var response = await api.PostAsync("/api/v1/cases", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field.Length > 0)
        {
            var errors = (await response.JsonAsync())["errors"]!.AsObject();
            Assert.True(errors.ContainsKey(field), $"expected an error for '{field}', got {errors.ToJsonString()}");
        }

        var after = (await (await api.GetAsync("/api/v1/cases?pageSize=1")).JsonAsync())["total"]!.GetValue<int>();
        Assert.Equal(before, after);
    }

    [SkippableFact]
    public async Task Unknown_property_error_names_it()
    {
        app.Require();
        var response = await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint(property: "ATLANTIS-9"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ATLANTIS-9", (await response.JsonAsync())["errors"]!["property"]![0]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task Body_over_one_mebibyte_is_413()
    {
        app.Require();
        var huge = new string('长', 700_000);
        var response = await app.Api().PostJsonAsync("/api/v1/cases", new { kind = "complaint", channel = "web", property = "DEMO-HOTEL", title = "t", description = huge });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [SkippableTheory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Missing_or_wrong_key_is_401_problem(string? key)
    {
        app.Require();
        var client = app.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        var response = await client.PostJsonAsync("/api/v1/cases", JsonBodies.Complaint());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task Text_is_stored_as_given()
    {
        app.Require();
        var title = "<script>alert('x')</script> & 退款";
        var json = await (await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint(title))).JsonAsync();

        Assert.Equal(title, json["title"]!.GetValue<string>());
    }
}

public sealed class CasesApiSqliteTests(SqliteApp app) : CasesApiTests(app), IClassFixture<SqliteApp>;

public sealed class CasesApiPostgresTests(PostgresApp app) : CasesApiTests(app), IClassFixture<PostgresApp>;
