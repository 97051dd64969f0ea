using System.Net;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Intake;

/// <summary>POST /api/v1/imports and GET /api/v1/imports/{id}: checked first, all or nothing, never twice.</summary>
public abstract class ImportsTests(GuestLoopApp app)
{
    private const string Mapping = """{"编号":"externalRef","标题":"title","内容":"description","类型":"kind","受理时间":"receivedAt","姓名":"customerName","电话":"customerPhone"}""";

    private static string Marker() => "导入" + Guid.NewGuid().ToString("N")[..8];

    private async Task<int> CasesAsync(string marker)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>().Cases.CountAsync(c => c.Title.StartsWith(marker));
    }

    private static List<string[]> WithBadRows(string marker)
    {
        var rows = Enumerable.Range(1, 5).Select(i => ImportFiles.Row(marker, i)).ToList();
        rows[1][1] = "";              // line 3: no title
        rows[3][3] = "抱怨";           // line 5: unknown kind
        rows[3][4] = "下周二";          // line 5: not a date
        return rows;
    }

    [SkippableFact]
    public async Task A_dry_run_lists_every_bad_row_by_line_and_creates_nothing()
    {
        app.Require();
        var marker = Marker();

        var response = await ImportFiles.PostAsync(app, ImportFiles.Csv(WithBadRows(marker)), "反馈.csv", dryRun: true, Mapping);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal("checked", json["status"]!.GetValue<string>());
        Assert.Equal(5, json["total"]!.GetValue<int>());
        Assert.Equal(3, json["toCreate"]!.GetValue<int>());
        var errors = json["errors"]!.AsArray();
        Assert.Equal([3, 5], errors.Select(e => e!["line"]!.GetValue<int>()));
        Assert.Contains(errors[0]!["reasons"]!.AsArray(), r => r!.GetValue<string>().StartsWith("title:"));
        Assert.Equal(2, errors[1]!["reasons"]!.AsArray().Count);
        Assert.Equal(0, await CasesAsync(marker));
    }

    [SkippableFact]
    public async Task A_quoted_field_with_line_breaks_stays_one_cell_and_later_errors_name_the_line_an_editor_shows()
    {
        app.Require();
        var marker = Marker();
        var rows = Enumerable.Range(1, 3).Select(i => ImportFiles.Row(marker, i)).ToList();
        rows[0][2] = "第一行\r\n\"空调\",不制冷\r\n第三行"; // lines 2 to 4 of the file
        rows[2][3] = "抱怨";                                  // line 6: unknown kind

        var response = await ImportFiles.PostAsync(app, ImportFiles.Csv(rows), "反馈.csv", dryRun: true, Mapping);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal(3, json["total"]!.GetValue<int>());
        Assert.Equal(2, json["toCreate"]!.GetValue<int>());
        Assert.Equal([6], json["errors"]!.AsArray().Select(e => e!["line"]!.GetValue<int>()));
    }

    [SkippableFact]
    public async Task An_import_with_bad_rows_is_422_and_imports_nothing()
    {
        app.Require();
        var marker = Marker();

        var response = await ImportFiles.PostAsync(app, ImportFiles.Csv(WithBadRows(marker)), "反馈.csv", dryRun: false, Mapping);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal("rejected", json["status"]!.GetValue<string>());
        Assert.Equal(2, json["errors"]!.AsArray().Count);
        Assert.Equal(0, await CasesAsync(marker));
    }

    [SkippableFact]
    public async Task A_good_csv_is_imported_in_the_background_and_the_job_shows_the_result()
    {
        app.Require();
        var marker = Marker();
        var rows = Enumerable.Range(1, 30).Select(i => ImportFiles.Row(marker, i, $"{marker}-{i}")).ToList();

        var response = await ImportFiles.PostAsync(app, ImportFiles.Csv(rows), "反馈.csv", dryRun: false, Mapping);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.JsonAsync())["id"]!.GetValue<Guid>();
        Assert.Equal($"/api/v1/imports/{id}", response.Headers.Location!.OriginalString);
        var job = await ImportFiles.FinishedAsync(app, id);
        Assert.Equal("succeeded", job["status"]!.GetValue<string>());
        Assert.Equal(30, job["created"]!.GetValue<int>());
        Assert.Equal(30, job["processed"]!.GetValue<int>());
        Assert.Equal(30, await CasesAsync(marker));
    }

    [SkippableFact]
    public async Task An_imported_case_is_linked_to_its_guest_and_flagged_by_a_risk_word_as_an_API_case_is()
    {
        app.Require();
        var marker = Marker();
        var phone = "137" + Random.Shared.Next(10_000_000, 100_000_000);
        var byApi = await (await app.Api().PostJsonAsync("/api/v1/cases", new
        {
            kind = "complaint", channel = "phone", property = "DEMO-HOTEL", title = marker + " 电话投诉", description = "孩子在泳池边摔伤了",
            customer = new { name = "周敏", phone },
        })).JsonAsync();
        var row = ImportFiles.Row(marker, 1, marker + "-risk");
        (row[2], row[3], row[6]) = ("孩子在泳池边摔伤了，要求赔偿", "投诉", phone);

        var job = await ImportFiles.FinishedAsync(app,
            (await (await ImportFiles.PostAsync(app, ImportFiles.Csv([row]), "反馈.csv", dryRun: false, Mapping)).JsonAsync())["id"]!.GetValue<Guid>());

        Assert.Equal("succeeded", job["status"]!.GetValue<string>());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var imported = await db.Cases.AsNoTracking().Include(c => c.History).SingleAsync(c => c.Title == marker + " 第1条");
        Assert.NotNull(byApi["guestId"]?.GetValue<Guid?>());
        Assert.Equal(byApi["guestId"]!.GetValue<Guid>(), imported.GuestId);
        Assert.Equal(("urgent", GuestLoop.Domain.Cases.Severity.Urgent), (byApi["severity"]!.GetValue<string>(), imported.Severity));
        Assert.Contains(imported.History, e => e.Action == GuestLoop.Domain.Cases.CaseAction.FlagRisk && e.Detail!.Contains("摔伤"));
        Assert.True(await db.Alerts.AnyAsync(a => a.CaseId == imported.Id && a.Kind == GuestLoop.Web.Features.Analytics.AlertKind.RiskWord));
    }

    [SkippableFact]
    public async Task A_good_xlsx_is_imported_with_the_mapping_guessed_from_its_headers()
    {
        app.Require();
        var marker = Marker();
        var rows = Enumerable.Range(1, 12).Select(i => ImportFiles.Row(marker, i)).ToList();

        var response = await ImportFiles.PostAsync(app, ImportFiles.Xlsx(rows), "反馈.xlsx", dryRun: false);

        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, body.ToJsonString());
        var job = await ImportFiles.FinishedAsync(app, body["id"]!.GetValue<Guid>());
        Assert.Equal("succeeded", job["status"]!.GetValue<string>());
        Assert.Equal(12, await CasesAsync(marker));
    }

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_same_file_imported_twice_creates_no_duplicates(bool withReferences)
    {
        app.Require();
        var marker = Marker();
        var rows = Enumerable.Range(1, 8).Select(i => ImportFiles.Row(marker, i, withReferences ? $"{marker}-{i}" : null)).ToList();
        var file = ImportFiles.Csv(rows);

        var first = await ImportFiles.FinishedAsync(app, (await (await ImportFiles.PostAsync(app, file, "a.csv", false, Mapping)).JsonAsync())["id"]!.GetValue<Guid>());
        var second = await ImportFiles.PostAsync(app, file, "a.csv", false, Mapping);

        Assert.Equal(8, first["created"]!.GetValue<int>());
        var json = await second.JsonAsync();
        Assert.Equal(8, json["duplicates"]!.GetValue<int>());
        Assert.Equal(0, json["toCreate"]!.GetValue<int>());
        var job = await ImportFiles.FinishedAsync(app, json["id"]!.GetValue<Guid>());
        Assert.Equal(0, job["created"]!.GetValue<int>());
        Assert.Equal(8, await CasesAsync(marker));
    }

    [SkippableFact]
    public async Task A_mapping_without_a_description_is_400()
    {
        app.Require();
        var response = await ImportFiles.PostAsync(app, ImportFiles.Csv([ImportFiles.Row("x", 1)]), "a.csv", true, """{"标题":"title"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["mapping"]);
    }

    [SkippableFact]
    public async Task A_file_over_the_limit_is_413()
    {
        app.Require();
        var response = await ImportFiles.PostAsync(app, new byte[11 * 1024 * 1024], "big.csv", true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}

public sealed class ImportsSqliteTests(SqliteApp app) : ImportsTests(app), IClassFixture<SqliteApp>;

public sealed class ImportsPostgresTests(PostgresApp app) : ImportsTests(app), IClassFixture<PostgresApp>;
