using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace GuestLoop.Web.Tests.Features.Replies;

/// <summary>The reply letter as PDF, sent by e-mail through a real SMTP server or by text message through the outbox.</summary>
public abstract class RepliesTests(GuestLoopApp app)
{
    private async Task<JsonNode> CaseWithInterimReplyAsync(string? email = "zhangwei@example.com", string title = "客房空调不制冷")
    {
        var api = app.Api("agent");
        var created = await (await api.PostJsonAsync("/api/v1/cases", new
        {
            kind = "complaint", channel = "phone", property = "DEMO-HOTEL", title,
            description = "入住1208房间后空调一直吹热风，前台报修两次仍未解决。",
            customer = new { name = "张伟", phone = "13800138000", email },
        })).JsonAsync();
        var id = created["id"]!.GetValue<string>();
        var replied = await api.PostJsonAsync($"/api/v1/cases/{id}/interim-reply", new
        {
            text = "尊敬的张伟：空调压缩机需更换配件，厂家正在发货。给您带来不便，深表歉意。", expectedBy = "2026-12-05",
        });
        Assert.Equal(HttpStatusCode.OK, replied.StatusCode);
        return created;
    }

    private static bool IsPdf(byte[] bytes) => bytes.Length > 5 && Encoding.ASCII.GetString(bytes, 0, 5) == "%PDF-";

