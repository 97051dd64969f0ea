using System.Net;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Public;

/// <summary>What a guest may attach: files whose content is what their name says, a few of them, not too many bytes in all.</summary>
public abstract class FeedbackUploadTests(GuestLoopApp app)
{
    public static readonly IReadOnlyDictionary<string, string> SmallUploads = new Dictionary<string, string>
    {
        ["GuestLoop:Evidence:MaxBytes"] = (80 * 1024).ToString(),
        ["GuestLoop:Feedback:MaxFiles"] = "3",
        ["GuestLoop:Feedback:MaxTotalBytes"] = (100 * 1024).ToString(),
    };

    private static byte[] Png(int size)
    {
        var bytes = new byte[size];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52 }.CopyTo(bytes, 0);
        return bytes;
    }

    private static readonly byte[] Pdf = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();

    private async Task<HttpResponseMessage> SubmitAsync(string title, params (string Name, byte[] Bytes)[] files)
    {
        var client = app.Browser();
        var token = FormPages.AntiforgeryToken(await client.GetStringAsync("/feedback?property=DEMO-SCENIC"));
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("DEMO-SCENIC"), "property" },
            { new StringContent("complaint"), "kind" }, { new StringContent(title), "title" },
            { new StringContent("游船码头的排队栏杆断了，有人被划伤。"), "description" },
        };
        foreach (var (name, bytes) in files)
        {
            form.Add(new ByteArrayContent(bytes), "files", name);
        }

        return await client.PostAsync("/feedback", form);
    }

    private async Task<int> CasesAsync(string marker) =>
        (await (await app.Api().GetAsync($"/api/v1/cases?q={marker}")).JsonAsync())["total"]!.GetValue<int>();

    private int StoredFiles() => Directory.Exists(Path.Combine(app.DataPath, "evidence"))
        ? Directory.GetFiles(Path.Combine(app.DataPath, "evidence"), "*", SearchOption.AllDirectories).Length
        : 0;

    [SkippableFact]
    public async Task A_file_sent_with_the_form_comes_after_the_receipt_on_the_tracking_page_and_in_the_history()
    {
        app.Require();
        var marker = "证据顺序" + Guid.NewGuid().ToString("N")[..6];

        var response = await SubmitAsync(marker, ("railing.png", Png(100)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await app.Browser().GetStringAsync(response.Headers.Location!.OriginalString);
        var timeline = page[page.IndexOf("class=\"timeline\"", StringComparison.Ordinal)..];
        Assert.InRange(timeline.IndexOf("受理", StringComparison.Ordinal), 0, timeline.IndexOf("添加证据", StringComparison.Ordinal));

        var id = (await (await app.Api().GetAsync($"/api/v1/cases?q={marker}")).JsonAsync())["items"]![0]!["id"]!.GetValue<Guid>();
        var json = await (await app.Api().GetAsync($"/api/v1/cases/{id}")).JsonAsync();
        var history = json["history"]!.AsArray().Select(h => (Action: h!["action"]!.GetValue<string>(), At: h["at"]!.GetValue<DateTimeOffset>())).ToList();
        var receipt = history.FindIndex(h => h.Action == "receive");
        var evidence = history.FindIndex(h => h.Action == "addEvidence");
        Assert.True(receipt >= 0 && evidence > receipt, string.Join(", ", history));
        Assert.True(history[evidence].At >= json["receivedAt"]!.GetValue<DateTimeOffset>());
    }

    [SkippableFact]
    public async Task A_file_whose_content_is_not_what_its_name_says_is_refused_and_nothing_is_stored()
    {
        app.Require();
        var marker = "伪装" + Guid.NewGuid().ToString("N")[..6];
        var before = StoredFiles();

        var response = await SubmitAsync(marker, ("ok.png", Png(100)), ("photo.jpg", Pdf));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("data-field=\"files\"", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await CasesAsync(marker));
        Assert.Equal(before, StoredFiles());
    }

    [SkippableFact]
    public async Task More_files_than_allowed_are_refused_and_nothing_is_stored()
    {
        app.Require();
        var marker = "太多" + Guid.NewGuid().ToString("N")[..6];
        var before = StoredFiles();

        var response = await SubmitAsync(marker, ("1.png", Png(100)), ("2.png", Png(100)), ("3.png", Png(100)), ("4.png", Png(100)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("data-field=\"files\"", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await CasesAsync(marker));
        Assert.Equal(before, StoredFiles());
    }

    [SkippableFact]
    public async Task Files_over_the_total_are_refused_and_a_body_over_the_limit_answers_413_with_a_page()
    {
        app.Require();
        var marker = "太大" + Guid.NewGuid().ToString("N")[..6];
        var before = StoredFiles();

        var overTotal = await SubmitAsync(marker + "甲", ("1.png", Png(60 * 1024)), ("2.png", Png(60 * 1024)));
        var overBody = await SubmitAsync(marker + "乙", ("1.png", Png(79 * 1024)), ("2.png", Png(79 * 1024)), ("3.png", Png(79 * 1024)));

        Assert.Equal(HttpStatusCode.BadRequest, overTotal.StatusCode);
        Assert.Contains("data-field=\"files\"", await overTotal.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, overBody.StatusCode);
        Assert.Contains("data-field=\"size\"", await overBody.Content.ReadAsStringAsync());
        Assert.Equal(0, await CasesAsync(marker));
        Assert.Equal(before, StoredFiles());
    }

    [SkippableFact]
    public async Task Staff_uploads_go_through_the_same_check()
    {
        app.Require();
        var api = app.Api();
        var id = (await (await api.GetAsync("/api/v1/cases?property=DEMO-SCENIC&status=received")).JsonAsync())["items"]![0]!["id"]!.GetValue<Guid>();
        var before = StoredFiles();

        var upload = new MultipartFormDataContent { { new ByteArrayContent(Pdf), "file", "receipt.png" } };
        var response = await api.PostAsync($"/api/v1/cases/{id}/evidence", upload);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(before, StoredFiles());

        var named = new MultipartFormDataContent { { new ByteArrayContent(Pdf), "file", "收据\u202Egnp.pdf" } };
        var accepted = await (await api.PostAsync($"/api/v1/cases/{id}/evidence", named)).JsonAsync();
        Assert.Contains(accepted["history"]!.AsArray(), h => h!["action"]!.GetValue<string>() == "addEvidence"
            && h["detail"]!.GetValue<string>() == "收据gnp.pdf");
    }
}

public sealed class SmallUploadsSqliteApp : SqliteApp
{
    protected override IReadOnlyDictionary<string, string> Settings => FeedbackUploadTests.SmallUploads;
}

public sealed class SmallUploadsPostgresApp : PostgresApp
{
    protected override IReadOnlyDictionary<string, string> Settings => FeedbackUploadTests.SmallUploads;
}

public sealed class FeedbackUploadSqliteTests(SmallUploadsSqliteApp app) : FeedbackUploadTests(app), IClassFixture<SmallUploadsSqliteApp>;

public sealed class FeedbackUploadPostgresTests(SmallUploadsPostgresApp app) : FeedbackUploadTests(app), IClassFixture<SmallUploadsPostgresApp>;
