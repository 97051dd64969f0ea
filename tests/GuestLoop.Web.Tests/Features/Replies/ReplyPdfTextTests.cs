using System.Net;
using GuestLoop.Web.Infrastructure.Pdf;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace GuestLoop.Web.Tests.Features.Replies;

/// <summary>
/// The reply letter on a fresh install: no PDF setting at all, and the guest's words, an Extension B ideograph included,
/// are in the letter's text layer (what a reader copies, searches and reads aloud), not only drawn.
/// </summary>
[Collection(SharedSqliteApp.Name)]
public sealed class ReplyPdfTextTests(SqliteApp app)
{
    private const string HanaMinB = "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf";

    [SkippableFact]
    public async Task A_fresh_install_writes_the_reply_letter_with_chinese_and_extension_b_text_in_its_text_layer()
    {
        if (!File.Exists(HanaMinB) || CjkFontResolver.Find(null) is null)
        {
            Assert.False(TestDatabases.InCi, "CI=true but fonts-wqy-microhei or fonts-hanazono is not installed; .ci/run installs both.");
            Skip.If(true, "fonts-wqy-microhei and fonts-hanazono (Extension B ideographs) are needed.");
        }

        Assert.Empty(app.Services.GetRequiredService<IConfiguration>().GetSection("GuestLoop:Pdf").GetChildren());
        var api = app.Api("agent");
        var created = await (await api.PostJsonAsync("/api/v1/cases", new
        {
            kind = "complaint", channel = "phone", property = "DEMO-HOTEL", title = "房间空调不制冷",
            description = "入住后空调一直吹热风。", customer = new { name = "𠮷田先生", phone = "13800138002" },
        })).JsonAsync();
        var replied = await api.PostJsonAsync($"/api/v1/cases/{created["id"]}/interim-reply", new
        {
            text = "尊敬的𠮷田先生：空调配件正在发货，给您带来不便，深表歉意。", expectedBy = "2026-12-05",
        });
        Assert.Equal(HttpStatusCode.OK, replied.StatusCode);

        var response = await api.GetAsync($"/api/v1/cases/{created["id"]}/reply.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("空调配件正在发货", text);
        Assert.Contains("\U00020BB7田先生", text);
        Assert.DoesNotContain("□", text);
    }
}
