using System.Net;
using ClosedXML.Excel;
using GuestLoop.Web.Tests.Features.Compensation;
using System.Text.Json.Nodes;
using GuestLoop.Web.Features.Surveys;
using GuestLoop.Web.Tests.Features.Customers;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Surveys;

/// <summary>A multi-question survey after an occasion: sent once to a consenting guest, answered on the public page, counted in the results.</summary>
public abstract class SurveyInvitationsTests(GuestLoopApp app)
{
    private static JsonNode Question(JsonNode template, string key) =>
        template["questions"]!.AsArray().Single(q => q!["key"]!.GetValue<string>() == key)!;

    [SkippableFact]
    public async Task A_post_stay_survey_goes_once_to_a_consenting_guest_is_answered_on_its_page_and_shows_in_the_results()
    {
        app.Require();
        var template = await app.PostStayTemplateAsync();
        var hotel = template["propertyId"]!.GetValue<Guid>();
        var before = await app.ResultsAsync(query: $"?propertyId={hotel}");
        var guest = await app.HotelGuestAsync(consents: true, email: "wang.fang@example.com");
        var refusing = await app.HotelGuestAsync(consents: false);

        var sent = await app.InviteAsync(guest, user: "agent");
        var again = await app.InviteAsync(guest, user: "agent");
        var withoutConsent = await app.InviteAsync(refusing, user: "agent");

        Assert.True(sent.StatusCode == HttpStatusCode.Created, await sent.Content.ReadAsStringAsync());
        var invitation = await sent.JsonAsync();
        var link = invitation["link"]!.GetValue<string>();
        Assert.Matches("^/survey/invitation/[A-Za-z0-9_-]{32}$", link);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("30 days", (await again.JsonAsync())["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, withoutConsent.StatusCode);
        Assert.Contains("consent", (await withoutConsent.JsonAsync())["detail"]!.GetValue<string>());
        var mail = Assert.Single(app.Emails!.Sent, m => m.To == "wang.fang@example.com");
        Assert.Contains(link, mail.Body);
        Assert.DoesNotContain(app.Emails!.Sent, m => m.Body.Contains(link) && m.To != "wang.fang@example.com");

        var browser = app.Browser();
        var page = await browser.GetStringAsync(link);
        Assert.All(["overall", "checkin", "nps", "comment"], key => Assert.Contains($"data-question=\"{key}\"", page));
        var incomplete = await browser.AnswerAsync(link, ("q.overall", "7"), ("q.checkin", "很快"));
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        var errors = await incomplete.Content.ReadAsStringAsync();
        Assert.Contains("data-field=\"overall\"", errors);
        Assert.Contains("data-field=\"nps\"", errors);
        Assert.DoesNotContain("data-field=\"checkin\"", errors);

        var answered = await browser.AnswerAsync(link, ("q.overall", "4"), ("q.checkin", "一般"), ("q.nps", "9"), ("q.comment", "早餐很好"));
        var twice = await browser.AnswerAsync(link, ("q.overall", "1"), ("q.checkin", "较慢"), ("q.nps", "0"));

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal($"{link}?done=1", answered.Headers.Location!.OriginalString);
        Assert.Contains("data-view=\"thanks\"", await browser.GetStringAsync($"{link}?done=1"));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        var results = await app.ResultsAsync(query: $"?propertyId={hotel}");
        var row = Assert.Single(results["templates"]!.AsArray())!;
        var earlier = before["templates"]!.AsArray().Single()!;
        Assert.Equal(earlier["sent"]!.GetValue<int>() + 1, row["sent"]!.GetValue<int>());
        Assert.Equal(earlier["answered"]!.GetValue<int>() + 1, row["answered"]!.GetValue<int>());
        Assert.Equal((double)row["answered"]!.GetValue<int>() / row["sent"]!.GetValue<int>(), row["responseRate"]!.GetValue<double>(), 3);
        Assert.Equal(template["departmentId"]!.GetValue<Guid>(), row["departmentId"]!.GetValue<Guid>());
        Assert.Equal("DEMO-HOTEL", row["propertyCode"]!.GetValue<string>());
        Assert.Equal(Question(earlier, "checkin")["choiceCounts"]!["一般"]!.GetValue<int>() + 1,
            Question(row, "checkin")["choiceCounts"]!["一般"]!.GetValue<int>());
        Assert.Equal(Question(earlier, "nps")["answers"]!.GetValue<int>() + 1, Question(row, "nps")["answers"]!.GetValue<int>());
        Assert.NotNull(Question(row, "overall")["meanRating"]);
        Assert.NotNull(Question(row, "nps")["nps"]);
    }

    [SkippableFact]
    public async Task The_dashboard_api_and_page_and_the_quarterly_report_show_the_survey_results()
    {
        app.Require();
        var template = await app.PostStayTemplateAsync();
        var guest = await app.HotelGuestAsync(consents: true);
        var sent = await app.InviteAsync(guest);
        Assert.True(sent.StatusCode == HttpStatusCode.Created, await sent.Content.ReadAsStringAsync());
        var link = (await sent.JsonAsync())["link"]!.GetValue<string>();
        var answered = await app.Browser().AnswerAsync(link, ("q.overall", "5"), ("q.checkin", "很快"), ("q.nps", "10"));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var now = TimeZoneInfo.ConvertTime(app.Clock!.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));

        var dashboard = await (await app.Api("manager").GetAsync("/api/v1/stats/dashboard?property=DEMO-HOTEL")).JsonAsync();
        var page = await (await app.SignInAsync("manager")).GetStringAsync("/dashboard");
        var report = await app.Api("manager").PostJsonAsync("/api/v1/reports/quarterly",
            new { year = now.Year, quarter = (now.Month + 2) / 3, property = "DEMO-HOTEL" });

        var row = Assert.Single(dashboard["surveys"]!["templates"]!.AsArray())!;
        Assert.Equal(template["id"]!.GetValue<Guid>(), row["templateId"]!.GetValue<Guid>());
        Assert.True(row["answered"]!.GetValue<int>() >= 1);
        Assert.Contains("data-testid=\"survey-response-rate\"", page);
        Assert.Contains($"data-template=\"{template["id"]}\"", page);
        Assert.Contains(template["title"]!.GetValue<string>(), page);
        Assert.Equal(HttpStatusCode.Accepted, report.StatusCode);
        var done = await WaitDoneAsync(report.Headers.Location!.ToString());
        Assert.True(done["state"]!.GetValue<string>() == "done", done.ToJsonString());
        using var book = new XLWorkbook(await (await app.Api("manager").GetAsync(done["xlsx"]!.GetValue<string>())).Content.ReadAsStreamAsync());
        var sheet = book.Worksheet("满意度调查 Surveys");
        Assert.Equal(4, sheet.LastRowUsed()!.RowNumber() - 1);
        Assert.Equal(template["title"]!.GetValue<string>(), sheet.Cell(2, 3).GetString());
        var pdf = await (await app.Api("manager").GetAsync(done["pdf"]!.GetValue<string>())).Content.ReadAsByteArrayAsync();
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Contains("满意度调查", text);
        Assert.Contains(template["title"]!.GetValue<string>(), text);
    }

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
    public async Task Of_several_sends_to_one_guest_at_once_only_one_passes_the_rule()
    {
        app.Require();
        await app.PostStayTemplateAsync();
        var guest = await app.HotelGuestAsync(consents: true);

        var sends = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => app.InviteAsync(guest, user: "agent")));

