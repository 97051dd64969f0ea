using System.Net;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Supervision;

/// <summary>Reports of mishandling or delay: anyone files, only the office reads, anonymous means no trace of the reporter.</summary>
public abstract class SupervisionReportTests(GuestLoopApp app)
{

    private async Task<(Guid? StaffId, string Name)> StaffAsync(string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var s = await db.Staff.SingleAsync(x => x.UserName == userName);
        return (s.Id, s.DisplayName);
    }

    [SkippableFact]
    public async Task An_anonymous_staff_report_keeps_no_trace_of_the_reporter_even_for_administrators()
    {
        app.Require();
        var caseId = await ClosedCases.SuggestionAsync(app, "DEMO-HOTEL", "匿名举报测试");
        var (clerkId, clerkName) = await StaffAsync("clerk");
        const string text = "该案件答复敷衍，未真正处理。匿名-7c1";

        var filed = await app.Api("clerk").PostJsonAsync("/api/v1/supervision/reports", new { kind = "mishandling", caseId, text, anonymous = true });
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);

        var asAdmin = (await (await app.Api().GetAsync("/api/v1/supervision/reports")).JsonAsync()).AsArray();
        var report = Assert.Single(asAdmin, r => r!["text"]!.GetValue<string>() == text)!;
        Assert.True(report["anonymous"]!.GetValue<bool>());
        Assert.Null(report["reporter"]);
        Assert.Null(report["reporterContact"]);
        Assert.DoesNotContain(clerkName, report.ToJsonString());

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var row = await db.SupervisionReports.AsNoTracking().SingleAsync(r => r.Text == text);
        Assert.Null(row.ReporterStaffId);
        Assert.Null(row.ReporterName);
        Assert.Null(row.ReporterContact);
        Assert.False(await db.AuditLog.AnyAsync(e => e.ActorId == clerkId && e.At >= row.CreatedAt.AddMinutes(-1)));
        var history = await db.CaseEvents.AsNoTracking().Where(e => EF.Property<Guid>(e, "CaseId") == caseId).ToListAsync();
        Assert.DoesNotContain(history, e => e.ActorId == clerkId);
    }

    [SkippableFact]
    public async Task A_named_report_shows_the_reporter_to_the_office_and_others_cannot_read_reports()
    {
        app.Require();
        var (_, clerkName) = await StaffAsync("clerk");

        var filed = await app.Api("clerk").PostJsonAsync("/api/v1/supervision/reports", new { kind = "delay", text = "退款拖了两周。实名-5a" });
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);

        var asOffice = (await (await app.Api("head").GetAsync("/api/v1/supervision/reports")).JsonAsync()).AsArray();
        var report = Assert.Single(asOffice, r => r!["text"]!.GetValue<string>() == "退款拖了两周。实名-5a")!;
        Assert.Equal(clerkName, report["reporter"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("clerk").GetAsync("/api/v1/supervision/reports")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("manager").GetAsync("/api/v1/supervision/reports")).StatusCode);
    }

    [SkippableFact]
    public async Task A_guest_reports_anonymously_from_the_tracking_page_with_a_form_token()
    {
        app.Require();
        var caseId = await ClosedCases.SuggestionAsync(app, "DEMO-SCENIC", "宾客举报测试");
        var token = await ClosedCases.TrackingTokenAsync(app, caseId);
        var browser = app.Browser();
        var html = await browser.GetStringAsync($"/track/{token}");
        Assert.Contains("supervision-report", html);
        var formToken = FormPages.AntiforgeryToken(html);

        var noToken = await browser.PostAsync($"/track/{token}/report", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["kind"] = "delay", ["text"] = "没有令牌",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);

        var posted = await browser.PostAsync($"/track/{token}/report", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = formToken, ["kind"] = "delay", ["text"] = "一周没人联系我。宾客-9d",
            ["anonymous"] = "true", ["name"] = "刘洋", ["contact"] = "13912345678",
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"/track/{token}?reported=1", posted.Headers.Location!.OriginalString);

        var reports = (await (await app.Api().GetAsync("/api/v1/supervision/reports")).JsonAsync()).AsArray();
        var report = Assert.Single(reports, r => r!["text"]!.GetValue<string>() == "一周没人联系我。宾客-9d")!;
        Assert.Equal("guest", report["source"]!.GetValue<string>());
        Assert.Equal(caseId, report["caseId"]!.GetValue<Guid>());
        Assert.Null(report["reporter"]);
        Assert.DoesNotContain("13912345678", report.ToJsonString());
        Assert.DoesNotContain("刘洋", report.ToJsonString());
    }
}

public sealed class SupervisionReportSqliteTests(SqliteApp app) : SupervisionReportTests(app), IClassFixture<SqliteApp>;

public sealed class SupervisionReportPostgresTests(PostgresApp app) : SupervisionReportTests(app), IClassFixture<PostgresApp>;
