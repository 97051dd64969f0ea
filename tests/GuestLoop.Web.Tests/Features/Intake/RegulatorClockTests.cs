using System.Net;
using System.Net.Http.Json;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Intake;

/// <summary>A regulator's transfer keeps the regulator's clock when policies change: its own policy moves it, its property's does not.</summary>
public abstract class RegulatorClockTests(GuestLoopApp app)
{
    private static object Policy(string name, params (string Stage, int Hours)[] targets) => new
    {
        name,
        rules = new object[] { new { kind = (string?)null, severity = "any", targets = targets.Select(t => new { stage = t.Stage, amount = t.Hours, unit = "hours", anchor = "caseReceived" }).ToArray() } },
    };

    private async Task<Dictionary<string, DateTimeOffset>> DueAsync(Guid id)
    {
        var json = await (await app.Api().GetAsync($"/api/v1/cases/{id}")).JsonAsync();
        return json["deadlines"]!.AsArray().ToDictionary(d => d!["stage"]!.GetValue<string>(), d => d!["dueAt"]!.GetValue<DateTimeOffset>());
    }

    [SkippableFact]
    public async Task Editing_the_regulator_policy_recomputes_the_transfer_and_editing_the_property_policy_does_not()
    {
        app.Require();
        var regulator = await WebhookClient.CreateAsync(app, "culture-tourism-bureau");
        var transferredAt = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddHours(-3).ToUnixTimeSeconds());
        var json = await WebhookClient.CaseAsync(await regulator.PostAsync(WebhookClient.Body("CTB-" + Guid.NewGuid().ToString("N")[..8], new
        {
            name = "杭州市文化广电旅游局", referenceNumber = "HZWL-2026-112", transferredAt = transferredAt.ToString("O"),
        })));
        var id = json["id"]!.GetValue<Guid>();

        var property = await app.Api().PutAsJsonAsync("/api/v1/policies/hotel-checkin", Policy("宾馆（改）", ("reply", 12)));
        Assert.Equal(HttpStatusCode.OK, property.StatusCode);
        Assert.Equal(transferredAt.AddDays(10), (await DueAsync(id))["reply"]);

        var own = await app.Api().PutAsJsonAsync("/api/v1/policies/regulator-transfer", Policy("监管部门转办投诉（改）", ("reply", 120)));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(transferredAt.AddDays(5), (await DueAsync(id))["reply"]);
    }
}

[Collection(SharedSqliteApp.Name)]
public sealed class RegulatorClockSqliteTests(SqliteApp app) : RegulatorClockTests(app);

[Collection(SharedPostgresApp.Name)]
public sealed class RegulatorClockPostgresTests(PostgresApp app) : RegulatorClockTests(app);
