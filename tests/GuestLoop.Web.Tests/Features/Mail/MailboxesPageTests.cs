using System.Net;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Mail;

/// <summary>The mailboxes page shows every mailbox's poll state to an administrator, never its password, and is refused to others.</summary>
public abstract class MailboxesPageTests(GuestLoopApp app)
{
    [SkippableFact]
    public async Task An_administrator_sees_each_mailbox_with_its_state()
    {
        app.Require();
        var name = "投诉邮箱 " + Guid.NewGuid().ToString("N")[..8];
        var created = await app.Api().PostJsonAsync("/api/v1/mailboxes", new
        {
            name, property = "DEMO-HOTEL", host = "imap.hotel.example", port = 993, tls = "implicit",
            userName = "complaints@hotel.example", password = "page-secret-1", address = "complaints@hotel.example",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var admin = await app.SignedInAsync("admin");

        var zh = await admin.GetStringAsync("/admin/mailboxes?culture=zh-CN");
        var en = await admin.GetStringAsync("/admin/mailboxes?culture=en");

        Assert.Contains(name, zh);
        Assert.Contains("imap.hotel.example:993", zh);
        Assert.Contains("连续失败", zh);
        Assert.Contains("Failures in a row", en);
        Assert.DoesNotContain("page-secret-1", zh);
    }

    [SkippableFact]
    public async Task An_agent_is_refused()
    {
        app.Require();
        var agent = await app.SignedInAsync("agent");

        var response = await agent.GetAsync("/admin/mailboxes");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location!.OriginalString);
    }
}

public sealed class MailboxesPageSqliteTests(SqliteApp app) : MailboxesPageTests(app), IClassFixture<SqliteApp>;

public sealed class MailboxesPagePostgresTests(PostgresApp app) : MailboxesPageTests(app), IClassFixture<PostgresApp>;
