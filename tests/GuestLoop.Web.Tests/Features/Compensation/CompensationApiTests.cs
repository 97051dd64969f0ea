using System.Net;
using System.Text;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Compensation;

/// <summary>Compensations through HTTP on each database: approval limits, the whole lifecycle, the ledger and the scope.</summary>
public abstract class CompensationApiTests(GuestLoopApp app)
{
    [SkippableFact]
    public async Task An_approval_above_the_actors_limit_is_403_and_changes_nothing()
    {
        app.Require();
        var caseId = await app.NewCaseAsync();
        var id = (await app.ProposeAsync(caseId, 3_000m))["id"]!.GetValue<Guid>();
        var historyBefore = await app.HistoryActionsAsync(caseId);

        var refused = await app.Api("agent").PostJsonAsync($"/api/v1/compensations/{id}/approve", new { note = "同意" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        var stored = Assert.Single(await app.CompensationsAsync(caseId))!;
        Assert.Equal(("proposed", "level2"), (stored["state"]!.GetValue<string>(), stored["requiredAuthority"]!.GetValue<string>()));
        Assert.Null(stored["decidedBy"]);
        Assert.Equal(historyBefore, await app.HistoryActionsAsync(caseId));
        Assert.Empty(await app.AuditActionsAsync(id));
    }

    [SkippableTheory]
    [InlineData("agent", 500.00, true)]
    [InlineData("agent", 500.01, false)]
    [InlineData("head", 5000.00, true)]
    [InlineData("head", 5000.01, false)]
    [InlineData("manager", 5000.01, true)]
    [InlineData("clerk", 0.01, false)]
    public async Task Limits_hold_to_the_fen_through_the_api(string user, decimal amount, bool allowed)
    {
        app.Require();
        var id = (await app.ProposeAsync(await app.NewCaseAsync(), amount))["id"]!.GetValue<Guid>();

        var response = await app.Api(user).PostJsonAsync($"/api/v1/compensations/{id}/approve", new { });

        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
    }

    [SkippableFact]
    public async Task A_compensation_is_approved_agreed_and_paid_with_history_and_audit()
    {
        app.Require();
        var caseId = await app.NewCaseAsync();
        var id = (await app.ProposeAsync(caseId, 3_000m))["id"]!.GetValue<Guid>();

        await app.CompensationStepAsync(id, "negotiation", "agent", new { at = DateTimeOffset.UtcNow.AddHours(-1), note = "客人要求3500元，协商为3000元" });
        await app.CompensationStepAsync(id, "approve", "head", new { note = "按维修报价" });
        var agreed = await app.CompensationStepAsync(id, "agree", "agent", new { });
        var paid = await app.CompensationStepAsync(id, "pay", "agent", new { paidBy = "前台收银", reference = "POS-20261120-7" });

        Assert.Contains("CNY 3,000.00", agreed["agreementText"]!.GetValue<string>());
        Assert.Equal("张伟", agreed["acceptedBy"]!.GetValue<string>());
        Assert.Equal(("paid", 3000.00m, "POS-20261120-7", 1), (paid["state"]!.GetValue<string>(), paid["amount"].Decimal(),
            paid["paymentReference"]!.GetValue<string>(), paid["negotiation"]!.AsArray().Count));
        Assert.Equal(["compensation.approve", "compensation.agree", "compensation.pay"], await app.AuditActionsAsync(id));
        Assert.Equal(["proposeCompensation", "negotiateCompensation", "approveCompensation", "agreeCompensation", "payCompensation"],
            (await app.HistoryActionsAsync(caseId))[^5..]);
    }

    [SkippableFact]
    public async Task Steps_out_of_order_are_409_and_bad_input_is_400_with_fields()
    {
        app.Require();
        var caseId = await app.NewCaseAsync();
        var id = (await app.ProposeAsync(caseId, 100m))["id"]!.GetValue<Guid>();

        var early = await app.Api("head").PostJsonAsync($"/api/v1/compensations/{id}/pay", new { reference = "R1" });
        var bad = await app.Api("agent").PostJsonAsync($"/api/v1/cases/{caseId}/compensations",
            new { basis = "luck", method = "cash", amount = 10.005m, currency = "YUAN" });

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.JsonAsync())["errors"]!.AsObject().Select(e => e.Key).Order().ToList();
        Assert.Equal(["amount", "basis", "currency", "scope"], errors);
        Assert.Single(await app.CompensationsAsync(caseId));
    }

    [SkippableFact]
    public async Task Two_payments_at_once_record_one()
    {
        app.Require();
        var id = (await app.ProposeAsync(await app.NewCaseAsync(), 120m))["id"]!.GetValue<Guid>();
        await app.CompensationStepAsync(id, "approve");
        await app.CompensationStepAsync(id, "agree", body: new { acceptedBy = "张伟" });

        var both = await Task.WhenAll(
            app.Api("head").PostJsonAsync($"/api/v1/compensations/{id}/pay", new { reference = "A-1" }),
            app.Api("agent").PostJsonAsync($"/api/v1/compensations/{id}/pay", new { reference = "B-2" }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], both.Select(r => r.StatusCode).Order());
        Assert.Single(await app.AuditActionsAsync(id), "compensation.pay");
    }

    [SkippableFact]
    public async Task Ledger_totals_equal_the_sum_of_approved_and_paid_compensations_to_the_fen()
    {
        app.Require();
        var before = await app.LedgerAsync();
        var paid = (await app.ProposeAsync(await app.NewCaseAsync(), 0.10m, "inKind", "otherLoss"))["id"]!.GetValue<Guid>();
        var approved = (await app.ProposeAsync(await app.NewCaseAsync(), 0.20m, "serviceFree", "otherLoss"))["id"]!.GetValue<Guid>();
        var rejected = (await app.ProposeAsync(await app.NewCaseAsync(), 4_000m))["id"]!.GetValue<Guid>();
        await app.CompensationStepAsync(paid, "approve");
        await app.CompensationStepAsync(paid, "agree", body: new { acceptedBy = "张伟" });
        await app.CompensationStepAsync(paid, "pay", body: new { reference = "R-0.10" });
        await app.CompensationStepAsync(approved, "approve");
        await app.CompensationStepAsync(rejected, "reject", body: new { reason = "金额不合理" });

        var after = await app.LedgerAsync();

        var lines = after["lines"]!.AsArray();
        Assert.Contains(lines, l => l!["id"]!.GetValue<Guid>() == paid);
        Assert.DoesNotContain(lines, l => l!["id"]!.GetValue<Guid>() == rejected);
        var totals = after["totals"]!.AsArray().Single(t => t!["currency"]!.GetValue<string>() == "CNY")!;
        Assert.Equal(lines.Sum(l => l!["amount"].Decimal()), totals["approved"].Decimal());
        Assert.Equal(lines.Where(l => l!["state"]!.GetValue<string>() == "paid").Sum(l => l!["amount"].Decimal()), totals["paid"].Decimal());
        var old = before["totals"]!.AsArray().SingleOrDefault(t => t!["currency"]!.GetValue<string>() == "CNY");
        Assert.Equal((old?["approved"].Decimal() ?? 0) + 0.30m, totals["approved"].Decimal());
        Assert.Equal((old?["paid"].Decimal() ?? 0) + 0.10m, totals["paid"].Decimal());
        Assert.Equal(totals["approved"].Decimal(), totals["byMethod"]!.AsArray().Sum(m => m!["approved"].Decimal()));
        Assert.Equal(totals["paid"].Decimal(), totals["byBasis"]!.AsArray().Sum(m => m!["paid"].Decimal()));
    }

    [SkippableFact]
    public async Task The_ledger_comes_as_csv_and_only_for_level_1_and_2()
    {
        app.Require();
        var id = (await app.ProposeAsync(await app.NewCaseAsync(), 88.80m))["id"]!.GetValue<Guid>();
        await app.CompensationStepAsync(id, "approve");

        var csv = await app.Api("head").GetAsync("/api/v1/compensation-ledger?property=DEMO-HOTEL&format=csv");
        var byAgent = await app.Api("agent").GetAsync("/api/v1/compensation-ledger");
        var backwards = await app.Api("head").GetAsync("/api/v1/compensation-ledger?from=2026-12-01&to=2026-11-01");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFFcase,property,basis", text);
        Assert.Contains(",CNY,88.80,", text);
        Assert.Equal(HttpStatusCode.Forbidden, byAgent.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
    }

    [SkippableFact]
    public async Task The_workspace_downloads_the_ledger_csv_for_the_head_but_not_for_the_agent()
    {
        app.Require();
        var id = (await app.ProposeAsync(await app.NewCaseAsync(), 66.60m))["id"]!.GetValue<Guid>();
        await app.CompensationStepAsync(id, "approve");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var url = $"/compensation/ledger.csv?from={today.AddDays(-2):yyyy-MM-dd}&to={today.AddDays(2):yyyy-MM-dd}";

        var head = await (await app.SignInAsync("head")).GetAsync(url);
        var agent = await (await app.SignInAsync("agent")).GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Contains(",CNY,66.60,", await head.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.OK, agent.StatusCode);
    }

    [SkippableFact]
    public async Task Compensations_outside_the_callers_properties_are_404()
    {
        app.Require();
        var caseId = await app.NewCaseAsync();
        var id = (await app.ProposeAsync(caseId, 100m))["id"]!.GetValue<Guid>();

        var list = await app.Api("ranger").GetAsync($"/api/v1/cases/{caseId}/compensations");
        var propose = await app.Api("ranger").PostJsonAsync($"/api/v1/cases/{caseId}/compensations",
            new { basis = "otherLoss", scope = "x", method = "cash", amount = 1m });
        var approve = await app.Api("ranger").PostJsonAsync($"/api/v1/compensations/{id}/approve", new { });
        var unknown = await app.Api("head").PostJsonAsync($"/api/v1/compensations/{Guid.NewGuid()}/approve", new { });
        var ledger = await app.Api("head").GetAsync("/api/v1/compensation-ledger?property=NOWHERE");

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            new[] { list.StatusCode, propose.StatusCode, approve.StatusCode, unknown.StatusCode, ledger.StatusCode });
        Assert.Equal("proposed", Assert.Single(await app.CompensationsAsync(caseId))!["state"]!.GetValue<string>());
    }
}

public sealed class CompensationApiSqliteTests(SqliteApp app) : CompensationApiTests(app), IClassFixture<SqliteApp>;

public sealed class CompensationApiPostgresTests(PostgresApp app) : CompensationApiTests(app), IClassFixture<PostgresApp>;
