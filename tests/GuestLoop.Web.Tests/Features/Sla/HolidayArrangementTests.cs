using System.Net;
using System.Text.Json.Nodes;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Features.Sla;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GuestLoop.Web.Tests.Features.Sla;

/// <summary>
/// The cn calendar holds 2020–2026. A case received on 31 December 2026 has a deadline in 2027, counted on the
/// statutory holidays and provisional until the 2027 arrangement is imported; administrators are told from 1 November.
/// </summary>
public abstract class HolidayArrangementTests
{
    // A 2027 arrangement as an administrator types it from the notice (dates invented for the test: 元旦 four days).
    private const string Notice = """
        # 国务院办公厅关于2027年部分节假日安排的通知
        2027-01-01..2027-01-04 休 元旦
        2027-02-05..2027-02-11 休 春节
        2027-02-20 班
        2027-10-01..2027-10-07 休 国庆节
        """;

    protected abstract GuestLoopApp NewApp(FakeTimeProvider clock);

    private static MultipartFormDataContent Table(string table) => new() { { new StringContent(table), "table" } };

    private static async Task<JsonNode> InvestigationAsync(HttpClient api, string id) =>
        (await (await api.GetAsync($"/api/v1/cases/{id}")).JsonAsync())["deadlines"]!.AsArray()
            .Single(d => d!["stage"]!.GetValue<string>() == "investigation")!;

    [SkippableFact]
    public async Task A_deadline_in_an_unpublished_year_is_provisional_and_recomputed_when_the_arrangement_is_imported()
    {
        // 10:00 in Beijing on the last working day of 2026.
        using var app = NewApp(new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 2, 0, 0, TimeSpan.Zero)));
        var api = app.Api();
        var created = await api.PostJsonAsync("/api/v1/cases", new
        {
            kind = "complaint", channel = "phone", property = "DEMO-SCENIC", title = "索道停运未退票",
            description = "索道临时停运，售票处说不能退票。", customer = new { name = "游客", phone = "13900001111" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync())["id"]!.GetValue<string>();

        // One working day: 2027-01-01 is 元旦 by the statutory rules, the 2nd and 3rd a weekend.
        var before = await InvestigationAsync(api, id);
        Assert.Equal(new DateTimeOffset(2027, 1, 4, 10, 0, 0, TimeSpan.Zero), before["dueAt"]!.GetValue<DateTimeOffset>());
        Assert.True(before["provisional"]!.GetValue<bool>());
        Assert.False(before["breached"]!.GetValue<bool>());
        var manager = await app.SignedInAsync("manager");
        Assert.Contains("data-provisional=\"true\"", await manager.GetStringAsync($"/cases/{id}"), StringComparison.Ordinal);

        var badLines = await api.PostAsync("/api/v1/calendars/cn/import", Table("2027-01-01..2027-01-03 休\n2027-13-01 班\n2027-02-07 加班"));
        Assert.Equal(HttpStatusCode.BadRequest, badLines.StatusCode);
        var errors = (await badLines.JsonAsync())["errors"]!.AsObject();
        Assert.Equal(["table[2]", "table[3]"], errors.Select(e => e.Key).Order());
        Assert.True((await InvestigationAsync(api, id))["provisional"]!.GetValue<bool>());

        var imported = await api.PostAsync("/api/v1/calendars/cn/import", Table(Notice));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.True((await imported.JsonAsync())["casesRecomputed"]!.GetValue<int>() >= 1);

        var after = await InvestigationAsync(api, id);
        Assert.Equal(new DateTimeOffset(2027, 1, 5, 10, 0, 0, TimeSpan.Zero), after["dueAt"]!.GetValue<DateTimeOffset>());
        Assert.False(after["provisional"]!.GetValue<bool>());
        Assert.DoesNotContain("data-provisional", await manager.GetStringAsync($"/cases/{id}"), StringComparison.Ordinal);
        var calendar = await (await api.GetAsync("/api/v1/calendars/cn")).JsonAsync();
        Assert.Equal(2027, calendar["lastPublishedYear"]!.GetValue<int>());

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var audit = await db.AuditLog.AsNoTracking().SingleAsync(a => a.Action == "calendar.deadlines.recompute" && a.EntityKey == "cn");
        Assert.Contains("\"provisionalDeadlines\":0", audit.After, StringComparison.Ordinal);
        Assert.DoesNotContain("\"provisionalDeadlines\":0", audit.Before, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Administrators_are_told_once_from_the_first_of_november_that_next_year_is_missing()
    {
        // 23:00 in Beijing on 31 October 2026.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 31, 15, 0, 0, TimeSpan.Zero));
        using var app = NewApp(clock);
        var job = app.Services.GetRequiredService<ArrangementCheckJob>();
        Assert.Equal(0, await job.RunOnceAsync(CancellationToken.None));
        Assert.Empty(await MissingAsync(app));

        var admin = await app.SignedInAsync("admin");
        Assert.DoesNotContain("data-arrangement-missing", await admin.GetStringAsync("/admin/calendars"), StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromHours(2));
        Assert.Contains("data-arrangement-missing=\"cn\"", await admin.GetStringAsync("/admin/calendars"), StringComparison.Ordinal);
        var missing = Assert.Single(await MissingAsync(app));
        Assert.Equal(("cn", 2027), (missing.Code, missing.Year));
        var administrators = await CountAsync(app, db => db.Staff.CountAsync(s => s.Active && s.Role == StaffRole.Administrator));
        Assert.True(administrators > 0);
        Assert.Equal(administrators, await job.RunOnceAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromHours(6));
        Assert.Equal(0, await job.RunOnceAsync(CancellationToken.None));
        Assert.Equal(administrators, await CountAsync(app, db => db.Notifications.CountAsync(n => n.Subject == NotificationSubject.Calendar
            && n.Event == Domain.Sla.EscalationEvent.ArrangementMissing && n.CaseNumber == "cn")));

        Assert.Equal(HttpStatusCode.OK, (await app.Api().PostAsync("/api/v1/calendars/cn/import", Table(Notice))).StatusCode);
        Assert.Empty(await MissingAsync(app));
        Assert.DoesNotContain("data-arrangement-missing", await admin.GetStringAsync("/admin/calendars"), StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<MissingArrangement>> MissingAsync(GuestLoopApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ArrangementCheck>().MissingAsync(CancellationToken.None);
    }

    private static async Task<int> CountAsync(GuestLoopApp app, Func<GuestLoopDbContext, Task<int>> count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await count(scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>());
    }
}

public sealed class HolidayArrangementSqliteTests : HolidayArrangementTests
{
    protected override GuestLoopApp NewApp(FakeTimeProvider clock) => new SqliteApp { Clock = clock };
}

public sealed class HolidayArrangementPostgresTests : HolidayArrangementTests
{
    protected override GuestLoopApp NewApp(FakeTimeProvider clock)
    {
        TestDatabases.RequirePostgres();
        return new PostgresApp { Clock = clock };
    }
}
