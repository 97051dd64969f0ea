using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Intake;

/// <summary>Files to import, made in the test, and the calls of the import API.</summary>
public static class ImportFiles
{
    public static readonly string[] Header = ["编号", "标题", "内容", "类型", "受理时间", "姓名", "电话"];

    public static string[] Row(string marker, int i, string? reference = null) =>
        [reference ?? "", $"{marker} 第{i}条", $"{marker} 的第{i}条反馈内容", i % 2 == 0 ? "投诉" : "建议", "2026-11-20 09:30", "王芳", "13700137000"];

    public static byte[] Csv(IEnumerable<string[]> rows) =>
        Encoding.UTF8.GetBytes(string.Join("\r\n", new[] { Header }.Concat(rows).Select(r => string.Join(",", r.Select(Quote)))) + "\r\n");

    private static string Quote(string cell) => cell.Contains(',') || cell.Contains('"') || cell.Contains('\n') ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;

    public static byte[] Xlsx(IEnumerable<string[]> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("反馈");
        var all = new[] { Header }.Concat(rows).ToList();
        for (var r = 0; r < all.Count; r++)
        {
            for (var c = 0; c < all[r].Length; c++)
            {
                sheet.Cell(r + 1, c + 1).SetValue(all[r][c]);
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public static Task<HttpResponseMessage> PostAsync(GuestLoopApp app, byte[] file, string fileName, bool dryRun, string? mapping = null, string property = "DEMO-HOTEL")
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        form.Add(content, "file", fileName);
        form.Add(new StringContent(property), "property");
        if (mapping is not null)
        {
            form.Add(new StringContent(mapping), "mapping");
        }

        return app.Api().PostAsync($"/api/v1/imports?dryRun={(dryRun ? "true" : "false")}", form);
    }

    /// <summary>Polls the job as the page does until it has finished.</summary>
    public static async Task<JsonNode> FinishedAsync(GuestLoopApp app, Guid id)
    {
        for (var i = 0; i < 600; i++)
        {
            var json = await (await app.Api().GetAsync($"/api/v1/imports/{id}")).JsonAsync();
            if (json["status"]!.GetValue<string>() != "running")
            {
                return json;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The import did not finish.");
    }
}
