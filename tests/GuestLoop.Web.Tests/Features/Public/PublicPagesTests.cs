using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Public;

public abstract class PublicPagesTests(GuestLoopApp app)
{

    private static async Task<string> FormTokenAsync(HttpClient client, string url = "/feedback?property=DEMO-SCENIC")
    {
        var html = await client.GetStringAsync(url);
        return FormPages.AntiforgeryToken(html);
    }

    private static MultipartFormDataContent Form(string token, string title, string description, params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("DEMO-SCENIC"), "property" },
            { new StringContent("complaint"), "kind" },
            { new StringContent(title), "title" },
            { new StringContent(description), "description" },
            { new StringContent("刘洋"), "name" },
            { new StringContent("13912345678"), "phone" },
        };
        foreach (var (name, bytes) in files)
        {
            form.Add(new ByteArrayContent(bytes), "files", name);
        }

        return form;
    }

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1];

    [SkippableFact]
    public async Task A_guest_writing_again_is_flagged_as_a_probable_duplicate_and_a_praise_keeps_the_names_given()
    {
        app.Require();
        var client = app.Browser();
        var phone = "135" + Random.Shared.Next(10_000_000, 99_999_999);
        var marker = "观光车" + Guid.NewGuid().ToString("N")[..6];

        async Task<string> PostAsync(string kind, string title, string description, string? praisedNames = null)
        {
            var form = new MultipartFormDataContent
            {
                { new StringContent(await FormTokenAsync(client)), "__RequestVerificationToken" },
                { new StringContent("DEMO-SCENIC"), "property" }, { new StringContent(kind), "kind" },
                { new StringContent(title), "title" }, { new StringContent(description), "description" },
                { new StringContent(phone), "phone" }, { new StringContent(praisedNames ?? ""), "praisedNames" },
            };
            var posted = await client.PostAsync("/feedback", form);
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            var list = await (await app.Api().GetAsync($"/api/v1/cases?q={Uri.EscapeDataString(title)}")).JsonAsync();
            return Assert.Single(list["items"]!.AsArray())!["id"]!.GetValue<string>();
        }

        await PostAsync("complaint", marker + "迟迟不来", "在游客中心等观光车等了四十分钟");
        var again = await PostAsync("complaint", marker + "还没来", "观光车等了四十分钟还没来，游客中心无人解释");
        var praise = await PostAsync("praise", marker + "讲解员", "讲解员非常专业", "讲解员小周");
        var complaintWithNames = await PostAsync("complaint", marker + "门票", "网上购票无法核销", "某员工");

        var duplicates = (await (await app.Api().GetAsync($"/api/v1/cases/{again}/duplicates")).JsonAsync()).AsArray();
        Assert.Contains(marker + "迟迟不来", Assert.Single(duplicates)!["title"]!.GetValue<string>());
        Assert.Equal("讲解员小周", (await (await app.Api().GetAsync($"/api/v1/cases/{praise}")).JsonAsync())["praise"]!["names"]!.GetValue<string>());
        Assert.Null((await (await app.Api().GetAsync($"/api/v1/cases/{complaintWithNames}")).JsonAsync())["praise"]);
    }

    [SkippableFact]
    public async Task Without_a_property_the_guest_chooses_one_and_an_unknown_code_is_named_with_404()
    {
        app.Require();

        var chooser = await app.Browser().GetAsync("/feedback");
        var unknown = await app.Browser().GetAsync("/feedback?property=NOPE");
        var chooserHtml = await chooser.Content.ReadAsStringAsync();
        var unknownHtml = await unknown.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, chooser.StatusCode);
        Assert.Contains("href=\"/feedback?property=DEMO-HOTEL\"", chooserHtml);
        Assert.Contains("href=\"/feedback?property=DEMO-SCENIC\"", chooserHtml);
        Assert.DoesNotContain("name=\"title\"", chooserHtml);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("没有代码为“NOPE”", unknownHtml);
        Assert.DoesNotContain("name=\"title\"", unknownHtml);
    }

    [SkippableFact]
    public async Task A_property_closed_to_public_feedback_is_neither_offered_nor_taken()
    {
        app.Require();
        var code = "ONSITE-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GuestLoop.Web.Data.GuestLoopDbContext>();
            var enterprise = await db.Properties.Select(p => p.EnterpriseId).FirstAsync();
            db.Properties.Add(new GuestLoop.Web.Features.Organisation.Property { Code = code, Name = "现场受理门店", EnterpriseId = enterprise, PublicFeedbackClosed = true });
            await db.SaveChangesAsync();
        }

        var chooser = await app.Browser().GetStringAsync("/feedback");
        var direct = await app.Browser().GetAsync($"/feedback?property={code}");
        var form = await app.Browser().GetStringAsync("/feedback?property=DEMO-HOTEL");

        Assert.DoesNotContain(code, chooser);
        Assert.Equal(HttpStatusCode.NotFound, direct.StatusCode);
        Assert.DoesNotContain($"value=\"{code}\"", form);
    }

    [SkippableFact]
    public async Task A_browser_asking_for_english_gets_the_form_in_english_with_required_fields_marked()
    {
        app.Require();
        var client = app.Browser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var html = await client.GetStringAsync("/feedback?property=DEMO-HOTEL");
        var chinese = await app.Browser().GetStringAsync("/feedback?property=DEMO-HOTEL");

        Assert.Contains("Share your feedback", html);
        Assert.Contains("Fields marked * are required.", html);
        Assert.Equal(4, html.Split("class=\"req\"").Length - 1);
        Assert.Contains("class=\"praised\"", html);
        Assert.Contains("带 * 的为必填项", chinese);
    }

    [SkippableFact]
    public async Task The_form_preselects_the_property_from_the_query()
    {
        app.Require();
        var html = await app.Browser().GetStringAsync("/feedback?property=DEMO-SCENIC");

        Assert.Contains("<option value=\"DEMO-SCENIC\" selected", html);
        Assert.Contains("name=\"__RequestVerificationToken\"", html);
        Assert.Contains("<meta name=\"viewport\"", html);
    }

    [SkippableFact]
    public async Task A_guest_submits_a_complaint_with_a_photo_and_follows_it()
    {
        app.Require();
        var client = app.Browser();
        var token = await FormTokenAsync(client);
        var marker = "索道排队" + Guid.NewGuid().ToString("N")[..6];

        var posted = await client.PostAsync("/feedback", Form(token, marker, "索道排队两小时无人疏导。", ("queue.png", Png)));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var location = posted.Headers.Location!.OriginalString;
        Assert.Matches("^/track/[A-Za-z0-9_-]{20,}\\?new=1$", location);
        var page = await client.GetStringAsync(location);
        Assert.Contains(marker, page);
        Assert.Contains("DEMO-SCENIC-", page);
        Assert.Matches("按本门店的服务承诺，我们将在 20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d 前答复您", page);
        Assert.Contains("data-copy=\"track-link\"", page);

        var list = await (await app.Api().GetAsync($"/api/v1/cases?q={marker}")).JsonAsync();
        var item = Assert.Single(list["items"]!.AsArray())!;
        Assert.Equal("web", item["channel"]!.GetValue<string>());
        var full = await (await app.Api().GetAsync($"/api/v1/cases/{item["id"]}")).JsonAsync();
        Assert.Contains(full["history"]!.AsArray(), h => h!["action"]!.GetValue<string>() == "addEvidence");
    }

    [SkippableFact]
    public async Task The_tracking_page_shows_replies_but_no_staff_names_or_internal_notes()
    {
        app.Require();
        var client = app.Browser();
        var token = await FormTokenAsync(client);
        var marker = "门票多收" + Guid.NewGuid().ToString("N")[..6];
        var location = (await client.PostAsync("/feedback", Form(token, marker, "网上标价80元，窗口收了120元。"))).Headers.Location!.OriginalString;
        var id = (await (await app.Api().GetAsync($"/api/v1/cases?q={marker}")).JsonAsync())["items"]![0]!["id"]!.GetValue<Guid>();
        var head = app.Api("head");
        await head.PostJsonAsync($"/api/v1/cases/{id}/notes", new { text = "内部备注：窗口员工小王" });
        await head.PostJsonAsync($"/api/v1/cases/{id}/triage", new { category = "price", severity = "general" });
        await head.PostJsonAsync($"/api/v1/cases/{id}/interim-reply", new { text = "已核实多收40元，将于三日内退还。", expectedBy = "2026-12-01" });

        var page = await client.GetStringAsync(location.Split('?')[0]);

        Assert.Contains("已核实多收40元", page);
        Assert.DoesNotContain("陈静", page);
        Assert.DoesNotContain("内部备注", page);
    }

    [SkippableFact]
    public async Task An_incomplete_form_is_shown_again_with_errors_and_creates_nothing()
    {
        app.Require();
        var client = app.Browser();
        var token = await FormTokenAsync(client);
        var marker = "缺内容" + Guid.NewGuid().ToString("N")[..6];

        var response = await client.PostAsync("/feedback", Form(token, marker, ""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("data-field=\"description\"", await response.Content.ReadAsStringAsync());
        var list = await (await app.Api().GetAsync($"/api/v1/cases?q={marker}")).JsonAsync();
        Assert.Equal(0, list["total"]!.GetValue<int>());
    }

    [SkippableFact]
    public async Task A_file_that_is_not_what_it_claims_is_refused_and_creates_nothing()
    {
        app.Require();
        var client = app.Browser();
        var token = await FormTokenAsync(client);
        var marker = "伪装文件" + Guid.NewGuid().ToString("N")[..6];
        var exe = "MZ\u0090\0\u0003 this is a program"u8.ToArray();

        var response = await client.PostAsync("/feedback", Form(token, marker, "附上照片", ("photo.jpg", exe)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("data-field=\"files\"", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, (await (await app.Api().GetAsync($"/api/v1/cases?q={marker}")).JsonAsync())["total"]!.GetValue<int>());
    }

    [SkippableFact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        app.Require();
        var client = app.Browser();
        var marker = "无令牌" + Guid.NewGuid().ToString("N")[..6];

        var response = await client.PostAsync("/feedback", Form("", marker, "跨站提交"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, (await (await app.Api().GetAsync($"/api/v1/cases?q={marker}")).JsonAsync())["total"]!.GetValue<int>());
    }

    [SkippableFact]
    public async Task An_unknown_tracking_token_is_404()
    {
        app.Require();
        var response = await app.Browser().GetAsync("/track/" + new string('x', 32));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class PublicPagesSqliteTests(SqliteApp app) : PublicPagesTests(app), IClassFixture<SqliteApp>;

public sealed class PublicPagesPostgresTests(PostgresApp app) : PublicPagesTests(app), IClassFixture<PostgresApp>;
