using System.Net;
using System.Text.Json.Nodes;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace GuestLoop.Web.Tests.Features.Mail;

/// <summary>Guest mail read from a real IMAP server: new mail opens a case, a reply continues it, machines are ignored, each message once.</summary>
public abstract class MailIntakeTests(GuestLoopApp app)
{
    private async Task<(string Id, string User)> MailboxAsync(string? password = null)
    {
        var user = MailServers.NewUser();
        var response = await app.Api().PostJsonAsync("/api/v1/mailboxes", new
        {
            name = "前台邮箱 " + user, property = "DEMO-HOTEL", host = MailServers.ImapHost, port = MailServers.ImapPort, tls = "none",
            userName = user, password = password ?? MailServers.Password, address = MailServers.Address(user),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await response.JsonAsync())["id"]!.GetValue<string>(), user);
    }

    private async Task<JsonNode> PollAsync(string mailboxId)
    {
        var response = await app.Api().PostAsync($"/api/v1/mailboxes/{mailboxId}/poll", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    private async Task<List<Guid>> CasesOfAsync(string mailboxId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var id = Guid.Parse(mailboxId);
        return await db.MailReceipts.Where(r => r.MailboxId == id && r.CaseId != null).Select(r => r.CaseId!.Value).Distinct().ToListAsync();
    }

    private async Task<JsonNode> CaseAsync(Guid id) => await (await app.Api().GetAsync($"/api/v1/cases/{id}")).JsonAsync();

    [SkippableFact]
    public async Task A_new_mail_opens_an_email_case_on_the_mailbox_property_once()
    {
        app.Require();
        MailServers.Require();
        var (box, user) = await MailboxAsync();
        await MailServers.AppendAsync(user, MailServers.GuestMail(MailServers.Address(user), "Re: 1203房间空调不制冷", "昨晚空调一直吹热风，请尽快处理。"));

        var first = await PollAsync(box);
        var again = await PollAsync(box);

        Assert.Equal(1, first["created"]!.GetValue<int>());
        Assert.Equal(0, again["read"]!.GetValue<int>());
        var id = Assert.Single(await CasesOfAsync(box));
        var c = await CaseAsync(id);
        Assert.Equal("email", c["channel"]!.GetValue<string>());
        Assert.Equal("DEMO-HOTEL", c["property"]!.GetValue<string>());
        Assert.Equal("1203房间空调不制冷", c["title"]!.GetValue<string>());
        Assert.Equal("昨晚空调一直吹热风，请尽快处理。", c["description"]!.GetValue<string>());
        Assert.Equal("张伟", c["customer"]!["name"]!.GetValue<string>());
        Assert.Equal("zhang.wei@example.com", c["customer"]!["email"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task A_reply_by_in_reply_to_lands_on_the_same_case_and_no_new_case_opens()
    {
        app.Require();
        MailServers.Require();
        var (box, user) = await MailboxAsync();
        var original = MailServers.GuestMail(MailServers.Address(user), "早餐有头发", "今天早餐的粥里有头发。");
        await MailServers.AppendAsync(user, original);
        await PollAsync(box);

        var reply = MailServers.GuestMail(MailServers.Address(user), "Re: 早餐有头发", "补充：照片见附件。\n> 今天早餐的粥里有头发。");
        reply.InReplyTo = original.MessageId;
        reply.References.Add(original.MessageId!);
        await MailServers.AppendAsync(user, reply);
        var result = await PollAsync(box);

        Assert.Equal(1, result["threaded"]!.GetValue<int>());
        Assert.Equal(0, result["created"]!.GetValue<int>());
        var id = Assert.Single(await CasesOfAsync(box));
        var history = (await CaseAsync(id))["history"]!.AsArray();
        var message = Assert.Single(history, h => h!["action"]!.GetValue<string>() == "guestMessage");
        Assert.Equal("email: 补充：照片见附件。", message!["detail"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task A_mail_naming_the_case_number_in_its_subject_lands_on_that_case()
    {
        app.Require();
        MailServers.Require();
        var (box, user) = await MailboxAsync();
        await MailServers.AppendAsync(user, MailServers.GuestMail(MailServers.Address(user), "停车场收费不合理", "停车费比公示的高。"));
        await PollAsync(box);
        var id = Assert.Single(await CasesOfAsync(box));
        var number = (await CaseAsync(id))["number"]!.GetValue<string>();

        await MailServers.AppendAsync(user, MailServers.GuestMail(MailServers.Address(user), $"关于 {number} 的补充", "发票号 12345。"));
        var result = await PollAsync(box);

        Assert.Equal(1, result["threaded"]!.GetValue<int>());
        Assert.Single(await CasesOfAsync(box));
    }

    [SkippableFact]
    public async Task Auto_replies_and_our_own_mail_open_no_case()
    {
        app.Require();
        MailServers.Require();
        var (box, user) = await MailboxAsync();
        var outOfOffice = MailServers.GuestMail(MailServers.Address(user), "自动回复：不在办公室", "我正在休假。");
        outOfOffice.Headers.Add("Auto-Submitted", "auto-replied");
        var ours = MailServers.GuestMail(MailServers.Address(user), "关于您的投诉", "已处理。", from: MailServers.Address(user), fromName: "酒店");
        await MailServers.AppendAsync(user, outOfOffice);
        await MailServers.AppendAsync(user, ours);

        var result = await PollAsync(box);

        Assert.Equal(2, result["dropped"]!.GetValue<int>());
        Assert.Empty(await CasesOfAsync(box));
    }

    [SkippableFact]
    public async Task Attachments_become_evidence_and_forbidden_ones_are_skipped_and_noted()
    {
        app.Require();
        MailServers.Require();
        var (box, user) = await MailboxAsync();
        var mail = MailServers.GuestMail(MailServers.Address(user), "浴室漏水", "见附件。");
        var body = new BodyBuilder { TextBody = "见附件。" };
        body.Attachments.Add("照片.pdf", "%PDF-1.4\n%test\n"u8.ToArray(), new ContentType("application", "pdf"));
        body.Attachments.Add("setup.exe", "MZ\x90\x00 not a photo"u8.ToArray(), new ContentType("application", "octet-stream"));
        mail.Body = body.ToMessageBody();
        await MailServers.AppendAsync(user, mail);

        await PollAsync(box);

        var history = (await CaseAsync(Assert.Single(await CasesOfAsync(box))))["history"]!.AsArray();
        var evidence = Assert.Single(history, h => h!["action"]!.GetValue<string>() == "addEvidence");
        Assert.Equal("照片.pdf", evidence!["detail"]!.GetValue<string>());
        Assert.Contains(history, h => h!["action"]!.GetValue<string>() == "addNote" && h["detail"]!.GetValue<string>().Contains("setup.exe"));
    }

    [SkippableFact]
    public async Task A_failing_mailbox_counts_its_failures_and_waits_longer_each_time()
    {
        app.Require();
        MailServers.Require();
        var (box, _) = await MailboxAsync(password: "wrong-password");

        var first = await PollAsync(box);
        var state1 = await (await app.Api().GetAsync($"/api/v1/mailboxes/{box}")).JsonAsync();
        await PollAsync(box);
        var state2 = await (await app.Api().GetAsync($"/api/v1/mailboxes/{box}")).JsonAsync();

        Assert.False(first["succeeded"]!.GetValue<bool>());
        Assert.Equal(1, state1["consecutiveFailures"]!.GetValue<int>());
        Assert.Equal(2, state2["consecutiveFailures"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(state2["lastError"]!.GetValue<string>()));
        var wait1 = state1["nextAttemptAt"]!.GetValue<DateTimeOffset>() - state1["lastErrorAt"]!.GetValue<DateTimeOffset>();
        var wait2 = state2["nextAttemptAt"]!.GetValue<DateTimeOffset>() - state2["lastErrorAt"]!.GetValue<DateTimeOffset>();
        Assert.Equal(wait1 * 2, wait2);
        Assert.Null(state2["lastSuccessAt"]);
    }

    [SkippableFact]
    public async Task Mailboxes_are_for_administrators_and_the_password_never_comes_back()
    {
        app.Require();
        var created = await app.Api().PostJsonAsync("/api/v1/mailboxes", new
        {
            name = "景区邮箱 " + Guid.NewGuid().ToString("N")[..8], property = "DEMO-SCENIC", host = "imap.example.com", port = 993, tls = "implicit",
            userName = "service@scenic.example", password = "s3cret-value", address = "service@scenic.example",
        });
        var box = (await created.JsonAsync())["id"]!.GetValue<string>();

        var asAgent = await app.Api("agent").GetAsync("/api/v1/mailboxes");
        var list = await (await app.Api().GetAsync("/api/v1/mailboxes")).Content.ReadAsStringAsync();
        var invalid = await app.Api().PostJsonAsync("/api/v1/mailboxes", new { name = "", property = "NOPE", port = 0, tls = "ssl", address = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, asAgent.StatusCode);
        Assert.Contains(box, list);
        Assert.DoesNotContain("s3cret-value", list);
        Assert.DoesNotContain("password", list, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.JsonAsync())["errors"]!.AsObject();
        Assert.Equal(["address", "host", "name", "password", "port", "property", "tls", "userName"], errors.Select(e => e.Key).Order());
    }
}

public sealed class MailIntakeSqliteTests(SqliteApp app) : MailIntakeTests(app), IClassFixture<SqliteApp>;

public sealed class MailIntakePostgresTests(PostgresApp app) : MailIntakeTests(app), IClassFixture<PostgresApp>;
