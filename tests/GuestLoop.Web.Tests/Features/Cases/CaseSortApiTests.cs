using System.Net;
using System.Text.Json.Nodes;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Cases;

/// <summary>The list's orders: urgency puts an overdue case above a newer one with time left; a bad order is a field error.</summary>
public abstract class CaseSortApiTests(GuestLoopApp app)
{
    private async Task<Guid> CreateAsync(string phone, DateTimeOffset? receivedAt = null)
    {
        var response = await app.Api().PostJsonAsync("/api/v1/cases", new
        {
            kind = "complaint", channel = "phone", property = "DEMO-HOTEL", title = "浴室漏水", description = "浴室地漏返水，地面全湿。",
            customer = new { name = "钱多", phone }, receivedAt,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync())["id"]!.GetValue<Guid>();
    }

    private async Task<List<Guid>> ListAsync(string query) =>
        (await (await app.Api().GetAsync("/api/v1/cases?" + query)).JsonAsync())["items"]!.AsArray().Select(c => c!["id"]!.GetValue<Guid>()).ToList();

    [SkippableFact]
    public async Task Urgency_puts_the_overdue_case_first_and_received_the_newest()
    {
        app.Require();
        var phone = "135" + Random.Shared.Next(10_000_000, 99_999_999);
        var overdue = await CreateAsync(phone, DateTimeOffset.UtcNow.AddDays(-12));
        var fresh = await CreateAsync(phone);

        Assert.Equal([overdue, fresh], await ListAsync($"q={phone}&sort=urgency"));
        Assert.Equal([fresh, overdue], await ListAsync($"q={phone}&sort=received&dir=desc"));
        Assert.Equal([fresh, overdue], await ListAsync($"q={phone}"));
    }

    [SkippableFact]
    public async Task The_overdue_and_at_risk_lists_follow_the_case_as_it_is_received_and_closed()
    {
        app.Require();
        var phone = "136" + Random.Shared.Next(10_000_000, 99_999_999);
        var overdue = await CreateAsync(phone, DateTimeOffset.UtcNow.AddDays(-12));
        // Received 23 hours ago: less than a fifth of the 24-hour response target is left, so at risk and not overdue.
        var atRisk = await CreateAsync(phone, DateTimeOffset.UtcNow.AddHours(-23));
        var fresh = await CreateAsync(phone);

        Assert.Equal([overdue], await ListAsync($"q={phone}&view=overdue"));
        Assert.Equal([atRisk], await ListAsync($"q={phone}&view=atRisk"));
        Assert.Equal([overdue, atRisk, fresh], await ListAsync($"q={phone}&view=open&sort=urgency"));
        Assert.Equal([fresh, atRisk, overdue], await ListAsync($"q={phone}&view=open&sort=due&dir=desc"));

        var closed = await app.Api("manager").PostJsonAsync("/api/v1/cases/bulk/close-as-spam", new { caseIds = new[] { overdue }, reason = "广告推销" });
        Assert.True(closed.IsSuccessStatusCode, await closed.Content.ReadAsStringAsync());

        Assert.Empty(await ListAsync($"q={phone}&view=overdue"));
        Assert.Equal([atRisk, fresh, overdue], await ListAsync($"q={phone}&sort=urgency"));
    }

    [SkippableFact]
    public async Task An_unknown_order_or_direction_is_a_field_error()
    {
        app.Require();
        var response = await app.Api().GetAsync("/api/v1/cases?sort=sideways&dir=up");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        Assert.Equal(["dir", "sort"], errors.Select(e => e.Key).Order());
    }
}

public sealed class CaseSortApiSqliteTests(SqliteApp app) : CaseSortApiTests(app), IClassFixture<SqliteApp>;

public sealed class CaseSortApiPostgresTests(PostgresApp app) : CaseSortApiTests(app), IClassFixture<PostgresApp>;
