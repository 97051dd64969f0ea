using System.Net;
using System.Text.Json.Nodes;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Admin;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Cases;

/// <summary>Seed 004 ch.5–6: a travel complaint's 24-hour initial investigation is met by a recorded finding, not by classifying it.</summary>
public abstract class InitialInvestigationTests(GuestLoopApp app)
{
    private static readonly AccessScope Administrator = new(null, "test administrator", AuthorityLevel.Level1, null, true, new HashSet<Guid>(), true);

    private static JsonNode Initial(JsonNode @case) =>
        @case["deadlines"]!.AsArray().Single(d => d!["stage"]!.GetValue<string>() == "initialInvestigation")!;

    [SkippableFact]
    public async Task A_travel_complaint_is_not_investigated_by_classification_alone_and_is_by_a_recorded_finding()
    {
        app.Require();
        const string agency = "TRAVEL-FINDING";
        using (var scope = app.Services.CreateScope())
        {
            var errors = await scope.ServiceProvider.GetRequiredService<OrganisationAdmin>().SavePropertyAsync(new Property
            {
                Code = agency, Name = "悦途旅行社（测试门店）", Type = PropertyType.Agency, CalendarCode = "cn", PolicyCode = "travel-feedback",
            }, Administrator);
            Assert.Empty(errors);
        }

        var created = await (await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint("导游安排强制购物", agency))).JsonAsync();
        var id = created["id"]!.GetValue<Guid>();
        var due = DateTimeOffset.Parse(Initial(created)["dueAt"]!.GetValue<string>());
        Assert.Equal(TimeSpan.FromHours(24), due - DateTimeOffset.Parse(created["receivedAt"]!.GetValue<string>()));

        var triaged = await app.Api("head").PostJsonAsync($"/api/v1/cases/{id}/triage", new { category = "serviceQuality", severity = "general" });
        Assert.Equal(HttpStatusCode.OK, triaged.StatusCode);
        Assert.Null(Initial(await triaged.JsonAsync())["metAt"]);
        var investigating = await app.Api("head").PostJsonAsync($"/api/v1/cases/{id}/start-investigation", new { });
        Assert.Null(Initial(await investigating.JsonAsync())["metAt"]);

        var empty = await app.Api("head").PostJsonAsync($"/api/v1/cases/{id}/findings", new { text = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var found = await app.Api("head").PostJsonAsync($"/api/v1/cases/{id}/findings",
            new { text = "已与游客电话确认：第二天行程被安排进玉器店两小时；游客期望退还购物款并获得书面道歉。" });

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var json = await found.JsonAsync();
        Assert.NotNull(Initial(json)["metAt"]);
        Assert.False(Initial(json)["breached"]!.GetValue<bool>());
        Assert.Contains(json["history"]!.AsArray(), e => e!["action"]!.GetValue<string>() == "recordFinding");
    }
}

[Collection(SharedSqliteApp.Name)]
public sealed class InitialInvestigationSqliteTests(SqliteApp app) : InitialInvestigationTests(app);

[Collection(SharedPostgresApp.Name)]
public sealed class InitialInvestigationPostgresTests(PostgresApp app) : InitialInvestigationTests(app);
