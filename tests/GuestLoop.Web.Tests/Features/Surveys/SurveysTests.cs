using System.Net;
using GuestLoop.Domain.Customers;
using GuestLoop.Web.Tests.Features.Customers;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Surveys;

/// <summary>The satisfaction survey from the written reply to the guest's answer, through HTTP.</summary>
public abstract class SurveysTests(GuestLoopApp app)
{
    private static List<string> Actions(System.Text.Json.Nodes.JsonNode @case) =>
        @case["history"]!.AsArray().Select(h => h!["action"]!.GetValue<string>()).ToList();

    [SkippableFact]
    public async Task A_written_reply_creates_a_survey_an_interim_reply_does_not()
    {
        app.Require();
        var id = await app.NewComplaintAsync();
        await app.StepAsync(id, "triage", new { category = "hygiene", severity = "general" });
        await app.StepAsync(id, "start-investigation");
        await app.StepAsync(id, "interim-reply", new { text = "正在核实，三日内答复。", expectedBy = "2026-12-20" });
        Assert.Empty(await app.SurveysAsync(id));

        await app.ReplyFromInvestigationAsync(id);

        var survey = Assert.Single(await app.SurveysAsync(id))!;
        Assert.Equal("open", survey["state"]!.GetValue<string>());
        Assert.Matches("^/survey/[A-Za-z0-9_-]{32}$", survey["link"]!.GetValue<string>());
        Assert.Equal(survey["createdAt"]!.GetValue<DateTimeOffset>().AddDays(14), survey["expiresAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(survey["createdAt"]!.GetValue<DateTimeOffset>().AddDays(3), survey["nextReminderAt"]!.GetValue<DateTimeOffset>());
        var tracking = await app.Browser().GetStringAsync($"/track/{await app.TrackingTokenAsync(id)}");
        Assert.Contains($"href=\"{survey["link"]}\"", tracking);
    }

    [SkippableFact]
    public async Task A_satisfied_answer_records_the_scores_and_does_not_reopen()
    {
        app.Require();
        var id = await app.RepliedComplaintAsync();
        var link = await app.LinkAsync(id);
        var guest = app.Browser();

        var posted = await guest.AnswerAsync(link, ("csat", "5"), ("nps", "9"), ("comment", "处理很及时"));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"{link}?done=1", posted.Headers.Location!.OriginalString);
        Assert.Contains("data-view=\"thanks\"", await guest.GetStringAsync($"{link}?done=1"));
        var survey = Assert.Single(await app.SurveysAsync(id))!;
        Assert.Equal(("answered", 5, 9, "promoter", false, "处理很及时"), (survey["state"]!.GetValue<string>(), survey["csat"]!.GetValue<int>(),
            survey["nps"]!.GetValue<int>(), survey["npsCategory"]!.GetValue<string>(), survey["unsatisfied"]!.GetValue<bool>(),
            survey["comment"]!.GetValue<string>()));
        var @case = await app.CaseAsync(id);
        Assert.Equal("followUp", @case["status"]!.GetValue<string>());
        Assert.Equal(0, @case["reopenCount"]!.GetValue<int>());
        Assert.Equal("recordFollowUp", Actions(@case)[^1]);
        Assert.Equal("survey: 5/5 NPS 9/10 处理很及时", @case["history"]!.AsArray()[^1]!["detail"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task An_unsatisfied_answer_reopens_the_case_and_alerts_the_department_head()
    {
        app.Require();
        var id = await app.RepliedComplaintAsync();
        var link = await app.LinkAsync(id);

        var posted = await app.Browser().AnswerAsync(link, ("csat", "2"), ("comment", "房间仍有异味"));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var @case = await app.CaseAsync(id);
        Assert.Equal("investigating", @case["status"]!.GetValue<string>());
        Assert.Equal(1, @case["reopenCount"]!.GetValue<int>());
        // The three entries share one instant; their sequence keeps the order they were written in.
        Assert.Equal(["recordFollowUp", "reopen", "alertDepartmentHead"], Actions(@case)[^3..]);
        var alert = @case["history"]!.AsArray().Single(h => h!["action"]!.GetValue<string>() == "alertDepartmentHead")!;
        Assert.Contains("陈静", alert["detail"]!.GetValue<string>());
        Assert.True(Assert.Single(await app.SurveysAsync(id))!["unsatisfied"]!.GetValue<bool>());
        var notices = (await (await app.Api("head").GetAsync("/api/v1/notifications?unread=true")).JsonAsync()).AsArray();
        Assert.Contains(notices, n => n!["caseId"]!.GetValue<Guid>() == id && n["event"]!.GetValue<string>() == "guestUnsatisfied");

        await app.ReplyFromInvestigationAsync(id);

        var surveys = await app.SurveysAsync(id);
        Assert.Equal(2, surveys.Count);
        Assert.Equal((1, "open"), (surveys[0]!["cycle"]!.GetValue<int>(), surveys[0]!["state"]!.GetValue<string>()));
        Assert.Equal("answered", surveys[1]!["state"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task A_second_answer_is_refused_and_changes_nothing()
    {
        app.Require();
        var id = await app.RepliedComplaintAsync();
        var link = await app.LinkAsync(id);
        var guest = app.Browser();
        await guest.AnswerAsync(link, ("csat", "4"));
        var before = await app.CaseAsync(id);

        var again = await guest.AnswerAsync(link, ("csat", "1"), ("comment", "改主意了"));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("data-view=\"answered\"", await again.Content.ReadAsStringAsync());
        Assert.Equal(4, Assert.Single(await app.SurveysAsync(id))!["csat"]!.GetValue<int>());
        var after = await app.CaseAsync(id);
        Assert.Equal(before.ToJsonString(), after.ToJsonString());
        Assert.Contains("data-view=\"answered\"", await guest.GetStringAsync(link));
    }

    [SkippableFact]
    public async Task An_expired_link_is_refused_and_changes_nothing()
    {
        app.Require();
        var id = await app.RepliedComplaintAsync();
        var link = await app.LinkAsync(id);
        await app.ShiftAsync(id, expiresAt: DateTimeOffset.UtcNow.AddMinutes(-1));
        var guest = app.Browser();

        var shown = await guest.GetAsync(link);
        var posted = await guest.AnswerAsync(link, ("csat", "1"));

        Assert.Equal(HttpStatusCode.Gone, shown.StatusCode);
        Assert.Contains("data-view=\"expired\"", await shown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Gone, posted.StatusCode);
        var survey = Assert.Single(await app.SurveysAsync(id))!;
        Assert.Equal("expired", survey["state"]!.GetValue<string>());
        Assert.Null(survey["csat"]);
        Assert.Equal("replied", (await app.CaseAsync(id))["status"]!.GetValue<string>());
    }

    [SkippableTheory]
    [InlineData("7", "", "csat")]
    [InlineData("", "", "csat")]
    [InlineData("差", "", "csat")]
    [InlineData("3", "11", "nps")]
    public async Task Bad_input_shows_the_form_again_with_field_errors_and_stores_nothing(string csat, string nps, string field)
    {
        app.Require();
        var id = await app.RepliedComplaintAsync();
        var link = await app.LinkAsync(id);

        var posted = await app.Browser().AnswerAsync(link, ("csat", csat), ("nps", nps), ("comment", "保留的意见"));

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        var html = await posted.Content.ReadAsStringAsync();
        Assert.Contains($"data-field=\"{field}\"", html);
        Assert.Contains("name=\"csat\"", html);
        Assert.Contains("保留的意见", html);
        Assert.Equal("open", Assert.Single(await app.SurveysAsync(id))!["state"]!.GetValue<string>());
        Assert.Equal("replied", (await app.CaseAsync(id))["status"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task The_survey_page_shows_the_case_number_and_title_but_no_staff_or_notes()
    {
        app.Require();
        var id = await app.RepliedComplaintAsync();
        await app.StepAsync(id, "notes", new { text = "内部备注：楼层服务员小刘" });
        var @case = await app.CaseAsync(id);

        var html = await app.Browser().GetStringAsync(await app.LinkAsync(id));

        Assert.Contains(@case["number"]!.GetValue<string>(), html);
        Assert.Contains(@case["title"]!.GetValue<string>(), html);
        Assert.Contains("<meta name=\"viewport\"", html);
        Assert.DoesNotContain("陈静", html);
        Assert.DoesNotContain("内部备注", html);
        Assert.DoesNotContain("更换滤网", html);
    }

    [SkippableFact]
    public async Task The_survey_page_is_in_Chinese_by_default_and_in_English_on_request()
    {
        app.Require();
        var link = await app.LinkAsync(await app.RepliedComplaintAsync());

        var chinese = await app.Browser().GetStringAsync(link);
        var english = await app.Browser().GetStringAsync($"{link}?culture=en");

        Assert.Contains("满意度评价", chinese);
        Assert.Contains("非常不满意", chinese);
        Assert.Contains("Satisfaction survey", english);
        Assert.Contains("Very unsatisfied", english);
        Assert.Contains($"returnUrl={Uri.EscapeDataString(link)}", chinese);
    }

    [SkippableFact]
    public async Task An_unknown_token_is_404_and_shows_nothing_of_any_case()
    {
        app.Require();
        var guest = app.Browser();

        var shown = await guest.GetAsync("/survey/" + new string('x', 32));
        var posted = await guest.AnswerAsync("/survey/" + new string('y', 32), ("csat", "1"));

        Assert.Equal(HttpStatusCode.NotFound, shown.StatusCode);
        var html = await shown.Content.ReadAsStringAsync();
        Assert.Contains("data-view=\"not-found\"", html);
        Assert.DoesNotContain("DEMO-", html);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
    }

    [SkippableFact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        app.Require();
        var id = await app.RepliedComplaintAsync();
        var link = await app.LinkAsync(id);

        var posted = await app.Browser().PostAsync(link, new FormUrlEncodedContent([new("csat", "1")]));

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal("open", Assert.Single(await app.SurveysAsync(id))!["state"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task Reminders_due_are_listed_until_the_sender_records_them()
    {
        app.Require();
        var id = await app.RepliedComplaintAsync();
        await app.ShiftAsync(id, nextReminderAt: DateTimeOffset.UtcNow.AddMinutes(-5));
        var surveyId = Assert.Single(await app.SurveysAsync(id))!["id"]!.GetValue<Guid>();

        var due = (await (await app.Api().GetAsync("/api/v1/surveys/reminders-due?limit=500")).JsonAsync()).AsArray();

        var item = Assert.Single(due, d => d!["caseId"]!.GetValue<Guid>() == id)!;
        Assert.Equal((1, "13800138000"), (item["reminder"]!.GetValue<int>(), item["customer"]!["phone"]!.GetValue<string>()));
        var sent = await (await app.Api().PostJsonAsync($"/api/v1/surveys/{surveyId}/reminder-sent", new { })).JsonAsync();
        Assert.Equal(1, sent["remindersSent"]!.GetValue<int>());
        Assert.Equal(sent["createdAt"]!.GetValue<DateTimeOffset>().AddDays(3), sent["nextReminderAt"]!.GetValue<DateTimeOffset>());
        due = (await (await app.Api().GetAsync("/api/v1/surveys/reminders-due?limit=500")).JsonAsync()).AsArray();
        Assert.DoesNotContain(due, d => d!["caseId"]!.GetValue<Guid>() == id);
        var again = await app.Api().PostJsonAsync($"/api/v1/surveys/{surveyId}/reminder-sent", new { });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var history = (await (await app.Api().GetAsync($"/api/v1/cases/{id}")).JsonAsync())["history"]!.AsArray();
        Assert.Equal(["#1 manual"], history.Where(h => h!["action"]!.GetValue<string>() == "surveyReminder").Select(h => h!["detail"]!.GetValue<string>()));
    }

    [SkippableFact]
    public async Task A_reminder_is_not_due_once_the_guest_withdrew_survey_consent_and_an_agent_sees_the_phone_masked()
    {
        app.Require();
        var phone = GuestFlow.NewPhone();
        var id = (await app.CaseForAsync(phone))["id"]!.GetValue<Guid>();
        await app.StepAsync(id, "triage", new { category = "hygiene", severity = "general" });
        await app.StepAsync(id, "start-investigation");
        await app.ReplyFromInvestigationAsync(id);
        await app.ShiftAsync(id, nextReminderAt: DateTimeOffset.UtcNow.AddMinutes(-5));

        var asAgent = (await (await app.Api("agent").GetAsync("/api/v1/surveys/reminders-due?limit=500")).JsonAsync()).AsArray();
        var guestId = await app.GuestIdAsync(id);
        var withdrawn = await app.Api("agent").PostJsonAsync($"/api/v1/guests/{guestId}/consents", new { purpose = "surveys", granted = false });
        var after = (await (await app.Api().GetAsync("/api/v1/surveys/reminders-due?limit=500")).JsonAsync()).AsArray();

        Assert.Equal(Masking.Phone(phone), Assert.Single(asAgent, d => d!["caseId"]!.GetValue<Guid>() == id)!["customer"]!["phone"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.DoesNotContain(after, d => d!["caseId"]!.GetValue<Guid>() == id);
    }

    [SkippableFact]
    public async Task Surveys_are_visible_only_inside_the_callers_properties()
    {
        app.Require();
        var id = await app.RepliedComplaintAsync();
        await app.ShiftAsync(id, nextReminderAt: DateTimeOffset.UtcNow.AddMinutes(-5));

        var hidden = await app.Api("ranger").GetAsync($"/api/v1/cases/{id}/surveys");
        var due = (await (await app.Api("ranger").GetAsync("/api/v1/surveys/reminders-due?limit=500")).JsonAsync()).AsArray();

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.DoesNotContain(due, d => d!["caseId"]!.GetValue<Guid>() == id);
        Assert.Single(await app.SurveysAsync(id, onBehalfOf: "clerk"));
    }
}

public sealed class SurveysSqliteTests(SqliteApp app) : SurveysTests(app), IClassFixture<SqliteApp>;

public sealed class SurveysPostgresTests(PostgresApp app) : SurveysTests(app), IClassFixture<PostgresApp>;
