using System.Net;
using GuestLoop.Domain.Supervision;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Supervision;

/// <summary>The monthly audit sample through the API, as the service-quality office (陈静) and as others.</summary>
public abstract class AuditSampleTests(GuestLoopApp app)
{
    [SkippableFact]
    public async Task The_monthly_sample_is_reproducible_from_its_seed_and_stays_in_its_property()
    {
        app.Require();
        for (var i = 0; i < 4; i++)
        {
            await ClosedCases.SuggestionAsync(app, "DEMO-HOTEL", $"酒店建议{i}");
            await ClosedCases.SuggestionAsync(app, "DEMO-SCENIC", $"景区建议{i}");
        }

        var office = app.Api("head");
        var month = ClosedCases.ThisMonth();
        var candidates = (await (await office.GetAsync($"/api/v1/supervision/samples/candidates?property=DEMO-HOTEL&month={month}")).JsonAsync())
            .AsArray().Select(n => n!.GetValue<Guid>()).ToList();
        Assert.True(candidates.Count >= 4);

        var response = await office.PostJsonAsync("/api/v1/supervision/samples", new { property = "DEMO-HOTEL", month, share = 0.5 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sample = await response.JsonAsync();
        var drawn = sample["cases"]!.AsArray().Select(c => c!["caseId"]!.GetValue<Guid>()).ToList();
        var seed = sample["seed"]!.GetValue<string>();

        // The candidates are all the hotel's, so any one property id stands for them in the pure draw.
        var expected = AuditSampling.Draw(seed, candidates.Select(id => new ClosedCaseRef(id, Guid.Empty)), Guid.Empty, 0.5m);
        Assert.Equal(expected.Order(), drawn.Order());
        Assert.Equal((int)Math.Ceiling(candidates.Count * 0.5), drawn.Count);
        foreach (var id in drawn)
        {
            var c = await (await app.Api().GetAsync($"/api/v1/cases/{id}")).JsonAsync();
            Assert.Equal("DEMO-HOTEL", c["property"]!.GetValue<string>());
            Assert.Equal("closed", c["status"]!.GetValue<string>());
        }

        var again = await (await office.PostJsonAsync("/api/v1/supervision/samples", new { property = "DEMO-HOTEL", month, share = 0.5 })).JsonAsync();
        Assert.Equal(drawn.Order(), again["cases"]!.AsArray().Select(c => c!["caseId"]!.GetValue<Guid>()).Order());
    }

    [SkippableFact]
    public async Task Only_the_supervision_office_draws_and_reads_samples()
    {
        app.Require();
        var month = ClosedCases.ThisMonth();

        Assert.Equal(HttpStatusCode.Forbidden,
            (await app.Api("agent").PostJsonAsync("/api/v1/supervision/samples", new { property = "DEMO-HOTEL", month })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await app.Api("manager").GetAsync($"/api/v1/supervision/samples?property=DEMO-HOTEL&month={month}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK,
            (await app.Api().GetAsync($"/api/v1/supervision/samples?property=DEMO-HOTEL&month={month}")).StatusCode);
    }

    [SkippableFact]
    public async Task The_office_records_findings_and_sends_a_case_back_which_reopens_it()
    {
        app.Require();
        await ClosedCases.SuggestionAsync(app, "DEMO-SCENIC", "导览图更新");
        var office = app.Api("head");
        var month = ClosedCases.ThisMonth();
        var sample = await (await office.PostJsonAsync("/api/v1/supervision/samples", new { property = "DEMO-SCENIC", month, share = 1 })).JsonAsync();
        var entry = sample["cases"]!.AsArray()[0]!;
        var entryId = entry["id"]!.GetValue<Guid>();

        var recorded = await office.PostJsonAsync($"/api/v1/supervision/samples/{entryId}/findings", new
        {
            timeliness = new { pass = true },
            responsibility = new { pass = true },
            replyQuality = new { pass = false, note = "答复未说明处理措施" },
            satisfaction = new { pass = true },
        });
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var findings = await recorded.JsonAsync();
        Assert.False(findings["replyQuality"]!["pass"]!.GetValue<bool>());
        Assert.Equal("答复未说明处理措施", findings["replyQuality"]!["note"]!.GetValue<string>());

        var sent = await office.PostJsonAsync($"/api/v1/supervision/samples/{entryId}/send-back", new { reason = "监督抽查：答复不完整，请补充" });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var c = await (await app.Api().GetAsync($"/api/v1/cases/{entry["caseId"]!.GetValue<Guid>()}")).JsonAsync();
        Assert.NotEqual("closed", c["status"]!.GetValue<string>());
        Assert.Equal(1, c["reopenCount"]!.GetValue<int>());
        Assert.Contains(c["history"]!.AsArray(), h => h!["detail"]?.GetValue<string>() == "监督抽查：答复不完整，请补充");
    }

    [SkippableFact]
    public async Task Handling_scores_cover_departments_and_staff_for_the_office_and_level_1()
    {
        app.Require();
        var from = DateTime.UtcNow.AddDays(-60).ToString("yyyy-MM-dd");
        var to = DateTime.UtcNow.ToString("yyyy-MM-dd");

        var scores = await (await app.Api("manager").GetAsync($"/api/v1/supervision/scores?from={from}&to={to}")).JsonAsync();

        Assert.NotEmpty(scores["departments"]!.AsArray());
        Assert.All(scores["departments"]!.AsArray(), d => Assert.True(d!["cases"]!.GetValue<int>() > 0));
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("agent").GetAsync($"/api/v1/supervision/scores?from={from}&to={to}")).StatusCode);
    }
}

public sealed class AuditSampleSqliteTests(SqliteApp app) : AuditSampleTests(app), IClassFixture<SqliteApp>;

public sealed class AuditSamplePostgresTests(PostgresApp app) : AuditSampleTests(app), IClassFixture<PostgresApp>;
