using System.Net;
using System.Text.RegularExpressions;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Workspace;

/// <summary>The case page shows the phone and the e-mail each on a line of its own, masked unless the viewer sees clear values.</summary>
public abstract class ComplainantContactsTests(GuestLoopApp app)
{
    private static string Line(string page, string testId)
    {
        var match = Regex.Match(page, $"<div data-testid=\"{testId}\">(.*?)</div>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no {testId} line");
        return match.Groups[1].Value;
    }

    [SkippableFact]
    public async Task Phone_and_email_are_on_their_own_lines_and_masked_by_the_viewers_rights()
    {
        app.Require();
        var phone = "139" + Random.Shared.Next(10_000_000, 99_999_999);
        var email = $"guest{Random.Shared.Next(1000, 9999)}@example.com";
        var created = await (await app.Api().PostJsonAsync("/api/v1/cases", new
        {
            kind = "complaint", channel = "phone", property = "DEMO-HOTEL", title = "行李寄存丢失", description = "寄存的行李箱找不到了。",
            customer = new { name = "钱伟", phone, email },
        })).JsonAsync();
        var path = $"/cases/{created["id"]}";

        var masked = await (await app.SignedInAsync("agent")).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, masked.StatusCode);
        var agentPage = await masked.Content.ReadAsStringAsync();
        var (agentPhone, agentEmail) = (Line(agentPage, "complainant-phone"), Line(agentPage, "complainant-email"));
        Assert.Contains(phone[..3] + "****" + phone[^4..], agentPhone);
        Assert.DoesNotContain("@", agentPhone);
        Assert.DoesNotContain(phone, agentPage);
        Assert.DoesNotContain(email, agentPage);
        Assert.Contains("@example.com", agentEmail);

        var adminPage = await (await (await app.SignedInAsync("admin")).GetAsync(path)).Content.ReadAsStringAsync();
        Assert.Contains(phone, Line(adminPage, "complainant-phone"));
        Assert.Contains(email, Line(adminPage, "complainant-email"));
        Assert.DoesNotContain(email, Line(adminPage, "complainant-phone"));
    }
}

[Collection(SharedSqliteApp.Name)]
public sealed class ComplainantContactsSqliteTests(SqliteApp app) : ComplainantContactsTests(app);

[Collection(SharedPostgresApp.Name)]
public sealed class ComplainantContactsPostgresTests(PostgresApp app) : ComplainantContactsTests(app);
