using System.Net;
using System.Text.Json.Nodes;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Features.Compensation;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Cases;

/// <summary>
/// Role × decision through the API: who may lower or raise a case's severity, approve a plan, approve a compensation
/// counted over the case's total, close, and assign — inside the case's property only. A refusal changes nothing.
/// </summary>
public abstract class AuthorityMatrixTests(GuestLoopApp app)
{
    private static readonly string[] Users = ["clerk", "agent", "head", "manager"];
    private static readonly string[] Operations =
        ["triageDown", "triageUp", "approvePlan", "approveCompensation", "close", "assignWithin", "assignAcross", "assignGhost"];

    private static readonly object Responsibility = new
    {
        withinScope = true, complaintTrue = true, enterpriseAtFault = true, touchesLawfulRights = false, handlingCompliant = true,
        responsibleDepartments = "餐饮部", responsibleStaff = "厨师",
    };

    public static TheoryData<string, string> Matrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var user in Users)
        {
            foreach (var operation in Operations)
            {
                data.Add(user, operation);
            }
        }

        return data;
    }

    /// <summary>
    /// The rule, written out: only level 1 takes an urgent case down; anyone raises; general cases are decided at level 2;
    /// a second compensation that takes the case past ¥500 needs level 2; assignment stays inside the case's property.
    /// </summary>
    private static HttpStatusCode Expected(string user, string operation) => operation switch
    {
        "triageDown" => user == "manager" ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
        "triageUp" or "assignWithin" => HttpStatusCode.OK,
        "approvePlan" or "approveCompensation" or "close" => user is "head" or "manager" ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
        _ => HttpStatusCode.BadRequest,
    };

    [SkippableTheory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_may_take_exactly_the_decisions_of_its_authority(string user, string operation)
    {
        app.Require();
        var expected = Expected(user, operation);
        var admin = app.Api("admin");
        var (id, before) = await SetUpAsync(admin, operation);

        var response = operation switch
        {
            "triageDown" => await app.Api(user).PostJsonAsync($"/api/v1/cases/{id}/triage",
                new { category = "serviceQuality", severity = "general", businessMatter = true, reason = "宾客称只是肠胃不适，误报" }),
            "triageUp" => await app.Api(user).PostJsonAsync($"/api/v1/cases/{id}/triage", new { category = "hygiene", severity = "major" }),
            "approvePlan" => await app.Api(user).PostJsonAsync($"/api/v1/cases/{id}/approve-plan", new { note = "同意" }),
            "approveCompensation" => await app.Api(user).PostJsonAsync($"/api/v1/compensations/{before["second"]!.GetValue<Guid>()}/approve", new { }),
            "close" => await app.Api(user).PostJsonAsync($"/api/v1/cases/{id}/close", new { summary = "办结" }),
            "assignWithin" => await app.Api(user).PostJsonAsync($"/api/v1/cases/{id}/assign", new { departmentId = await DepartmentAsync("DEMO-HOTEL") }),
            "assignAcross" => await app.Api(user).PostJsonAsync($"/api/v1/cases/{id}/assign",
                new { departmentId = await DepartmentAsync("DEMO-SCENIC"), assigneeId = await app.StaffIdAsync("ranger") }),
            _ => await app.Api(user).PostJsonAsync($"/api/v1/cases/{id}/assign", new { assigneeId = Guid.NewGuid() }),
        };

        Assert.True(expected == response.StatusCode, $"{user} {operation}: expected {expected}, got {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var after = await (await admin.GetAsync($"/api/v1/cases/{id}")).JsonAsync();
        if (expected != HttpStatusCode.OK)
        {
            // A refusal leaves the case as it was: same status, severity, assignment and history.
            foreach (var field in new[] { "status", "severity", "requiredAuthority", "departmentId", "assigneeId" })
            {
                Assert.Equal(before["case"]![field]?.ToJsonString(), after[field]?.ToJsonString());
            }

            Assert.Equal(before["case"]!["history"]!.AsArray().Count, after["history"]!.AsArray().Count);
            return;
        }

        if (operation == "triageDown")
        {
            Assert.Equal(("general", "Level3"), (after["severity"]!.GetValue<string>(), after["requiredAuthority"]!.GetValue<string>()));
            var lowered = after["history"]!.AsArray().Single(h => h!["action"]!.GetValue<string>() == "lowerSeverity")!;
            Assert.Equal("宾客称只是肠胃不适，误报", lowered["detail"]!.GetValue<string>());
            var told = (await (await app.Api("admin").GetAsync("/api/v1/notifications")).JsonAsync()).AsArray();
            Assert.Contains(told, n => n!["caseId"]!.GetValue<Guid>() == id && n["event"]!.GetValue<string>() == "authorityLowered");
        }
    }

    private async Task<(Guid Id, JsonNode Before)> SetUpAsync(HttpClient admin, string operation)
    {
        var title = operation == "triageDown" ? "客人在餐厅食物中毒，已报警" : "餐厅上菜太慢";
        var created = await (await admin.PostJsonAsync("/api/v1/cases", JsonBodies.Complaint(title))).JsonAsync();
        var id = created["id"]!.GetValue<Guid>();
        var before = new JsonObject();
        switch (operation)
        {
            case "triageDown":
                Assert.Equal("urgent", created["severity"]!.GetValue<string>());
                break;
            case "approvePlan" or "close":
                await StepAsync(admin, id, "triage", new { category = "serviceQuality", severity = "general" });
                await StepAsync(admin, id, "start-investigation");
                await StepAsync(admin, id, "propose-plan", new { findings = "高峰期人手不足", responsibility = Responsibility, plan = "致歉并赠送甜品" });
                if (operation == "close")
                {
                    await StepAsync(admin, id, "approve-plan");
                    await StepAsync(admin, id, "start-execution");
                    await StepAsync(admin, id, "reply", new { text = "已增派人手，深表歉意。" });
                    await StepAsync(admin, id, "follow-up", new { way = "phone", satisfaction = 4 });
                }

                break;
            case "approveCompensation":
                var first = await app.ProposeAsync(id, 480m);
                await app.CompensationStepAsync(first["id"]!.GetValue<Guid>(), "approve", "agent");
                before["second"] = (await app.ProposeAsync(id, 450m))["id"]!.GetValue<Guid>();
                break;
        }

        before["case"] = await (await admin.GetAsync($"/api/v1/cases/{id}")).JsonAsync();
        return (id, before);
    }

    private static async Task StepAsync(HttpClient client, Guid id, string step, object? body = null)
    {
        var response = await client.PostJsonAsync($"/api/v1/cases/{id}/{step}", body ?? new { });
        Assert.True(response.IsSuccessStatusCode, $"{step}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<Guid> DepartmentAsync(string property)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var propertyId = await db.Properties.Where(p => p.Code == property).Select(p => p.Id).SingleAsync();
        return await db.Departments.Where(d => d.PropertyId == propertyId).OrderBy(d => d.Name).Select(d => d.Id).FirstAsync();
    }
}

public sealed class AuthorityMatrixSqliteTests(SqliteApp app) : AuthorityMatrixTests(app), IClassFixture<SqliteApp>;

public sealed class AuthorityMatrixPostgresTests(PostgresApp app) : AuthorityMatrixTests(app), IClassFixture<PostgresApp>;
