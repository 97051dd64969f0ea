using System.Net;
using System.Text;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Customers;

/// <summary>The visit import takes at most GuestLoop:Import:MaxBytes (10 MiB), whatever the body's content type, and imports nothing beyond.</summary>
public abstract class VisitImportBodyLimitTests(GuestLoopApp app)
{
    private static byte[] Csv(string phone, int bytes)
    {
        var text = new StringBuilder("property,kind,from,to,reference,amount,name,phone\n")
            .Append($"DEMO-HOTEL,stay,2026-10-01,2026-10-03,PMS-1,980.00,刘洋,{phone}\n");
        while (text.Length < bytes)
        {
            text.Append("DEMO-HOTEL,stay,not-a-date,,,,,\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [SkippableFact]
    public async Task A_multipart_body_over_the_limit_is_413_and_imports_nothing()
    {
        app.Require();
        var phone = GuestFlow.NewPhone();
        var form = new MultipartFormDataContent { { new ByteArrayContent(Csv(phone, 12 * 1024 * 1024)), "file", "pms.csv" } };

        var response = await app.Api().PostAsync("/api/v1/guests/visits/import?fileName=pms.csv&dryRun=false", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await app.FindGuestsAsync(phone));
    }

    [SkippableFact]
    public async Task A_chunked_body_read_past_the_limit_is_413_and_imports_nothing()
    {
        app.Require();
        var phone = GuestFlow.NewPhone();
        var body = new StreamContent(new MemoryStream(Csv(phone, 12 * 1024 * 1024)));
        body.Headers.ContentLength = null;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/guests/visits/import?fileName=pms.csv&dryRun=false") { Content = body };
        request.Headers.TransferEncodingChunked = true;

        var response = await app.Api().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(await app.FindGuestsAsync(phone));
    }

    [SkippableFact]
    public async Task A_form_body_on_an_endpoint_without_its_own_limit_has_the_1_MiB_default()
    {
        app.Require();
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = new string('x', 2 * 1024 * 1024) });

        var response = await app.Api().PostAsync("/api/v1/notifications/read-all", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}

public sealed class VisitImportBodyLimitSqliteTests(SqliteApp app) : VisitImportBodyLimitTests(app), IClassFixture<SqliteApp>;

public sealed class VisitImportBodyLimitPostgresTests(PostgresApp app) : VisitImportBodyLimitTests(app), IClassFixture<PostgresApp>;
