using System.Globalization;
using System.Net;
using System.Text;
using GuestLoop.Domain.Intake;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Intake;

/// <summary>POST /api/v1/webhooks/{integrationId}: signed platform calls become cases, once; anything else is 401 and creates nothing.</summary>
public abstract class WebhooksTests(GuestLoopApp app)
{
    private async Task<int> CasesWithRefAsync(string externalRef)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>().Cases.CountAsync(c => c.ExternalRef == externalRef);
    }

    private static string NewRef() => "REF-" + Guid.NewGuid().ToString("N")[..10];

    [SkippableFact]
    public async Task A_signed_call_creates_a_case_on_the_platform_channel()
    {
        app.Require();
        var platform = await WebhookClient.CreateAsync(app, "ota-reviews");
        var reference = NewRef();

        var response = await platform.PostAsync(WebhookClient.Body(reference));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await WebhookClient.CaseAsync(response);
        Assert.Equal("platform", json["channel"]!.GetValue<string>());
        Assert.Equal("DEMO-HOTEL", json["property"]!.GetValue<string>());
        Assert.Equal(reference, json["externalRef"]!.GetValue<string>());
        Assert.Equal("李娜", json["customer"]!["name"]!.GetValue<string>());
        Assert.Null(json["regulator"]);
    }

    [SkippableFact]
    public async Task A_regulator_transfer_records_the_regulator_and_gets_its_ten_day_reply_deadline()
    {
        app.Require();
        var regulator = await WebhookClient.CreateAsync(app, "regulator-12345");
        var transferredAt = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddDays(-1).ToUnixTimeSeconds());
        var body = WebhookClient.Body(NewRef(), new
        {
            name = "北京市12345市民服务热线", referenceNumber = "BJ12345-2026-08871", transferredAt = transferredAt.ToString("O"),
            documents = new object[] { new { name = "转办单.pdf", url = "https://12345.example.gov.cn/docs/8871.pdf" }, new { name = "录音摘要" } },
        });

        var json = await WebhookClient.CaseAsync(await regulator.PostAsync(body));

        Assert.Equal("北京市12345市民服务热线", json["regulator"]!["name"]!.GetValue<string>());
        Assert.Equal("BJ12345-2026-08871", json["regulator"]!["referenceNumber"]!.GetValue<string>());
        Assert.Equal(2, json["regulator"]!["documents"]!.AsArray().Count);
        Assert.Equal("regulator-transfer", json["policyOverride"]!.GetValue<string>());
        var due = json["deadlines"]!.AsArray().ToDictionary(d => d!["stage"]!.GetValue<string>(), d => d!["dueAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(transferredAt.AddDays(10), due["reply"]);
        Assert.False(due.ContainsKey("resolution"), "the hotel's own 72-hour resolution target does not apply");
    }

    [SkippableFact]
    public async Task A_regulator_call_without_its_reference_is_400()
    {
        app.Require();
        var regulator = await WebhookClient.CreateAsync(app, "regulator-12301");
        var reference = NewRef();

        var response = await regulator.PostAsync(WebhookClient.Body(reference, new { name = "12301", transferredAt = DateTimeOffset.UtcNow.ToString("O") }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["regulator.referenceNumber"]);
        Assert.Equal(0, await CasesWithRefAsync(reference));
    }

    public static TheoryData<string> Refusals => ["tampered body", "wrong secret", "old timestamp", "future timestamp", "no signature"];

    [SkippableTheory]
    [MemberData(nameof(Refusals))]
    public async Task A_call_that_fails_the_signature_is_401_and_creates_nothing(string how)
    {
        app.Require();
        var platform = await WebhookClient.CreateAsync(app, "website");
        var reference = NewRef();
        var body = WebhookClient.Body(reference);

        var response = how switch
        {
            "tampered body" => await platform.PostAsync(body, signedBody: body.Replace(reference, reference + "0")),
            "wrong secret" => await platform.PostAsync(body, secret: "whsec_guess"),
            "old timestamp" => await platform.PostAsync(body, at: DateTimeOffset.UtcNow.AddMinutes(-6)),
            "future timestamp" => await platform.PostAsync(body, at: DateTimeOffset.UtcNow.AddMinutes(6)),
            _ => await app.CreateClient().PostAsync($"/api/v1/webhooks/{platform.Id}", new StringContent(body, Encoding.UTF8, "application/json")),
        };

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await CasesWithRefAsync(reference));
    }

    [SkippableFact]
    public async Task A_replayed_call_is_401_and_creates_nothing_more()
    {
        app.Require();
        var platform = await WebhookClient.CreateAsync(app, "official-account");
        var reference = NewRef();
        var body = WebhookClient.Body(reference);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var signature = WebhookSignature.Compute(platform.Secret, timestamp, Encoding.UTF8.GetBytes(body));
        var ts = timestamp.ToString(CultureInfo.InvariantCulture);

        var first = await app.CreateClient().SendAsync(platform.Request(body, ts, signature));
        var replay = await app.CreateClient().SendAsync(platform.Request(body, ts, signature));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Equal(1, await CasesWithRefAsync(reference));
    }

    [SkippableFact]
    public async Task The_same_reference_sent_again_answers_with_the_first_case()
    {
        app.Require();
        var platform = await WebhookClient.CreateAsync(app, "ota-reviews");
        var reference = NewRef();
        var first = await WebhookClient.CaseAsync(await platform.PostAsync(WebhookClient.Body(reference)));

        var again = await platform.PostAsync(WebhookClient.Body(reference), at: DateTimeOffset.UtcNow.AddSeconds(-1));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first["id"]!.GetValue<Guid>(), (await again.JsonAsync())["id"]!.GetValue<Guid>());
        Assert.Equal(1, await CasesWithRefAsync(reference));
    }

    [SkippableFact]
    public async Task Every_accepted_call_is_audited()
    {
        app.Require();
        var platform = await WebhookClient.CreateAsync(app, "ota-reviews");
        var json = await WebhookClient.CaseAsync(await platform.PostAsync(WebhookClient.Body(NewRef())));

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var id = json["id"]!.GetValue<Guid>().ToString();
        var entry = await db.AuditLog.SingleAsync(e => e.Entity == "case" && e.EntityKey == id);
        Assert.Equal("webhook.create", entry.Action);
        Assert.Contains(platform.Id.ToString(), entry.After);
    }

    [SkippableFact]
    public async Task A_disabled_or_unknown_integration_is_401()
    {
        app.Require();
        var body = WebhookClient.Body(NewRef());

        var response = await app.CreateClient().SendAsync(WebhookClient.Request(Guid.NewGuid(), body, "1", "sha256=" + new string('0', 64)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

public sealed class WebhooksSqliteTests(SqliteApp app) : WebhooksTests(app), IClassFixture<SqliteApp>;

public sealed class WebhooksPostgresTests(PostgresApp app) : WebhooksTests(app), IClassFixture<PostgresApp>;
