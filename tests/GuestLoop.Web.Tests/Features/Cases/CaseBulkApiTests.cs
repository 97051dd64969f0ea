using System.Net;
using System.Text.Json.Nodes;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Cases;

/// <summary>Bulk actions of the inbox: each case through the same checks as one at a time, refusals reported per case.</summary>
public abstract class CaseBulkApiTests(GuestLoopApp app)
{
    private async Task<Guid> CreateAsync(string property = "DEMO-HOTEL", string title = "客房空调不制冷")
    {
        var response = await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint(title, property));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync())["id"]!.GetValue<Guid>();
    }

    private async Task<JsonNode> CaseAsync(Guid id) => await (await app.Api().GetAsync($"/api/v1/cases/{id}")).JsonAsync();

    private async Task<JsonArray> BulkAsync(string action, object body, string user)
    {
        var response = await app.Api(user).PostJsonAsync($"/api/v1/cases/bulk/{action}", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync())["cases"]!.AsArray();
    }

    [SkippableFact]
    public async Task Three_cases_are_assigned_at_once_and_each_records_the_step()
    {
        app.Require();
        var ids = new[] { await CreateAsync(), await CreateAsync(), await CreateAsync() };
        var agent = await app.StaffIdAsync("agent");

        var outcomes = await BulkAsync("assign", new { caseIds = ids, assigneeId = agent }, "head");

        Assert.All(outcomes, o => Assert.True(o!["done"]!.GetValue<bool>()));
        foreach (var id in ids)
        {
            var c = await CaseAsync(id);
            Assert.Equal(agent, c["assigneeId"]!.GetValue<Guid>());
            Assert.Equal("assign", c["history"]!.AsArray()[^1]!["action"]!.GetValue<string>());
        }
    }

    [SkippableFact]
    public async Task Staff_of_another_property_are_refused_case_by_case_and_nothing_changes()
    {
        app.Require();
        var hotel = await CreateAsync();
        var scenic = await CreateAsync("DEMO-SCENIC");
        var ranger = await app.StaffIdAsync("ranger");

        var outcomes = await BulkAsync("assign", new { caseIds = new[] { hotel, scenic }, assigneeId = ranger }, "ranger");

        var refused = outcomes.Single(o => o!["caseId"]!.GetValue<Guid>() == hotel)!;
        Assert.Equal((false, "notFound"), (refused["done"]!.GetValue<bool>(), refused["refusal"]!.GetValue<string>()));
        Assert.Null(refused["number"]);
        Assert.True(outcomes.Single(o => o!["caseId"]!.GetValue<Guid>() == scenic)!["done"]!.GetValue<bool>());
        Assert.Null((await CaseAsync(hotel))["assigneeId"]);
        Assert.Equal(ranger, (await CaseAsync(scenic))["assigneeId"]!.GetValue<Guid>());
    }

    [SkippableFact]
    public async Task A_clerk_cannot_close_complaints_as_spam_and_a_manager_can()
    {
        app.Require();
        var ids = new[] { await CreateAsync(), await CreateAsync() };

        var byClerk = await BulkAsync("close-as-spam", new { caseIds = ids, reason = "广告推销" }, "clerk");
        Assert.All(byClerk, o => Assert.Equal((false, "forbidden"), (o!["done"]!.GetValue<bool>(), o["refusal"]!.GetValue<string>())));
        Assert.All(byClerk, o => Assert.False(string.IsNullOrEmpty(o!["number"]?.GetValue<string>())));
        Assert.Equal("received", (await CaseAsync(ids[0]))["status"]!.GetValue<string>());

        var byManager = await BulkAsync("close-as-spam", new { caseIds = ids, reason = "广告推销" }, "manager");
        Assert.All(byManager, o => Assert.True(o!["done"]!.GetValue<bool>()));
        var closed = await CaseAsync(ids[1]);
        Assert.Equal(("closed", "closeAsSpam", "广告推销"), (closed["status"]!.GetValue<string>(),
            closed["history"]!.AsArray()[^1]!["action"]!.GetValue<string>(), closed["history"]!.AsArray()[^1]!["detail"]!.GetValue<string>()));
    }

    [SkippableFact]
    public async Task Duplicates_merge_into_the_chosen_case_and_a_department_move_clears_the_assignee()
    {
        app.Require();
        var survivor = await CreateAsync();
        var duplicates = new[] { await CreateAsync(), await CreateAsync() };

        var merged = await BulkAsync("merge", new { caseIds = duplicates.Append(survivor), into = survivor.ToString() }, "manager");

        Assert.Equal(duplicates.Order(), merged.Select(o => o!["caseId"]!.GetValue<Guid>()).Order());
        Assert.All(merged, o => Assert.True(o!["done"]!.GetValue<bool>()));
        Assert.Equal(survivor, (await CaseAsync(duplicates[0]))["mergedInto"]!["id"]!.GetValue<Guid>());
        Assert.Equal("received", (await CaseAsync(survivor))["status"]!.GetValue<string>());

        await BulkAsync("assign", new { caseIds = new[] { survivor }, assigneeId = await app.StaffIdAsync("agent") }, "head");
        var engineering = await DepartmentIdAsync("工程部");
        var scenicDepartment = await DepartmentIdAsync("票务部");
        var moved = await BulkAsync("move-department", new { caseIds = new[] { survivor }, departmentId = engineering }, "head");
        var refused = await BulkAsync("move-department", new { caseIds = new[] { survivor }, departmentId = scenicDepartment }, "head");

        Assert.True(moved.Single()!["done"]!.GetValue<bool>());
        Assert.Equal(("invalid", true), (refused.Single()!["refusal"]!.GetValue<string>(), refused.Single()!["errors"]!["departmentId"] is not null));
        var after = await CaseAsync(survivor);
        Assert.Equal(engineering, after["departmentId"]!.GetValue<Guid>());
        Assert.Null(after["assigneeId"]);
    }

    private async Task<Guid> DepartmentIdAsync(string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        return await db.Departments.Where(d => d.Name == name).Select(d => d.Id).FirstAsync();
    }

    [SkippableTheory]
    [InlineData("assign", "{\"caseIds\":[]}", "caseIds")]
    [InlineData("assign", "{\"caseIds\":[\"6f1c2b9e-0000-0000-0000-000000000001\"]}", "assigneeId")]
    [InlineData("move-department", "{\"caseIds\":[\"6f1c2b9e-0000-0000-0000-000000000001\"]}", "departmentId")]
    [InlineData("merge", "{\"caseIds\":[\"6f1c2b9e-0000-0000-0000-000000000001\"]}", "into")]
    [InlineData("close-as-spam", "{\"caseIds\":[\"6f1c2b9e-0000-0000-0000-000000000001\"],\"reason\":\"  \"}", "reason")]
    public async Task Bad_input_is_a_validation_problem_naming_the_field(string action, string body, string field)
    {
        app.Require();
        var response = await app.Api("head").PostAsync($"/api/v1/cases/bulk/{action}",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]![field]);
    }
}

public sealed class CaseBulkApiSqliteTests(SqliteApp app) : CaseBulkApiTests(app), IClassFixture<SqliteApp>;

public sealed class CaseBulkApiPostgresTests(PostgresApp app) : CaseBulkApiTests(app), IClassFixture<PostgresApp>;