        var bodies = string.Join(" | ", await Task.WhenAll(sends.Select(async r => $"{r.StatusCode} {await r.Content.ReadAsStringAsync()}")));
        Assert.True(sends.Count(r => r.StatusCode == HttpStatusCode.Created) == 1, bodies);
        Assert.Equal(5, sends.Count(r => r.StatusCode == HttpStatusCode.Conflict));
    }

    [SkippableFact]
    public async Task Erasing_a_guest_removes_their_words_from_survey_answers_and_keeps_the_scores()
    {
        app.Require();
        await app.PostStayTemplateAsync();
        var guest = await app.HotelGuestAsync(consents: true);
        var link = (await (await app.InviteAsync(guest)).JsonAsync())["link"]!.GetValue<string>();
        await app.Browser().AnswerAsync(link, ("q.overall", "2"), ("q.checkin", "较慢"), ("q.nps", "3"), ("q.comment", "我是1208房的王先生"));

        var erased = await app.Api("head").PostJsonAsync($"/api/v1/guests/{guest}/erase", new { });

        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoop.Web.Data.GuestLoopDbContext>();
        var invitation = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.SurveyInvitations.Where(i => i.GuestId == guest));
        Assert.Equal(["checkin", "nps", "overall"], invitation.Answers.Select(a => a.QuestionKey).Order());
    }

    [SkippableFact]
    public async Task A_profile_merged_into_the_guest_counts_for_the_days_between_surveys()
    {
        app.Require();
        await app.PostStayTemplateAsync();
        var surveyed = await app.HotelGuestAsync(consents: true);
        var other = await app.HotelGuestAsync(consents: true);
        Assert.Equal(HttpStatusCode.Created, (await app.InviteAsync(surveyed)).StatusCode);

        var merged = await app.Api("head").PostJsonAsync($"/api/v1/guests/{other}/merge", new { mergedId = surveyed });
        var again = await app.InviteAsync(other);

        Assert.True(merged.StatusCode == HttpStatusCode.OK, await merged.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [SkippableFact]
    public async Task Results_and_sending_stay_inside_the_callers_properties()
    {
        app.Require();
        var template = await app.PostStayTemplateAsync();
        var hotel = template["propertyId"]!.GetValue<Guid>();
        var guest = await app.HotelGuestAsync(consents: true);

        var sentByRanger = await app.InviteAsync(guest, user: "ranger");
        var hotelAsRanger = await app.Api("ranger").GetAsync($"/api/v1/surveys/results?propertyId={hotel}");
        var allAsRanger = await app.ResultsAsync(user: "ranger");
        var asClerk = await app.ResultsAsync(user: "clerk", query: $"?propertyId={hotel}");

        Assert.Equal(HttpStatusCode.NotFound, sentByRanger.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hotelAsRanger.StatusCode);
        Assert.DoesNotContain(allAsRanger["templates"]!.AsArray(), t => t!["propertyId"]!.GetValue<Guid>() == hotel);
        Assert.Single(asClerk["templates"]!.AsArray());
    }

    [SkippableFact]
    public async Task Templates_are_edited_by_administrators_only_checked_one_per_occasion_and_audited()
    {
        app.Require();
        var template = await app.PostStayTemplateAsync();
        var id = template["id"]!.GetValue<Guid>();
        var hotel = template["propertyId"]!.GetValue<Guid>();

        var byClerk = await app.Api("clerk").PostJsonAsync("/api/v1/survey-templates",
            new { propertyId = hotel, occasion = "afterTour", title = "行程", questions = SurveyInvitationFlow.PostStayQuestions });
        var broken = await app.Api("admin").PostJsonAsync("/api/v1/survey-templates", new
        {
            propertyId = hotel, occasion = "quarterlyRelationship", title = " ", minDaysBetween = -1,
            questions = new object[] { new { key = "q", text = "服务", kind = "choice", options = new[] { "好" } } },
        });
        var twice = await app.Api("admin").PostJsonAsync("/api/v1/survey-templates",
            new { propertyId = hotel, occasion = "afterCheckOut", title = "另一个", questions = SurveyInvitationFlow.PostStayQuestions });
        var renamed = await app.Api("admin").PutAsync($"/api/v1/survey-templates/{id}", System.Net.Http.Json.JsonContent.Create(new
        {
            propertyId = hotel, occasion = "afterCheckOut", departmentId = template["departmentId"]!.GetValue<Guid>(), title = "离店满意度调查（新版）",
            questions = SurveyInvitationFlow.PostStayQuestions, minDaysBetween = 30, reminderAfterDays = 3,
        }, options: System.Text.Json.JsonSerializerOptions.Web));

        Assert.Equal(HttpStatusCode.Forbidden, byClerk.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal(["minDaysBetween", "questions[0].options", "title"],
            (await broken.JsonAsync())["errors"]!.AsObject().Select(e => e.Key).Order());
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.True((await twice.JsonAsync())["errors"]!.AsObject().ContainsKey("occasion"));
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("离店满意度调查（新版）", (await renamed.JsonAsync())["title"]!.GetValue<string>());
        Assert.Contains("survey-template.save", await app.GuestAuditAsync("survey-template", id.ToString()));
    }

    [SkippableFact]
    public async Task The_admin_page_opens_on_the_first_propertys_post_stay_template_and_is_closed_to_staff()
    {
        app.Require();
        await app.PostStayTemplateAsync();

        var page = await (await app.SignInAsync("admin")).GetAsync("/admin/survey-templates");
        var asAgent = await (await app.SignInAsync("agent")).GetAsync("/admin/survey-templates");

        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("满意度调查模板", html);
        Assert.Contains("value=\"离店满意度调查", html);
        Assert.Contains("data-question-row=\"3\"", html);
        Assert.NotEqual(HttpStatusCode.OK, asAgent.StatusCode);
    }

    [SkippableFact]
    public async Task A_stay_imported_with_its_check_out_brings_the_survey_and_one_reminder_after_the_days_set()
    {
        app.Require();
        await app.PostStayTemplateAsync();
        var phone = GuestFlow.NewPhone();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(app.Clock!.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        var csv = "property,kind,from,to,reference,name,phone,email\n"
            + $"DEMO-HOTEL,stay,{today.AddDays(-2):yyyy-MM-dd},{today:yyyy-MM-dd},PMS-{phone},李娜,{phone},li.na.{phone}@example.com\n"
            + $"DEMO-HOTEL,stay,{today.AddDays(1):yyyy-MM-dd},{today.AddDays(3):yyyy-MM-dd},PMS-F{phone},李娜,{phone},li.na.{phone}@example.com\n";

        var import = await app.Api("agent").PostAsync("/api/v1/guests/visits/import?fileName=pms.csv&dryRun=false",
            new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)));

        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Equal((2, 1), ((await import.JsonAsync())["imported"]!.GetValue<int>(), (await import.JsonAsync())["surveysSent"]!.GetValue<int>()));
        var to = $"li.na.{phone}@example.com";
        Assert.Single(app.Emails!.Sent, m => m.To == to);
        var hotel = await app.PropertyIdAsync("DEMO-HOTEL");
        var byReference = await app.Api("agent").PostJsonAsync("/api/v1/surveys/invitations",
            new { visitReference = $"PMS-{phone}", occasion = "afterCheckOut", propertyId = hotel });
        var unknownReference = await app.Api("agent").PostJsonAsync("/api/v1/surveys/invitations",
            new { visitReference = $"PMS-X{phone}", occasion = "afterCheckOut", propertyId = hotel });
        Assert.Equal(HttpStatusCode.Conflict, byReference.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownReference.StatusCode);

        async Task<int> RemindAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<SendInvitationReminders>().RunAsync(CancellationToken.None);
        }

        await RemindAsync();
        Assert.Single(app.Emails!.Sent, m => m.To == to);
        app.Clock!.Advance(TimeSpan.FromDays(3));
        await RemindAsync();
        await RemindAsync();
        Assert.Equal(2, app.Emails!.Sent.Count(m => m.To == to));
    }
}

public sealed class SurveyInvitationsSqliteTests(SurveyInvitationSqliteApp app) : SurveyInvitationsTests(app), IClassFixture<SurveyInvitationSqliteApp>;

public sealed class SurveyInvitationsPostgresTests(SurveyInvitationPostgresApp app) : SurveyInvitationsTests(app), IClassFixture<SurveyInvitationPostgresApp>;
