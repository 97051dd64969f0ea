using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Analytics;

/// <summary>The quarterly evaluation built in the background, on each database, and its two files.</summary>
public abstract class QuarterlyReportTests(GuestLoopApp app)
{
    private async Task<JsonNode> WaitDoneAsync(string location)
    {
        for (var i = 0; i < 120; i++)
        {
            var report = await (await app.Api("manager").GetAsync(location)).JsonAsync();
            if (report["state"]!.GetValue<string>() is "done" or "failed")
            {
                return report;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The report was not built in 30 s.");
    }

    [SkippableFact]
    public async Task A_report_is_built_in_the_background_as_a_workbook_with_the_case_list_and_a_pdf()
    {
        app.Require();
        var seed = await StatsSeed.WriteAsync(app, StatsSeed.Generate(11));
        var inside = seed.Cases.Count(c => c.ReceivedAt >= StatsSeed.Local(1, 1, 0) && c.ReceivedAt < StatsSeed.Local(4, 1, 0));

        var accepted = await app.Api("manager").PostJsonAsync("/api/v1/reports/quarterly", new { year = 2019, quarter = 1, property = seed.PropertyCode });
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var done = await WaitDoneAsync(accepted.Headers.Location!.ToString());

        Assert.True(done["state"]!.GetValue<string>() == "done", done.ToJsonString());
        Assert.Equal(100, done["progress"]!.GetValue<int>());
        var xlsx = await app.Api("manager").GetAsync(done["xlsx"]!.GetValue<string>());
        var pdf = await (await app.Api("manager").GetAsync(done["pdf"]!.GetValue<string>())).Content.ReadAsByteArrayAsync();
        using var book = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        Assert.Contains("案件清单 Cases", book.Worksheets.Select(w => w.Name));
        Assert.Contains("改进措施 Improvement", book.Worksheets.Select(w => w.Name));
        Assert.Equal(inside, book.Worksheet("案件清单 Cases").LastRowUsed()!.RowNumber() - 1);
        Assert.Equal(inside, book.Worksheet("概览 Summary").Cell(4, 2).GetDouble());
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Contains("%%EOF", Encoding.ASCII.GetString(pdf, pdf.Length - 32, 32));
        Assert.Contains("FontFile2", Encoding.ASCII.GetString(pdf));
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var chinese = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Contains("服务质量季度评估 2019 年第 1 季度", chinese);

        // Every label in the reader's language: categories and stages by name, never their API keys.
        var english = await (await app.Api("manager").GetAsync(done["pdf"]!.GetValue<string>() + "?culture=en&ui-culture=en")).Content.ReadAsByteArrayAsync();
        using var inEnglish = UglyToad.PdfPig.PdfDocument.Open(english);
        var text = string.Concat(inEnglish.GetPages().Select(p => p.Text));
        Assert.Contains("Service quality review, 2019 Q1", text);
        Assert.Contains("On time by stage", text);
        Assert.DoesNotContain("按类别", text);
        foreach (var key in new[] { "serviceQuality", "followUp", "facilities" })
        {
            Assert.DoesNotContain(key, text);
            Assert.DoesNotContain(key, chinese);
        }

        Assert.Contains("按类别", chinese);
    }

    [SkippableFact]
    public async Task The_quarters_work_orders_are_in_the_workbook_and_the_pdf()
    {
        app.Require();
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));
        var quarter = (today.Month - 1) / 3 + 1;
        var start = new DateTimeOffset(today.Year, quarter * 3 - 2, 1, 0, 0, 0, TimeSpan.FromHours(8));
        var orders = (await (await app.Api("manager").GetAsync("/api/v1/work-orders?property=" + await HotelIdAsync())).JsonAsync()).AsArray()
            .Count(o => o!["createdAt"]!.GetValue<DateTimeOffset>() >= start);
        Assert.True(orders > 50, $"{orders} demo orders this quarter");

        var accepted = await app.Api("manager").PostJsonAsync("/api/v1/reports/quarterly", new { year = today.Year, quarter, property = "DEMO-HOTEL" });
        var done = await WaitDoneAsync(accepted.Headers.Location!.ToString());

        Assert.True(done["state"]!.GetValue<string>() == "done", done.ToJsonString());
        using var book = new XLWorkbook(await (await app.Api("manager").GetAsync(done["xlsx"]!.GetValue<string>())).Content.ReadAsStreamAsync());
        var sheet = book.Worksheet("工单 Work orders");
        Assert.Equal(("合计 All", (double)orders), (sheet.Cell(2, 1).GetString(), sheet.Cell(2, 2).GetDouble()));
        var types = Enumerable.Range(3, sheet.LastRowUsed()!.RowNumber() - 2).Select(r => sheet.Cell(r, 1).GetString()).ToList();
        Assert.Contains("电器维修", types);
        Assert.Equal(orders, Enumerable.Range(3, types.Count).Sum(r => (int)sheet.Cell(r, 2).GetDouble()));
        var rate = sheet.Cell(2, 9).GetDouble();
        Assert.InRange(rate, 0.01, 0.99);

        var pdf = await (await app.Api("manager").GetAsync(done["pdf"]!.GetValue<string>())).Content.ReadAsByteArrayAsync();
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Contains("工单（客房与设施服务）", text);
        Assert.Contains($"工单：{orders}", text);
        Assert.Contains("每出租间夜工单", text);
    }

    private async Task<Guid> HotelIdAsync() =>
        (await (await app.Api().GetAsync("/api/v1/properties")).JsonAsync()).AsArray().Single(p => p!["code"]!.GetValue<string>() == "DEMO-HOTEL")!["id"]!
            .GetValue<Guid>();

    [SkippableFact]
    public async Task A_report_outside_the_callers_properties_is_404_and_bad_quarters_are_400()
    {
        app.Require();
        var accepted = await app.Api("manager").PostJsonAsync("/api/v1/reports/quarterly", new { year = 2019, quarter = 2 });
        var location = accepted.Headers.Location!.ToString();

        var ranger = await app.Api("ranger").GetAsync(location);
        var bad = await app.Api("manager").PostJsonAsync("/api/v1/reports/quarterly", new { year = 2019, quarter = 5 });

        Assert.Equal(HttpStatusCode.NotFound, ranger.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("done", (await WaitDoneAsync(location))["state"]!.GetValue<string>());
    }
}

public sealed class QuarterlyReportSqliteTests(SqliteApp app) : QuarterlyReportTests(app), IClassFixture<SqliteApp>;

public sealed class QuarterlyReportPostgresTests(PostgresApp app) : QuarterlyReportTests(app), IClassFixture<PostgresApp>;
