using System.Net;
using System.Text.Json.Nodes;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Customers;

/// <summary>The workspace's export download applies the API's rights check and audit to signed-in staff, on each database.</summary>
public abstract class GuestExportDownloadTests(GuestLoopApp app)
{
    [SkippableFact]
    public async Task The_head_downloads_a_guests_export_the_agent_is_refused_and_both_are_audited()
    {
        app.Require();
        var phone = GuestFlow.NewPhone();
        var guestId = await app.GuestIdAsync((await app.CaseForAsync(phone, name: "潘越"))["id"]!.GetValue<Guid>());
        var head = await app.SignedInAsync("head");
        var agent = await app.SignedInAsync("agent");

        var xlsx = await DownloadAsync(head, guestId, "xlsx");
        var json = await DownloadAsync(head, guestId, "json");
        var refused = await DownloadAsync(agent, guestId, "json");
        var anonymous = await app.Browser().PostAsync($"/guests/{guestId}/export.json", Form(""));

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("attachment", json.Content.Headers.ContentDisposition?.DispositionType);
        var export = JsonNode.Parse(await json.Content.ReadAsStringAsync())!;
        Assert.Equal(phone, export["profile"]!["phone"]!.GetValue<string>());
        Assert.Single(export["cases"]!.AsArray());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal(["guest.export", "guest.export", "guest.denied"], await app.GuestAuditAsync("guest", guestId.ToString()));
    }

    [SkippableFact]
    public async Task Another_site_cannot_make_a_signed_in_browser_download_a_guests_data()
    {
        app.Require();
        var guestId = await app.GuestIdAsync((await app.CaseForAsync(GuestFlow.NewPhone(), name: "邵晴"))["id"]!.GetValue<Guid>());
        var head = await app.SignedInAsync("head");

        // A link (GET) or a cross-site form (POST without this site's token) gets no data and leaves no export in the audit.
        var link = await head.GetAsync($"/guests/{guestId}/export.json");
        var forged = await head.PostAsync($"/guests/{guestId}/export.json", Form(""));
        var forgedToken = await head.PostAsync($"/guests/{guestId}/export.json", Form("CfDJ8forged"));

        Assert.Equal(HttpStatusCode.NotFound, link.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forgedToken.StatusCode);
        Assert.DoesNotContain("guest.export", await app.GuestAuditAsync("guest", guestId.ToString()));
    }

    private static async Task<HttpResponseMessage> DownloadAsync(HttpClient client, Guid guestId, string format) =>
        await client.PostAsync($"/guests/{guestId}/export.{format}", Form(FormPages.AntiforgeryToken(await client.GetStringAsync("/"))));

    private static FormUrlEncodedContent Form(string token) =>
        new(token.Length == 0 ? [] : new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
}

public sealed class GuestExportDownloadSqliteTests(SqliteApp app) : GuestExportDownloadTests(app), IClassFixture<SqliteApp>;

public sealed class GuestExportDownloadPostgresTests(PostgresApp app) : GuestExportDownloadTests(app), IClassFixture<PostgresApp>;
