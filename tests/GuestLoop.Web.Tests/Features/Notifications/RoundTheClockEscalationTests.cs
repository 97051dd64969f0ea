using System.Net;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static GuestLoop.Web.Tests.Features.Notifications.EscalationScenario;

namespace GuestLoop.Web.Tests.Features.Notifications;

/// <summary>
/// A 30-minute check-in (seed 000 §1.2) at the demo hotel, whose front desk is on duty around the clock: a breach at
/// dawn on a Sunday reaches the desk within one round of the job, not at Monday's opening.
/// </summary>
public abstract class RoundTheClockEscalationTests
{
    protected abstract GuestLoopApp NewApp(FakeTimeProvider clock);

    [SkippableFact]
    public async Task A_check_in_breached_at_0530_on_a_Sunday_is_told_to_the_front_desk_on_duty_within_the_interval()
    {
        // Sunday 8 March 2026, 05:00 in Beijing: the guest asks to check in.
        var clock = new FakeTimeProvider(Bj(8, 5, 0));
        using var app = NewApp(clock);
        var created = await app.Api().PostJsonAsync("/api/v1/cases", new
        {
            kind = "request", channel = "onsite", property = "DEMO-HOTEL", title = "凌晨到店办理入住", description = "航班延误凌晨到店，请尽快办理入住。",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await created.JsonAsync();
        var id = json["id"]!.GetValue<Guid>();
        var deadline = Assert.Single(json["deadlines"]!.AsArray());
        Assert.Equal("resolution", deadline!["stage"]!.GetValue<string>());
        Assert.Equal(Bj(8, 5, 30), DateTimeOffset.Parse(deadline["dueAt"]!.GetValue<string>()));

        Guid frontDesk;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
            frontDesk = await db.Departments.Where(d => d.Name == "前厅部").Select(d => d.Id).SingleAsync();
            Assert.Equal(BuiltInCalendars.RoundTheClock, await db.Departments.Where(d => d.Id == frontDesk).Select(d => d.CalendarCode).SingleAsync());
        }

        var clerk = await app.StaffIdAsync("clerk");
        var assigned = await app.Api("head").PostJsonAsync($"/api/v1/cases/{id}/assign", new { departmentId = frontDesk, assigneeId = clerk });
        Assert.True(assigned.IsSuccessStatusCode, await assigned.Content.ReadAsStringAsync());

        // One round of the job after the breach at 05:30.
        var interval = TimeSpan.FromSeconds(app.Services.GetRequiredService<IOptions<EscalationOptions>>().Value.IntervalSeconds);
        clock.SetUtcNow(Bj(8, 5, 30) + interval);
        await RunJobAsync(app);

        var breach = Assert.Single(await StoredAsync(app, id), n => n.Event == EscalationEvent.Breached);
        Assert.Equal((SlaStage.Resolution, clerk), (breach.Stage, breach.RecipientId));
        Assert.True(breach.DeliverAfter <= Bj(8, 5, 30) + interval, $"delivered after {breach.DeliverAfter:O}");
        var unread = (await (await app.Api("clerk").GetAsync("/api/v1/notifications?unread=true")).JsonAsync()).AsArray();
        Assert.Contains(unread, n => n!["caseId"]!.GetValue<Guid>() == id && n["event"]!.GetValue<string>() == "breached");
    }

    [SkippableFact]
    public async Task A_department_without_a_duty_calendar_still_hears_at_its_property_opening()
    {
        var clock = new FakeTimeProvider(Bj(8, 5, 0));
        using var app = NewApp(clock);
        var (id, _) = await AssignedComplaintAsync(app, "周日清晨投诉噪音");

        clock.SetUtcNow(Bj(9, 5, 1));
        await RunJobAsync(app);

        var clerk = await app.StaffIdAsync("clerk");
        var breach = Assert.Single(await StoredAsync(app, id), n => n.Event == EscalationEvent.Breached && n.RecipientId == clerk);
        Assert.Equal(Bj(9, 9), breach.DeliverAfter.ToUniversalTime());
    }
}

public sealed class RoundTheClockEscalationSqliteTests : RoundTheClockEscalationTests
{
    protected override GuestLoopApp NewApp(FakeTimeProvider clock) => new SqliteApp { Clock = clock };
}

public sealed class RoundTheClockEscalationPostgresTests : RoundTheClockEscalationTests
{
    protected override GuestLoopApp NewApp(FakeTimeProvider clock)
    {
        TestDatabases.RequirePostgres();
        return new PostgresApp { Clock = clock };
    }
}
