using System.Net;
using System.Text.Json.Nodes;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Features.Customers;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GuestLoop.Web.Tests.Features.Surveys;

/// <summary>An app whose e-mails are recorded and whose clock a test moves on, for the surveys sent after an occasion.</summary>
public sealed class SurveyInvitationSqliteApp : SqliteApp
{
    public SurveyInvitationSqliteApp()
    {
        Clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        Emails = new RecordingEmailSender();
    }
}

public sealed class SurveyInvitationPostgresApp : PostgresApp
{
    public SurveyInvitationPostgresApp()
    {
        Clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        Emails = new RecordingEmailSender();
    }
}

/// <summary>Post-stay templates, guests who consent or not, and the guest's side of an invitation's link.</summary>
public static class SurveyInvitationFlow
{
    public static readonly object[] PostStayQuestions =
    [
        new { key = "overall", text = "本次入住整体满意度", kind = "rating" },
        new { key = "checkin", text = "办理入住的速度", kind = "choice", options = new[] { "很快", "一般", "较慢" } },
        new { key = "nps", text = "您向亲友推荐本酒店的可能性", kind = "nps" },
        new { key = "comment", text = "其他意见和建议", kind = "text", required = false },
    ];

    public static async Task<Guid> PropertyIdAsync(this GuestLoopApp app, string code)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        return await db.Properties.Where(p => p.Code == code).Select(p => p.Id).SingleAsync();
    }

    public static async Task<(Guid Id, string Name)> DepartmentOfAsync(this GuestLoopApp app, Guid propertyId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var d = await db.Departments.Where(d => d.PropertyId == propertyId).OrderBy(d => d.Name).FirstAsync();
        return (d.Id, d.Name);
    }

    /// <summary>The hotel's after-check-out template (30 days between surveys, a reminder after 3), made once per app.</summary>
    public static async Task<JsonNode> PostStayTemplateAsync(this GuestLoopApp app)
    {
        var hotel = await app.PropertyIdAsync("DEMO-HOTEL");
        var existing = (await (await app.Api().GetAsync("/api/v1/survey-templates")).JsonAsync()).AsArray()
            .FirstOrDefault(t => t!["propertyId"]!.GetValue<Guid>() == hotel && t["occasion"]!.GetValue<string>() == "afterCheckOut");
        if (existing is not null)
        {
            return existing;
        }

        var (department, _) = await app.DepartmentOfAsync(hotel);
        var response = await app.Api("admin").PostJsonAsync("/api/v1/survey-templates", new
        {
            propertyId = hotel, occasion = "afterCheckOut", departmentId = department, title = "离店满意度调查",
            questions = PostStayQuestions, minDaysBetween = 30, reminderAfterDays = 3,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    /// <summary>A new hotel guest with an e-mail address of their own who has said yes (or no) to satisfaction surveys.</summary>
    public static async Task<Guid> HotelGuestAsync(this GuestLoopApp app, bool consents, string? email = null)
    {
        var phone = GuestFlow.NewPhone();
        var guestId = await app.GuestIdAsync((await app.CaseForAsync(phone, email: email ?? $"guest.{phone}@example.com"))["id"]!.GetValue<Guid>());
        var consent = await app.Api("agent").PostJsonAsync($"/api/v1/guests/{guestId}/consents", new { purpose = "surveys", granted = consents });
        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        return guestId;
    }

    public static async Task<HttpResponseMessage> InviteAsync(this GuestLoopApp app, Guid guestId, string? user = null,
        string occasion = "afterCheckOut", string property = "DEMO-HOTEL") =>
        await app.Api(user).PostJsonAsync("/api/v1/surveys/invitations",
            new { guestId, occasion, propertyId = await app.PropertyIdAsync(property) });

    public static async Task<JsonNode> ResultsAsync(this GuestLoopApp app, string? user = null, string? query = null)
    {
        var response = await app.Api(user).GetAsync($"/api/v1/surveys/results{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }
}
