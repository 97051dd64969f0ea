using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Operations;

/// <summary>
/// The inputs the fuzz run answered with 500, or that wiped a list: each is now a 400/404 problem or a page that says
/// why, and nothing is written.
/// </summary>
public abstract class FuzzFindingsTests(GuestLoopApp app)
{
    [SkippableTheory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31T23:59:59Z")]
    [InlineData("1999-12-31T23:59:59Z")]
    public async Task A_receipt_before_2000_or_in_the_future_is_a_400_naming_receivedAt(string receivedAt)
    {
        app.Require();
        var cases = await CountAsync(db => db.Cases);
        var body = JsonSerializer(JsonBodies.Complaint("时间错乱"));
        body["receivedAt"] = receivedAt;

        var response = await app.Api().PostAsync("/api/v1/cases", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["receivedAt"]);
        Assert.Equal(cases, await CountAsync(db => db.Cases));
    }

    [SkippableFact]
    public async Task A_title_of_3000000_characters_is_refused_and_one_over_the_limit_is_a_field_error()
    {
        app.Require();
        var cases = await CountAsync(db => db.Cases);

        var huge = await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint(new string('x', 3_000_000)));
        var tooLong = await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint(new string('x', 201)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.NotNull((await tooLong.JsonAsync())["errors"]!["title"]);
        Assert.Equal(cases, await CountAsync(db => db.Cases));
    }

    [SkippableFact]
    public async Task An_import_sent_as_json_is_a_415_problem()
    {
        app.Require();

        var response = await app.Api().PostJsonAsync("/api/v1/imports", new { property = "DEMO-HOTEL", file = "a.csv" });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("multipart/form-data", (await response.JsonAsync())["detail"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task A_null_channel_owner_is_a_400_and_the_owners_stay()
    {
        app.Require();
        var before = await app.Api("admin").GetStringAsync("/api/v1/properties/DEMO-HOTEL/channel-owners");

        var response = await app.Api("admin").PutAsync("/api/v1/properties/DEMO-HOTEL/channel-owners",
            new StringContent("{\"owners\":[null]}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["owners[0]"]);
        Assert.Equal(before, await app.Api("admin").GetStringAsync("/api/v1/properties/DEMO-HOTEL/channel-owners"));
    }

    [SkippableTheory]
    [InlineData("/api/v1/risk-words", "{\"word\":[\"蟑螂\"]}", "words")]
    [InlineData("/api/v1/risk-words", "{}", "words")]
    [InlineData("/api/v1/triage/keywords", "{\"list\":{\"price\":[\"空调\"]}}", "lists")]
    [InlineData("/api/v1/properties/DEMO-HOTEL/channel-owners", "{\"owner\":[]}", "owners")]
    [InlineData("/api/v1/policies/tourism-standard", "{\"name\":\"旅游标准\",\"rule\":[]}", "rules")]
    public async Task A_put_with_the_list_missing_or_misspelt_is_a_400_and_the_list_stays(string url, string body, string field)
    {
        app.Require();
        var api = app.Api("admin");
        var before = await api.GetStringAsync(url);

        var response = await api.PutAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]![field]);
        Assert.Equal(before, await api.GetStringAsync(url));
    }

    [SkippableFact]
    public async Task Ten_concurrent_requests_with_one_idempotency_key_all_get_the_first_case()
    {
        app.Require();
        var key = Guid.NewGuid().ToString();
        var marker = "并发" + Guid.NewGuid().ToString("N")[..6];
        var cases = await CountAsync(db => db.Cases);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases") { Content = JsonContent.Create(JsonBodies.Complaint(marker)) };
            request.Headers.Add("Idempotency-Key", key);
            var response = await app.Api().SendAsync(request);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.All(responses, r => Assert.True(r.StatusCode == HttpStatusCode.Created, $"{r.StatusCode}: {r.Body}"));
        Assert.Single(responses.Select(r => JsonNode.Parse(r.Body)!["id"]!.GetValue<Guid>()).Distinct());
        Assert.Equal(cases + 1, await CountAsync(db => db.Cases));
    }

    [SkippableTheory]
    [InlineData("/cases?property=DEMO-HOTEL")]
    [InlineData("/cases?property=not-a-property")]
    [InlineData("/admin/calendars?code=cn&year=abc")]
    [InlineData("/admin/calendars?year=abc")]
    public async Task A_workspace_page_with_a_bad_query_value_answers_without_failing(string path)
    {
        app.Require();

        var response = await (await app.SignedInAsync("admin")).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [SkippableFact]
    public async Task No_workspace_page_fails_on_bad_query_values_or_unknown_ids()
    {
        app.Require();
        string[] pages =
        [
            "/", "/admin/api-keys", "/admin/audit", "/admin/calendars", "/admin/channel-owners", "/admin/departments", "/admin/import", "/admin/integrations",
            "/admin/mailboxes", "/admin/policies", "/admin/properties", "/admin/retention", "/admin/risk-words", "/admin/sms", "/admin/staff",
            "/admin/triage", "/alerts", "/cases", "/cases/new", "/compensation", "/dashboard", "/guests", "/guests/duplicates", "/improvement",
            "/library", "/my-channels", "/notifications", "/recognition", "/reports", "/rooms", "/rooms/sheet", "/supervision", "/tasks",
            "/work-orders", "/inspections", "/assets",
            $"/cases/{Guid.NewGuid()}", $"/guests/{Guid.NewGuid()}", $"/work-orders?id={Guid.NewGuid()}", "/work-orders?id=42",
            $"/rooms?room={Guid.NewGuid()}", "/rooms?room=42&floor=x", "/rooms/sheet?date=zzz&attendant=1",
        ];
        const string bad = "?property=DEMO-HOTEL&year=abc&code=%00&page=-1&pageSize=99999999999&status=zzz&kind=%7B%7D&from=0001-01-01"
            + "&to=9999-12-31T23:59:59Z&view=..%2F..&channel=42&q=%27%22%3C";
        var browser = await app.SignedInAsync("admin");
        var failures = new List<string>();

        foreach (var page in pages)
        {
            foreach (var url in new[] { page, page + bad })
            {
                var response = await browser.GetAsync(url);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{url} → {(int)response.StatusCode}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [SkippableTheory]
    [InlineData("/%09/evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("/%5Cevil.example")]
    [InlineData("/%2F/evil.example")]
    [InlineData("/ /evil.example")]
    public async Task A_return_address_with_control_characters_or_backslashes_goes_home(string returnUrl)
    {
        app.Require();
        var browser = app.Browser();
        var token = FormPages.AntiforgeryToken(await browser.GetStringAsync("/account/login"));

        var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["userName"] = "admin", ["password"] = FormPages.DemoPassword, ["returnUrl"] = returnUrl,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    private static JsonObject JsonSerializer(object value) =>
        System.Text.Json.JsonSerializer.SerializeToNode(value, System.Text.Json.JsonSerializerOptions.Web)!.AsObject();

    private async Task<int> CountAsync<T>(Func<GuestLoopDbContext, IQueryable<T>> rows)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await rows(scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>()).CountAsync();
    }
}

public sealed class FuzzFindingsSqliteTests(SqliteApp app) : FuzzFindingsTests(app), IClassFixture<SqliteApp>;

public sealed class FuzzFindingsPostgresTests(PostgresApp app) : FuzzFindingsTests(app), IClassFixture<PostgresApp>;
