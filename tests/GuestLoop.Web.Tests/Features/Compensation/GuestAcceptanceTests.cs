using System.Net;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Compensation;

/// <summary>The guest accepts an approved compensation online from their tracking page; nothing else can be accepted there.</summary>
public abstract class GuestAcceptanceTests(GuestLoopApp app)
{
    private async Task<string> TokenAsync(Guid caseId)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>().Cases.Where(c => c.Id == caseId).Select(c => c.TrackingToken).SingleAsync();
    }

    private static async Task<HttpResponseMessage> AcceptAsync(HttpClient guest, string token, Guid id, bool agree = true)
    {
        var html = await guest.GetStringAsync($"/track/{token}");
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = FormPages.AntiforgeryToken(html), ["acceptedBy"] = "张伟" };
        if (agree)
        {
            fields["agree"] = "true";
        }

        return await guest.PostAsync($"/track/{token}/compensations/{id}/accept", new FormUrlEncodedContent(fields));
    }

    [SkippableFact]
    public async Task The_guest_accepts_an_approved_compensation_and_it_is_recorded_on_the_case_and_in_the_audit_log()
    {
        app.Require();
        var caseId = await app.NewCaseAsync();
        var id = (await app.ProposeAsync(caseId, 300m))["id"]!.GetValue<Guid>();
        var token = await TokenAsync(caseId);
        var guest = app.Browser();
        Assert.DoesNotContain("compensations/", await guest.GetStringAsync($"/track/{token}"));
        await app.CompensationStepAsync(id, "approve");

        var page = await guest.GetStringAsync($"/track/{token}");
        Assert.Contains("CNY 300.00", page);
        Assert.Contains($"/track/{token}/compensations/{id}/accept", page);
        Assert.Equal(HttpStatusCode.BadRequest, (await AcceptAsync(guest, token, id, agree: false)).StatusCode);
        var accepted = await AcceptAsync(guest, token, id);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var compensation = Assert.Single(await app.CompensationsAsync(caseId))!;
        Assert.Equal("agreed", compensation["state"]!.GetValue<string>());
        Assert.Equal("张伟", compensation["acceptedBy"]!.GetValue<string>());
        Assert.Contains("agreeCompensation", await app.HistoryActionsAsync(caseId));
        Assert.Contains("compensation.agree", await app.AuditActionsAsync(id));
        Assert.Contains("张伟", await guest.GetStringAsync($"/track/{token}"));
        Assert.Equal(HttpStatusCode.Conflict, (await AcceptAsync(guest, token, id)).StatusCode);
    }

    [SkippableFact]
    public async Task A_proposal_not_yet_approved_or_another_cases_compensation_cannot_be_accepted()
    {
        app.Require();
        var caseId = await app.NewCaseAsync();
        var pending = (await app.ProposeAsync(caseId, 200m))["id"]!.GetValue<Guid>();
        var other = await app.NewCaseAsync();
        var elsewhere = (await app.ProposeAsync(other, 100m))["id"]!.GetValue<Guid>();
        await app.CompensationStepAsync(elsewhere, "approve");
        var token = await TokenAsync(caseId);
        var guest = app.Browser();

        Assert.Equal(HttpStatusCode.Conflict, (await AcceptAsync(guest, token, pending)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AcceptAsync(guest, token, elsewhere)).StatusCode);
        Assert.Equal("approved", (await app.CompensationsAsync(other))[0]!["state"]!.GetValue<string>());
        Assert.Equal("proposed", (await app.CompensationsAsync(caseId))[0]!["state"]!.GetValue<string>());
    }
}

public sealed class GuestAcceptanceSqliteTests(SqliteApp app) : GuestAcceptanceTests(app), IClassFixture<SqliteApp>;

public sealed class GuestAcceptancePostgresTests(PostgresApp app) : GuestAcceptanceTests(app), IClassFixture<PostgresApp>;
