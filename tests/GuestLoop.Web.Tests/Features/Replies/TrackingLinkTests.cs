using System.Net;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Intake;
using GuestLoop.Web.Features.Replies;
using GuestLoop.Web.Tests.Features.Customers;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Replies;

/// <summary>
/// A case staff record by phone or at the desk tells the guest its tracking link by text message, in the intake's own
/// transaction, and by e-mail after it, unless the guest withdrew consent; the case page shows the link and its QR code to staff.
/// </summary>
public abstract class TrackingLinkTests(GuestLoopApp app)
{
    private RecordingEmailSender Emails => app.Emails!;

    private const string AppBase = "https://guestloop.test/";

    /// <summary>A case handed to the intake as the workspace's new-case page hands it.</summary>
    private async Task<Case> RecordAsync(string phone, Channel channel = Channel.Phone, IntakeKey? key = null, string? email = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var property = await db.Properties.AsNoTracking().SingleAsync(p => p.Code == "DEMO-HOTEL");
        var clerk = new Actor(await app.StaffIdAsync("clerk"), "赵敏", AuthorityLevel.None);
        var input = new NewCase(property.Id, CaseKind.Complaint, channel, "房间热水时有时无", "1206房间洗澡时热水忽冷忽热。",
            new Complainant("周先生", phone, email), null, "1206", null);
        var intake = new CaseIntake(input, property, clerk) { TrackingLinkBase = AppBase, Key = key };
        return (await scope.ServiceProvider.GetRequiredService<ReceiveCase>().ReceiveAsync(intake, CancellationToken.None)).Case;
    }

    private async Task<List<SmsMessage>> TrackingTextsAsync(Guid? caseId = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        return await db.SmsMessages.AsNoTracking()
            .Where(m => m.Purpose == TrackingLinkNotice.Purpose && (caseId == null || m.CaseId == caseId)).ToListAsync();
    }

    private async Task WithConsentAsync(string phone, bool granted)
    {
        // The guest is known from an earlier call recorded by an integration, which itself tells the guest nothing.
        var earlier = (await app.CaseForAsync(phone))["id"]!.GetValue<Guid>();
        Assert.Empty(await TrackingTextsAsync(earlier));
        var guestId = await app.GuestIdAsync(earlier);
        var consent = await app.Api("agent").PostJsonAsync($"/api/v1/guests/{guestId}/consents", new { purpose = "service", granted, source = "前台" });
        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
    }

    [SkippableFact]
    public async Task A_phone_case_of_a_consenting_guest_puts_one_text_with_the_tracking_link_in_the_outbox_and_the_case_page_shows_it()
    {
        app.Require();
        var phone = GuestFlow.NewPhone();
        await WithConsentAsync(phone, granted: true);

        var email = $"zhou{Guid.NewGuid():N}@example.com";

        var c = await RecordAsync(phone, email: email);

        var link = $"https://guestloop.test/track/{c.TrackingToken}";
        var sms = Assert.Single(await TrackingTextsAsync(c.Id));
        Assert.Equal(phone, sms.To);
        Assert.Equal("logged", sms.Status);
        Assert.Contains(link, sms.Text);
        Assert.Contains(c.Number, sms.Text);
        Assert.Contains("您的反馈已登记", sms.Text);
        // The e-mail goes out just after the commit, off the intake writer.
        for (var i = 0; i < 100 && !Emails.Sent.Any(m => m.To == email); i++)
        {
            await Task.Delay(50);
        }

        var mail = Assert.Single(Emails.Sent, m => m.To == email);
        Assert.Contains(link, mail.Body);
        Assert.Contains(c.Number, mail.Subject);
        Assert.True(mail.Automatic);

        var outbox = await (await app.SignedInAsync("admin")).GetStringAsync("/admin/sms?culture=zh-CN");
        Assert.Contains(c.Number, outbox);
        Assert.Contains("追踪链接", outbox);
        Assert.DoesNotContain(phone, outbox);

        var page = await (await app.SignedInAsync("clerk")).GetAsync($"/cases/{c.Id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains($"/track/{c.TrackingToken}", html);
        Assert.Matches("<img[^>]*src=\"data:image/png;base64,[^\"]+\"[^>]*alt=\"[^\"]*" + c.Number, html);
    }

    [SkippableFact]
    public async Task A_guest_who_withdrew_consent_to_service_messages_gets_no_text()
    {
        app.Require();
        var phone = GuestFlow.NewPhone();
        await WithConsentAsync(phone, granted: false);

        var email = $"zhou{Guid.NewGuid():N}@example.com";

        var c = await RecordAsync(phone, email: email);

        Assert.Empty(await TrackingTextsAsync(c.Id));
        await Task.Delay(500);
        Assert.DoesNotContain(Emails.Sent, m => m.To == email);
    }

    [SkippableFact]
    public async Task Only_phone_and_desk_cases_tell_the_guest_and_a_failed_intake_tells_nobody()
    {
        app.Require();
        var desk = await RecordAsync(GuestFlow.NewPhone(), Channel.Onsite);
        var social = await RecordAsync(GuestFlow.NewPhone(), Channel.Social);
        Assert.Single(await TrackingTextsAsync(desk.Id));
        Assert.Empty(await TrackingTextsAsync(social.Id));

        var key = new IntakeKey { Scope = "property:test", Key = Guid.NewGuid().ToString("N"), CreatedAt = DateTimeOffset.UtcNow };
        await RecordAsync(GuestFlow.NewPhone(), key: key);
        var before = (await TrackingTextsAsync()).Count;
        var again = new IntakeKey { Scope = key.Scope, Key = key.Key, CreatedAt = DateTimeOffset.UtcNow };
        await Assert.ThrowsAnyAsync<Exception>(() => RecordAsync(GuestFlow.NewPhone(), key: again));
        Assert.Equal(before, (await TrackingTextsAsync()).Count);
    }
}

public sealed class TrackingLinkSqliteTests(MailingSqliteApp app) : TrackingLinkTests(app), IClassFixture<MailingSqliteApp>;

public sealed class TrackingLinkPostgresTests(MailingPostgresApp app) : TrackingLinkTests(app), IClassFixture<MailingPostgresApp>;
