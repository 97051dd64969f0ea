using System.Net;
using System.Text.Json.Nodes;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Surveys;

/// <summary>Cases walked to a written reply through the API, and the guest's side of the survey link.</summary>
public static class SurveyFlow
{

    private static readonly object Responsibility = new
    {
        withinScope = true, complaintTrue = true, enterpriseAtFault = true, touchesLawfulRights = false, handlingCompliant = true,
        responsibleDepartments = "客房部", responsibleStaff = "楼层服务员",
    };

    public static async Task<Guid> NewComplaintAsync(this GuestLoopApp app, string title = "客房有异味")
    {
        var json = await (await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint(title))).JsonAsync();
        return json["id"]!.GetValue<Guid>();
    }

    public static async Task<JsonNode> StepAsync(this GuestLoopApp app, Guid id, string step, object? body = null)
    {
        var response = await app.Api("head").PostJsonAsync($"/api/v1/cases/{id}/{step}", body ?? new { });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{step}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    /// <summary>From investigation to the written reply, as the service-quality head.</summary>
    public static async Task ReplyFromInvestigationAsync(this GuestLoopApp app, Guid id)
    {
        await app.StepAsync(id, "propose-plan", new { findings = "空调滤网霉变", responsibility = Responsibility, plan = "更换滤网并升级房型" });
        await app.StepAsync(id, "approve-plan");
        await app.StepAsync(id, "start-execution");
        await app.StepAsync(id, "reply", new { text = "经核实为空调滤网霉变，已更换并为您升级房型，深表歉意。" });
    }

    public static async Task<Guid> RepliedComplaintAsync(this GuestLoopApp app)
    {
        var id = await app.NewComplaintAsync();
        await app.StepAsync(id, "triage", new { category = "hygiene", severity = "general" });
        await app.StepAsync(id, "start-investigation");
        await app.ReplyFromInvestigationAsync(id);
        return id;
    }

    public static async Task<JsonArray> SurveysAsync(this GuestLoopApp app, Guid caseId, string? onBehalfOf = null)
    {
        var response = await app.Api(onBehalfOf).GetAsync($"/api/v1/cases/{caseId}/surveys");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync()).AsArray();
    }

    public static async Task<string> LinkAsync(this GuestLoopApp app, Guid caseId) =>
        Assert.Single(await app.SurveysAsync(caseId))!["link"]!.GetValue<string>();

    public static async Task<JsonNode> CaseAsync(this GuestLoopApp app, Guid id) =>
        await (await app.Api().GetAsync($"/api/v1/cases/{id}")).JsonAsync();

    /// <summary>Opens the survey page (or, when it shows no form, the feedback page) for a form token, and posts the fields.</summary>
    public static async Task<HttpResponseMessage> AnswerAsync(this HttpClient guest, string link, params (string Name, string Value)[] fields)
    {
        var html = await (await guest.GetAsync(link)).Content.ReadAsStringAsync();
        var token = FormPages.AntiforgeryToken(html) is { Length: > 0 } t ? t : FormPages.AntiforgeryToken(await guest.GetStringAsync("/feedback?property=DEMO-HOTEL"));
        var form = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token) };
        form.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await guest.PostAsync(link, new FormUrlEncodedContent(form));
    }

    /// <summary>Changes stored survey data directly, standing in for the passing of days.</summary>
    public static async Task ShiftAsync(this GuestLoopApp app, Guid caseId, DateTimeOffset? expiresAt = null, DateTimeOffset? nextReminderAt = null)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var survey = await db.Surveys.SingleAsync(s => s.CaseId == caseId);
        var entry = db.Entry(survey);
        if (expiresAt is not null)
        {
            entry.Property(s => s.ExpiresAt).CurrentValue = expiresAt.Value;
        }

        if (nextReminderAt is not null)
        {
            entry.Property(s => s.NextReminderAt).CurrentValue = nextReminderAt;
        }

        await db.SaveChangesAsync();
    }

    public static async Task<string> TrackingTokenAsync(this GuestLoopApp app, Guid caseId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        return await db.Cases.Where(c => c.Id == caseId).Select(c => c.TrackingToken).SingleAsync();
    }
}
