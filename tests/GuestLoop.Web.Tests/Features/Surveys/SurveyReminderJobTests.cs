using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Surveys;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Surveys;

/// <summary>The job that sends due survey reminders: each once, however many rounds or instances run it.</summary>
public abstract class SurveyReminderJobTests(GuestLoopApp app)
{
    private static async Task<int> RunAsync(WebApplicationFactoryLike host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SendSurveyReminders>().RunAsync(CancellationToken.None);
    }

    private sealed record WebApplicationFactoryLike(IServiceProvider Services);

    private async Task<(int RemindersSent, List<string> Texts)> StateAsync(Guid caseId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var survey = await db.Surveys.AsNoTracking().SingleAsync(s => s.CaseId == caseId);
        var texts = await db.SmsMessages.Where(m => m.SurveyId == survey.Id).Select(m => m.Text).ToListAsync();
        return (survey.RemindersSent, texts);
    }

    [SkippableFact]
    public async Task A_due_reminder_goes_out_once_by_text_message_even_when_several_rounds_run_at_once()
    {
        app.Require();
        var id = await app.RepliedComplaintAsync();
        await app.ShiftAsync(id, nextReminderAt: DateTimeOffset.UtcNow.AddMinutes(-1));
        var host = new WebApplicationFactoryLike(app.Services);

        var rounds = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RunAsync(host)));
        var again = await RunAsync(host);

        var (count, texts) = await StateAsync(id);
        Assert.Equal(1, count);
        var text = Assert.Single(texts);
        Assert.Contains("/survey/", text);
        Assert.Contains("诚邀您为我们打分", text);
        Assert.Equal(0, again);
        Assert.True(rounds.Sum() >= 1);
        var history = (await (await app.Api("agent").GetAsync($"/api/v1/cases/{id}")).JsonAsync())["history"]!.AsArray();
        var line = Assert.Single(history, h => h!["action"]!.GetValue<string>() == "surveyReminder")!;
        Assert.Equal("#1 sms: 138****8000", line["detail"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task A_reminder_not_yet_due_is_not_sent()
    {
        app.Require();
        var id = await app.RepliedComplaintAsync();

        await RunAsync(new WebApplicationFactoryLike(app.Services));

        var (count, texts) = await StateAsync(id);
        Assert.Equal(0, count);
        Assert.Empty(texts);
    }

    [SkippableFact]
    public async Task With_e_mail_configured_the_reminder_is_delivered_to_the_guest_mailbox()
    {
        app.Require();
        MailServers.Require();
        var guest = MailServers.NewUser("guest");
        using var mailing = app.WithWebHostBuilder(b => b
            .UseSetting("GuestLoop:Smtp:Host", MailServers.SmtpHost)
            .UseSetting("GuestLoop:Smtp:Port", MailServers.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("GuestLoop:Smtp:From", "service@" + MailServers.Domain)
            .UseSetting("GuestLoop:PublicUrl", "https://guestloop.example"));
        var created = await (await app.Api().PostJsonAsync("/api/v1/cases", new
        {
            kind = "complaint", channel = "phone", property = "DEMO-HOTEL", title = "客房有异味", description = "房间有霉味。",
            customer = new { name = "张伟", email = MailServers.Address(guest) },
        })).JsonAsync();
        var id = created["id"]!.GetValue<Guid>();
        await app.StepAsync(id, "triage", new { category = "hygiene", severity = "general" });
        await app.StepAsync(id, "start-investigation");
        await app.ReplyFromInvestigationAsync(id);
        await app.ShiftAsync(id, nextReminderAt: DateTimeOffset.UtcNow.AddMinutes(-1));

        Assert.Equal(1, await RunAsync(new WebApplicationFactoryLike(mailing.Services)));
        var mail = Assert.Single(await MailServers.WaitForMessagesAsync(guest));
        Assert.Contains("https://guestloop.example/survey/", mail.TextBody);
        Assert.Equal("auto-generated", mail.Headers["Auto-Submitted"]);
        Assert.Equal(1, (await StateAsync(id)).RemindersSent);
    }
}

public sealed class SurveyReminderJobSqliteTests(SqliteApp app) : SurveyReminderJobTests(app), IClassFixture<SqliteApp>;

public sealed class SurveyReminderJobPostgresTests(PostgresApp app) : SurveyReminderJobTests(app), IClassFixture<PostgresApp>;