    [SkippableFact]
    public async Task The_reply_letter_is_a_pdf_with_its_chinese_font_embedded()
    {
        app.Require();
        var c = await CaseWithInterimReplyAsync();

        var response = await app.Api("agent").GetAsync($"/api/v1/cases/{c["id"]}/reply.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.True(IsPdf(pdf));
        Assert.Contains("/FontFile2", Encoding.Latin1.GetString(pdf));
    }

    [SkippableFact]
    public async Task A_reply_with_characters_outside_the_chinese_font_is_still_a_pdf_with_a_fallback_font()
    {
        app.Require();
        var api = app.Api("agent");
        var created = await (await api.PostJsonAsync("/api/v1/cases", new
        {
            kind = "complaint", channel = "phone", property = "DEMO-HOTEL", title = "𠀀先生的房间😀",
            description = "入住后空调一直吹热风。", customer = new { name = "𠀀先生", phone = "13800138001" },
        })).JsonAsync();
        var replied = await api.PostJsonAsync($"/api/v1/cases/{created["id"]}/interim-reply", new
        {
            text = "尊敬的𠀀先生：空调配件正在发货😀，给您带来不便，深表歉意。", expectedBy = "2026-12-05",
        });
        Assert.Equal(HttpStatusCode.OK, replied.StatusCode);

        var response = await api.GetAsync($"/api/v1/cases/{created["id"]}/reply.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.True(IsPdf(pdf));
        if (File.Exists("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        {
            // The emoji is drawn with a second embedded font.
            Assert.True(Encoding.Latin1.GetString(pdf).Split("/FontFile2").Length > 2);
        }
    }

    [SkippableFact]
    public async Task A_case_without_a_reply_has_no_letter_and_a_case_of_another_property_is_not_found()
    {
        app.Require();
        var api = app.Api("agent");
        var fresh = await (await api.PostJsonAsync("/api/v1/cases", JsonBodies.Complaint())).JsonAsync();
        var scenic = await (await api.PostJsonAsync("/api/v1/cases", JsonBodies.Complaint(property: "DEMO-SCENIC"))).JsonAsync();

        var none = await api.GetAsync($"/api/v1/cases/{fresh["id"]}/reply.pdf");
        var hidden = await app.Api("ranger").PostJsonAsync($"/api/v1/cases/{fresh["id"]}/replies/send", new { way = "sms" });
        var badWay = await api.PostJsonAsync($"/api/v1/cases/{scenic["id"]}/replies/send", new { way = "fax" });

        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badWay.StatusCode);
    }

    [SkippableFact]
    public async Task A_reply_by_text_message_is_kept_in_the_outbox_and_shown_on_the_tracking_page()
    {
        app.Require();
        var c = await CaseWithInterimReplyAsync();
        var id = Guid.Parse(c["id"]!.GetValue<string>());

        var response = await app.Api("agent").PostJsonAsync($"/api/v1/cases/{id}/replies/send", new { way = "sms" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = await response.JsonAsync();
        Assert.Equal("138****8000", sent["to"]!.GetValue<string>());
        Assert.Equal("logged", sent["status"]!.GetValue<string>());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
            var sms = Assert.Single(await db.SmsMessages.Where(m => m.CaseId == id).ToListAsync());
            Assert.Contains(c["number"]!.GetValue<string>(), sms.Text);
            Assert.Contains("/track/", sms.Text);
            Assert.Equal("13800138000", sms.To);
            var stored = await db.Database.SqlQueryRaw<string>("SELECT \"To\" AS \"Value\" FROM sms_outbox WHERE \"Id\" = {0}", sms.Id).SingleAsync();
            Assert.DoesNotContain("13800138000", stored);
            var audit = await db.AuditLog.Where(a => a.Action == "reply.send" && a.EntityKey == id.ToString()).Select(a => a.After).SingleAsync();
            Assert.DoesNotContain("13800138000", audit ?? string.Empty);
        }

        var history = (await (await app.Api().GetAsync($"/api/v1/cases/{id}")).JsonAsync())["history"]!.AsArray();
        Assert.Contains(history, h => h!["action"]!.GetValue<string>() == "replySent" && h["detail"]!.GetValue<string>() == "sms: 138****8000");
        var track = await app.CreateClient().GetStringAsync($"/track/{await TokenAsync(id)}?culture=zh-CN");
        Assert.Contains("答复已发送", track);
    }

    [SkippableFact]
    public async Task The_outbox_page_lists_text_messages_masked_and_a_failed_one_is_sent_again_and_audited()
    {
        app.Require();
        var c = await CaseWithInterimReplyAsync();
        var id = Guid.Parse(c["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await app.Api("agent").PostJsonAsync($"/api/v1/cases/{id}/replies/send", new { way = "sms" })).StatusCode);
        var failed = new GuestLoop.Web.Features.Replies.SmsMessage
        {
            CaseId = id, Purpose = "reply", To = "13800138000", Text = "重发测试", Gateway = "http", Status = "failed", Error = "gateway timeout",
            At = DateTimeOffset.UtcNow,
        };
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
            db.SmsMessages.Add(failed);
            await db.SaveChangesAsync();
        }

        var page = await (await app.SignedInAsync("admin")).GetStringAsync("/admin/sms?culture=zh-CN");
        var refused = await (await app.SignedInAsync("agent")).GetAsync("/admin/sms");
        GuestLoop.Web.Features.Replies.SmsMessage resent;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var admin = new GuestLoop.Web.Features.Account.AccessScope(null, "admin", GuestLoop.Domain.Organisation.AuthorityLevel.Level1, null, true,
                new HashSet<Guid>(), true);
            resent = await scope.ServiceProvider.GetRequiredService<GuestLoop.Web.Features.Replies.SmsOutboxAdmin>().ResendAsync(failed.Id, admin, default);
        }

        Assert.Contains(c["number"]!.GetValue<string>(), page);
        Assert.Contains("138****8000", page);
        Assert.Contains("gateway timeout", page);
        Assert.DoesNotContain("13800138000", page);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.NotEqual(failed.Id, resent.Id);
        Assert.Equal(("重发测试", "13800138000"), (resent.Text, resent.To));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
            Assert.Equal("failed", (await db.SmsMessages.SingleAsync(m => m.Id == failed.Id)).Status);
            Assert.True(await db.AuditLog.AnyAsync(a => a.Action == "sms.resend" && a.EntityKey == failed.Id.ToString()));
        }
    }

    [SkippableFact]
    public async Task An_english_guest_gets_an_english_text_message()
    {
        app.Require();
        var c = await CaseWithInterimReplyAsync(title: "Air conditioning blows hot air");
        var id = Guid.Parse(c["id"]!.GetValue<string>());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        await db.Cases.Where(x => x.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Description, "Room 1208, reported twice."));

        await app.Api("agent").PostJsonAsync($"/api/v1/cases/{id}/replies/send", new { way = "sms" });

        var sms = Assert.Single(await db.SmsMessages.Where(m => m.CaseId == id).ToListAsync());
        Assert.StartsWith("[", sms.Text);
        Assert.Contains("There is a reply to your feedback", sms.Text);
    }

    [SkippableFact]
    public async Task E_mail_without_an_smtp_server_is_refused_and_records_nothing()
    {
        app.Require();
        var c = await CaseWithInterimReplyAsync();

        var response = await app.Api("agent").PostJsonAsync($"/api/v1/cases/{c["id"]}/replies/send", new { way = "email" });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var history = (await (await app.Api().GetAsync($"/api/v1/cases/{c["id"]}")).JsonAsync())["history"]!.AsArray();
        Assert.DoesNotContain(history, h => h!["action"]!.GetValue<string>() == "replySent");
    }

    [SkippableFact]
    public async Task A_reply_by_e_mail_arrives_with_the_pdf_and_the_guest_answer_threads_onto_the_case()
    {
        app.Require();
        MailServers.Require();
        var guest = MailServers.NewUser("guest");
        var hotel = MailServers.NewUser("hotel");
        using var mailing = app.WithWebHostBuilder(b => b
            .UseSetting("GuestLoop:Smtp:Host", MailServers.SmtpHost)
            .UseSetting("GuestLoop:Smtp:Port", MailServers.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("GuestLoop:Smtp:From", MailServers.Address(hotel)));
        var c = await CaseWithInterimReplyAsync(email: MailServers.Address(guest));
        var id = Guid.Parse(c["id"]!.GetValue<string>());
        var api = mailing.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", GuestLoopApp.AdminKey);
        api.DefaultRequestHeaders.Add("X-On-Behalf-Of", "agent");

        var response = await api.PostJsonAsync($"/api/v1/cases/{id}/replies/send", new { way = "email" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var messageId = (await response.JsonAsync())["messageId"]!.GetValue<string>();
        var delivered = Assert.Single(await MailServers.WaitForMessagesAsync(guest));
        Assert.Equal(messageId, delivered.MessageId);
        Assert.Contains(c["number"]!.GetValue<string>(), delivered.Subject);
        var attachment = Assert.IsType<MimePart>(Assert.Single(delivered.Attachments));
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        Assert.True(IsPdf(content.ToArray()));

        // The guest answers the mail; the hotel's mailbox puts the answer on the same case.
        var box = await (await app.Api().PostJsonAsync("/api/v1/mailboxes", new
        {
            name = "酒店邮箱 " + hotel, property = "DEMO-HOTEL", host = MailServers.ImapHost, port = MailServers.ImapPort, tls = "none",
            userName = hotel, password = MailServers.Password, address = MailServers.Address(hotel),
        })).JsonAsync();
        var answer = MailServers.GuestMail(MailServers.Address(hotel), "Re: " + delivered.Subject, "好的，等你们消息。", from: MailServers.Address(guest));
        answer.InReplyTo = delivered.MessageId;
        await MailServers.AppendAsync(hotel, answer);
        var poll = await (await app.Api().PostAsync($"/api/v1/mailboxes/{box["id"]}/poll", null)).JsonAsync();

        Assert.Equal(1, poll["threaded"]!.GetValue<int>());
        var history = (await (await app.Api().GetAsync($"/api/v1/cases/{id}")).JsonAsync())["history"]!.AsArray();
        Assert.Contains(history, h => h!["action"]!.GetValue<string>() == "replySent");
        Assert.Contains(history, h => h!["action"]!.GetValue<string>() == "guestMessage" && h["detail"]!.GetValue<string>().Contains("等你们消息"));
    }

    private async Task<string> TokenAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>().Cases.Where(c => c.Id == id).Select(c => c.TrackingToken).SingleAsync();
    }
}

public sealed class RepliesSqliteTests(SqliteApp app) : RepliesTests(app), IClassFixture<SqliteApp>;

public sealed class RepliesPostgresTests(PostgresApp app) : RepliesTests(app), IClassFixture<PostgresApp>;
