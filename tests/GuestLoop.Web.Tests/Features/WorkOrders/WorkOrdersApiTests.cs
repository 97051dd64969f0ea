using System.Net;
using System.Text.Json.Nodes;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Sla;
using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Features.WorkOrders;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.WorkOrders;

/// <summary>
/// Work orders through the API: dispatch by skill, roster, availability, load and round robin; the assignee's steps and a
/// supervisor's check; scope, authority, bad input and two people on one order; escalation once per step.
/// </summary>
public abstract partial class WorkOrdersApiTests(GuestLoopApp app)
{
    private static async Task<JsonNode> Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    private async Task<T> DbAsync<T>(Func<GuestLoopDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>());
    }

    /// <summary>A request type of the demo hotel whose skill nobody else has, so other tests' staff never take its orders.</summary>
    private async Task<(string Code, string Skill)> TypeAsync(bool verify = true, int response = 10, int completion = 30)
    {
        var skill = "skill-" + Guid.NewGuid().ToString("N")[..8];
        var department = await DbAsync(db => db.Departments.Where(d => d.Name == "工程部").Select(d => d.Id).SingleAsync());
        var type = await Ok(app.Api("manager").PostJsonAsync("/api/v1/work-orders/types", new
        {
            property = "DEMO-HOTEL", code = skill, name = "测试维修 " + skill, departmentId = department, skill, responseMinutes = response,
            completionMinutes = completion, needsVerification = verify,
        }));
        return (type["code"]!.GetValue<string>(), skill);
    }

    /// <summary>A hotel staff member with <paramref name="skill"/>, on shift now unless <paramref name="onShift"/> is false.</summary>
    private async Task<(string UserName, Guid Id)> StaffAsync(string skill, bool onShift = true)
    {
        var userName = "wo-" + Guid.NewGuid().ToString("N")[..10];
        var id = await DbAsync(async db =>
        {
            var hotel = await db.Properties.SingleAsync(p => p.Code == "DEMO-HOTEL");
            var member = new StaffMember
            {
                UserName = userName, DisplayName = "服务员 " + userName, Role = StaffRole.Agent, Authority = AuthorityLevel.None, Skills = skill,
                PropertyIds = [hotel.Id],
            };
            db.Staff.Add(member);
            if (onShift)
            {
                db.StaffShifts.Add(new StaffShift
                {
                    StaffId = member.Id, PropertyId = hotel.Id, Start = DateTimeOffset.UtcNow.AddHours(-2), End = DateTimeOffset.UtcNow.AddHours(6),
                });
            }

            await db.SaveChangesAsync();
            return member.Id;
        });
        return (userName, id);
    }

    private async Task<JsonNode> OpenAsync(string type, string by = "clerk", string location = "1208", object? extra = null) =>
        await Ok(app.Api(by).PostJsonAsync("/api/v1/work-orders", extra ?? new { property = "DEMO-HOTEL", type, location, description = "水壶不加热" }));

    private static Guid? Assignee(JsonNode order) => order["assigneeId"]?.GetValue<Guid>();

    [SkippableFact]
    public async Task Dispatch_gives_the_order_to_the_least_loaded_skilled_staff_on_shift_and_available_then_round_robin()
    {
        app.Require();
        var (type, skill) = await TypeAsync(verify: false);
        var a = await StaffAsync(skill);
        var b = await StaffAsync(skill);
        await StaffAsync(skill, onShift: false);
        await StaffAsync("other-" + skill);
        var (first, second) = a.Id.CompareTo(b.Id) < 0 ? (a, b) : (b, a);

        // Nobody has had one: the lowest id (the same choice on every instance); then the one holding none.
        var one = await OpenAsync(type);
        Assert.Equal((first.Id, "assigned"), (Assignee(one), one["state"]!.GetValue<string>()));
        var two = await OpenAsync(type);
        Assert.Equal(second.Id, Assignee(two));

        // First finishes: it holds none, the other one — the next is first's.
        var id = one["id"]!.GetValue<Guid>();
        await Ok(app.Api(first.UserName).PostJsonAsync($"/api/v1/work-orders/{id}/accept", new { }));
        await Ok(app.Api(first.UserName).PostJsonAsync($"/api/v1/work-orders/{id}/start", new { }));
        var done = await Ok(app.Api(first.UserName).PostJsonAsync($"/api/v1/work-orders/{id}/complete", new { note = "已处理" }));
        Assert.Equal("verified", done["state"]!.GetValue<string>());
        Assert.Equal(first.Id, Assignee(await OpenAsync(type)));

        // Both hold one now; round robin would pick second (its last order is older), but second is on a break.
        var away = await app.Api(second.UserName).PostJsonAsync("/api/v1/work-orders/availability", new { available = false });
        Assert.Equal(HttpStatusCode.NoContent, away.StatusCode);
        Assert.Equal(first.Id, Assignee(await OpenAsync(type)));
        await app.Api(second.UserName).PostJsonAsync("/api/v1/work-orders/availability", new { available = true });
        Assert.Equal(second.Id, Assignee(await OpenAsync(type)));
    }

    [SkippableFact]
    public async Task Nobody_on_shift_with_the_skill_leaves_the_order_open_for_the_supervisor_to_assign()
    {
        app.Require();
        var (type, skill) = await TypeAsync();
        var off = await StaffAsync(skill, onShift: false);
        var order = await OpenAsync(type);
        Assert.Equal("open", order["state"]!.GetValue<string>());
        Assert.Null(Assignee(order));
        var id = order["id"]!.GetValue<Guid>();

        var clerk = await app.Api("clerk").PostJsonAsync($"/api/v1/work-orders/{id}/assign", new { staffId = off.Id });
        Assert.Equal(HttpStatusCode.Forbidden, clerk.StatusCode);
        var unknown = await app.Api("agent").PostJsonAsync($"/api/v1/work-orders/{id}/assign", new { staffId = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var assigned = await Ok(app.Api("agent").PostJsonAsync($"/api/v1/work-orders/{id}/assign", new { staffId = off.Id, note = "叫回来处理" }));
        Assert.Equal((off.Id, "assigned"), (Assignee(assigned), assigned["state"]!.GetValue<string>()));
        Assert.Equal(["open", "assign"], assigned["timeline"]!.AsArray().Select(e => e!["step"]!.GetValue<string>()));
        Assert.Equal("叫回来处理", assigned["timeline"]![1]!["note"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task The_assignee_works_the_order_and_a_supervisor_sends_it_back_then_passes_it_with_every_step_audited()
    {
        app.Require();
        var (type, skill) = await TypeAsync(verify: true);
        var worker = await StaffAsync(skill);
        var id = (await OpenAsync(type))["id"]!.GetValue<Guid>();
        var url = $"/api/v1/work-orders/{id}";

        var notTheirs = await app.Api("clerk").PostJsonAsync($"{url}/accept", new { });
        Assert.Equal(HttpStatusCode.Conflict, notTheirs.StatusCode);
        var tooEarly = await app.Api(worker.UserName).PostJsonAsync($"{url}/complete", new { note = "好了" });
        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        await Ok(app.Api(worker.UserName).PostJsonAsync($"{url}/accept", new { }));
        await Ok(app.Api(worker.UserName).PostJsonAsync($"{url}/start", new { }));
        var noReason = await app.Api(worker.UserName).PostJsonAsync($"{url}/pause", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.NotNull((await noReason.JsonAsync())["errors"]!["reason"]);
        var paused = await Ok(app.Api(worker.UserName).PostJsonAsync($"{url}/pause", new { reason = "等配件" }));
        Assert.Equal(("paused", "等配件"), (paused["state"]!.GetValue<string>(), paused["pauseReason"]!.GetValue<string>()));
        await Ok(app.Api(worker.UserName).PostJsonAsync($"{url}/start", new { }));
        var completed = await Ok(app.Api(worker.UserName).PostJsonAsync($"{url}/complete", new { note = "更换底座" }));
        Assert.Equal("completed", completed["state"]!.GetValue<string>());

        var ownCheck = await app.Api(worker.UserName).PostJsonAsync($"{url}/verify", new { passed = true });
        Assert.Equal(HttpStatusCode.Forbidden, ownCheck.StatusCode);
        var back = await Ok(app.Api("agent").PostJsonAsync($"{url}/verify", new { passed = false, reason = "仍有异味" }));
        Assert.Equal(("inProgress", "仍有异味"), (back["state"]!.GetValue<string>(), back["returnedReason"]!.GetValue<string>()));
        await Ok(app.Api(worker.UserName).PostJsonAsync($"{url}/complete", new { note = "换新壶" }));
        var verified = await Ok(app.Api("agent").PostJsonAsync($"{url}/verify", new { passed = true }));

        Assert.Equal("verified", verified["state"]!.GetValue<string>());
        Assert.Equal(["open", "assign", "accept", "start", "pause", "start", "complete", "return", "complete", "verify"],
            verified["timeline"]!.AsArray().Select(e => e!["step"]!.GetValue<string>()));
        var audited = await DbAsync(db => db.AuditLog.Where(e => e.Entity == "work-order" && e.EntityKey == id.ToString()).Select(e => e.Action).ToListAsync());
        Assert.Equal(9, audited.Count);
        Assert.Contains("work-order.verify", audited);
        var cancel = await app.Api("agent").PostJsonAsync($"{url}/cancel", new { reason = "误报" });
        Assert.Equal(HttpStatusCode.Conflict, cancel.StatusCode);
    }

    [SkippableFact]
    public async Task Another_propertys_staff_see_nothing_of_an_order_and_cannot_step_on_it()
    {
        app.Require();
        var (type, _) = await TypeAsync();
        var id = (await OpenAsync(type))["id"]!.GetValue<Guid>();

        var ranger = app.Api("ranger");
        Assert.Equal(HttpStatusCode.NotFound, (await ranger.GetAsync($"/api/v1/work-orders/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ranger.PostJsonAsync($"/api/v1/work-orders/{id}/cancel", new { reason = "x" })).StatusCode);
        var listed = (await Ok(ranger.GetAsync("/api/v1/work-orders"))).AsArray();
        Assert.DoesNotContain(listed, o => o!["id"]!.GetValue<Guid>() == id);
        Assert.All(listed, o => Assert.StartsWith("DEMO-SCENIC", o!["number"]!.GetValue<string>()));
        var opened = await ranger.PostJsonAsync("/api/v1/work-orders", new { property = "DEMO-HOTEL", type, location = "1208" });
        Assert.Equal(HttpStatusCode.BadRequest, opened.StatusCode);
        Assert.NotNull((await opened.JsonAsync())["errors"]!["property"]);
    }

    [SkippableFact]
    public async Task Bad_input_gets_every_field_error_and_saves_nothing()
    {
        app.Require();
        var before = await DbAsync(db => db.WorkOrders.CountAsync());

        var bad = await app.Api("clerk").PostJsonAsync("/api/v1/work-orders",
            new { property = "NOPE", type = "", location = " ", priority = "asap", channel = "fax", description = new string('长', 2001) });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.JsonAsync())["errors"]!.AsObject().Select(e => e.Key).Order();
        Assert.Equal(["channel", "description", "location", "priority", "property", "type"], errors);
        Assert.Equal(before, await DbAsync(db => db.WorkOrders.CountAsync()));

        var type = await app.Api("agent").PostJsonAsync("/api/v1/work-orders/types", new
        {
            property = "DEMO-HOTEL", code = "x", name = "x", departmentId = Guid.NewGuid(), skill = "x", responseMinutes = 10, completionMinutes = 5,
        });
        Assert.Equal(HttpStatusCode.BadRequest, type.StatusCode);
        Assert.Equal(["completionMinutes", "departmentId"], (await type.JsonAsync())["errors"]!.AsObject().Select(e => e.Key).Order());
    }

    [SkippableFact]
    public async Task Setting_request_types_needs_level_2_and_the_roster_a_supervisor()
    {
        app.Require();
        var department = await DbAsync(db => db.Departments.Where(d => d.Name == "客房部").Select(d => d.Id).SingleAsync());
        var body = new { property = "DEMO-HOTEL", code = "t-" + Guid.NewGuid().ToString("N")[..6], name = "擦鞋", departmentId = department, skill = "shoes",
            responseMinutes = 10, completionMinutes = 30 };
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("agent").PostJsonAsync("/api/v1/work-orders/types", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await app.Api("head").PostJsonAsync("/api/v1/work-orders/types", body)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Api("head").PostJsonAsync("/api/v1/work-orders/types", body)).StatusCode);

        var clerk = await app.StaffIdAsync("clerk");
        var start = DateTimeOffset.UtcNow.AddDays(60);
        var shift = new { staffId = clerk, property = "DEMO-HOTEL", start, end = start.AddHours(8) };
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Api("clerk").PostJsonAsync("/api/v1/work-orders/shifts", shift)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await app.Api("agent").PostJsonAsync("/api/v1/work-orders/shifts", shift)).StatusCode);
        var overlap = await app.Api("agent").PostJsonAsync("/api/v1/work-orders/shifts", shift with { start = start.AddHours(4), end = start.AddHours(12) });
        Assert.Equal(HttpStatusCode.BadRequest, overlap.StatusCode);
        var roster = (await Ok(app.Api("agent").GetAsync($"/api/v1/work-orders/shifts?property=DEMO-HOTEL&from={Uri.EscapeDataString(start.ToString("O"))}")))
            .AsArray();
        Assert.Single(roster, s => s!["staffId"]!.GetValue<Guid>() == clerk);
    }

    [SkippableFact]
    public async Task Two_taps_on_one_order_at_the_same_moment_one_is_taken_the_other_refused()
    {
        app.Require();
        var (type, skill) = await TypeAsync();
        var worker = await StaffAsync(skill);
        var id = (await OpenAsync(type))["id"]!.GetValue<Guid>();

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => app.Api(worker.UserName).PostJsonAsync($"/api/v1/work-orders/{id}/accept", new { })));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        var order = await Ok(app.Api(worker.UserName).GetAsync($"/api/v1/work-orders/{id}"));
        Assert.Single(order["timeline"]!.AsArray(), e => e!["step"]!.GetValue<string>() == "accept");
    }

    [SkippableFact]
    public async Task A_late_order_tells_the_supervisor_then_the_duty_manager_once_each()
    {
        app.Require();
        var (type, _) = await TypeAsync();
        var id = (await OpenAsync(type))["id"]!.GetValue<Guid>();
        async Task<int> ScanAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<WorkOrderScan>().RunAsync(CancellationToken.None);
        }

        async Task<List<(Guid To, string Event)>> StoredAsync() => (await DbAsync(db => db.Notifications.Where(n => n.CaseId == id)
            .Select(n => new { n.RecipientId, n.Event }).ToListAsync())).Select(n => (n.RecipientId, n.Event.ToString())).ToList();

        Assert.Empty(await StoredAsync());
        // Three minutes before the response target: the supervisor (the head of the type's department) is warned.
        await DbAsync(db => db.WorkOrders.Where(o => o.Id == id).ExecuteUpdateAsync(u => u.SetProperty(o => o.ResponseDueAt, DateTimeOffset.UtcNow.AddMinutes(3))));
        await ScanAsync();
        await ScanAsync();
        // The demo's engineering department has no head: level 2 of the property stands in.
        Assert.Null(await DbAsync(db => db.Departments.Where(d => d.Name == "工程部").Select(d => d.HeadStaffId).SingleAsync()));
        var levelTwo = await DbAsync(db => db.Staff.Where(s => s.Active && s.Authority == AuthorityLevel.Level2).Select(s => s.Id).ToListAsync());
        var levelOne = await DbAsync(db => db.Staff.Where(s => s.Active && s.Authority == AuthorityLevel.Level1).Select(s => s.Id).ToListAsync());
        var warned = await StoredAsync();
        Assert.Equal(levelTwo.Order(), warned.Select(w => w.To).Order());
        Assert.All(warned, w => Assert.Equal(nameof(EscalationEvent.Approaching), w.Event));

        // Past the target: the duty manager hears of it, once however often the round runs.
        await DbAsync(db => db.WorkOrders.Where(o => o.Id == id).ExecuteUpdateAsync(u => u.SetProperty(o => o.ResponseDueAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        await ScanAsync();
        var stored = await ScanAsync();
        Assert.Equal(0, stored);
        var escalated = (await StoredAsync()).Where(n => n.Event == nameof(EscalationEvent.BreachedEscalated)).Select(n => n.To).ToList();
        Assert.NotEmpty(escalated);
        Assert.All(escalated, to => Assert.Contains(to, levelOne));
        Assert.Equal(escalated.Count, escalated.Distinct().Count());
    }

    [SkippableFact]
    public async Task Figures_count_a_types_minutes_and_on_time_rates_and_repeated_requests_at_one_place_are_found()
    {
        app.Require();
        var (type, skill) = await TypeAsync(verify: false, response: 10, completion: 30);
        var worker = await StaffAsync(skill);
        var room = "R-" + Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < 3; i++)
        {
            var id = (await OpenAsync(type, location: room))["id"]!.GetValue<Guid>();
            if (i == 0)
            {
                await Ok(app.Api(worker.UserName).PostJsonAsync($"/api/v1/work-orders/{id}/accept", new { }));
                await Ok(app.Api(worker.UserName).PostJsonAsync($"/api/v1/work-orders/{id}/start", new { }));
                await Ok(app.Api(worker.UserName).PostJsonAsync($"/api/v1/work-orders/{id}/complete", new { note = "好" }));
            }
        }

        var figures = (await Ok(app.Api("manager").GetAsync("/api/v1/work-orders/figures?by=type"))).AsArray();
        var mine = Assert.Single(figures, f => f!["group"]!.GetValue<string>() == "测试维修 " + skill)!;
        Assert.Equal((3, 1), (mine["orders"]!.GetValue<int>(), mine["done"]!.GetValue<int>()));
        Assert.Equal(1.0, mine["responseOnTimeRate"]!.GetValue<double>());
        Assert.True(mine["medianCompletionMinutes"]!.GetValue<double>() < 1);

        var repeated = (await Ok(app.Api("manager").GetAsync("/api/v1/work-orders/repeated?days=1&threshold=3"))).AsArray();
        var place = Assert.Single(repeated, r => r!["location"]!.GetValue<string>() == room)!;
        Assert.Equal((type, 3), (place["typeCode"]!.GetValue<string>(), place["orders"]!.GetValue<int>()));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<GuestLoop.Web.Features.Analytics.EarlyWarningScan>().RunAsync(CancellationToken.None);
        }

        var alert = await DbAsync(db => db.Alerts.SingleAsync(a => a.Kind == GuestLoop.Web.Features.Analytics.AlertKind.RepeatedRequest && a.Title.Contains(room)));
        Assert.EndsWith($":{type}:3", alert.Key);
        var bad = await app.Api("manager").GetAsync("/api/v1/work-orders/repeated?days=0&threshold=1");
        Assert.Equal(["days", "threshold"], (await bad.JsonAsync())["errors"]!.AsObject().Select(e => e.Key).Order());
    }
}

public sealed class WorkOrdersApiSqliteTests(SqliteApp app) : WorkOrdersApiTests(app), IClassFixture<SqliteApp>;

public sealed class WorkOrdersApiPostgresTests(PostgresApp app) : WorkOrdersApiTests(app), IClassFixture<PostgresApp>;
