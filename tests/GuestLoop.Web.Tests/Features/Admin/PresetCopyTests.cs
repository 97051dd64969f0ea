using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Sla;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Admin;

/// <summary>
/// An edit of a calendar or policy several properties share, saved as a copy: the copy takes the edit, the one property
/// chosen moves onto it, the original and the other properties stay as they were; a bad copy is refused field by field.
/// </summary>
public abstract class PresetCopyTests(GuestLoopApp app)
{
    private static readonly AccessScope Administrator = new(null, "test administrator", AuthorityLevel.Level1, null, true, new HashSet<Guid>(), true);

    [SkippableFact]
    public async Task A_calendar_saved_as_a_copy_moves_only_the_chosen_property()
    {
        app.Require();
        using var scope = app.Services.CreateScope();
        var sla = scope.ServiceProvider.GetRequiredService<SlaAdministration>();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var users = await sla.PropertiesOnCalendarAsync("cn", CancellationToken.None);
        Assert.Equal(["DEMO-HOTEL", "DEMO-SCENIC", "DEMO-TRAVEL"], users.Select(u => u.Code).Order());
        var scenic = users.Single(u => u.Code == "DEMO-SCENIC");
        var original = (await sla.CalendarAsync("cn", CancellationToken.None))!;

        var change = await sla.SaveCalendarCopyAsync(original with { Name = "should not reach the original" },
            new PresetCopy("cn-scenic", "景区工作日", scenic.Id), Administrator, CancellationToken.None);

        Assert.True(change.Saved, string.Join("; ", change.Errors.Select(e => $"{e.Key}: {string.Join(",", e.Value)}")));
        db.ChangeTracker.Clear();
        Assert.Equal("景区工作日", (await db.Calendars.SingleAsync(c => c.Code == "cn-scenic")).Name);
        Assert.Equal(original.Name, (await db.Calendars.SingleAsync(c => c.Code == "cn")).Name);
        Assert.Equal(await db.CalendarDays.CountAsync(d => d.CalendarCode == "cn"), await db.CalendarDays.CountAsync(d => d.CalendarCode == "cn-scenic"));
        Assert.Equal(["DEMO-HOTEL", "DEMO-TRAVEL"], (await sla.PropertiesOnCalendarAsync("cn", CancellationToken.None)).Select(u => u.Code).Order());
        Assert.Equal(["DEMO-SCENIC"], (await sla.PropertiesOnCalendarAsync("cn-scenic", CancellationToken.None)).Select(u => u.Code));
        var moved = await db.AuditLog.AsNoTracking().Where(e => e.Entity == "property" && e.EntityKey == "DEMO-SCENIC").ToListAsync();
        Assert.Contains(moved, e => e.Action == "property.update" && e.After!.Contains("cn-scenic"));
        Assert.True(await db.AuditLog.AnyAsync(e => e.Action == "calendar.create" && e.EntityKey == "cn-scenic"));
    }

    [SkippableFact]
    public async Task A_policy_copy_with_a_taken_code_no_name_or_a_property_not_on_the_original_is_refused_field_by_field()
    {
        app.Require();
        using var scope = app.Services.CreateScope();
        var sla = scope.ServiceProvider.GetRequiredService<SlaAdministration>();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var policy = (await sla.PolicyAsync("scenic-manual", CancellationToken.None))!;
        var hotel = await db.Properties.Where(p => p.Code == "DEMO-HOTEL").Select(p => p.Id).SingleAsync();
        var policies = await db.Policies.CountAsync();

        var change = await sla.SavePolicyCopyAsync(policy, new PresetCopy("hotel-checkin", " ", hotel), Administrator, CancellationToken.None);

        Assert.False(change.Saved);
        Assert.Equal([PresetCopy.Taken], change.Errors["copy.code"]);
        Assert.True(change.Errors.ContainsKey("copy.name"));
        Assert.True(change.Errors.ContainsKey("copy.property"));
        Assert.True((await sla.SavePolicyCopyAsync(policy, new PresetCopy("not valid!", "名称", null), Administrator, CancellationToken.None))
            .Errors.ContainsKey("copy.code"));
        Assert.Equal(policies, await db.Policies.CountAsync());
    }
}

[Collection(SharedSqliteApp.Name)]
public sealed class PresetCopySqliteTests(SqliteApp app) : PresetCopyTests(app);

[Collection(SharedPostgresApp.Name)]
public sealed class PresetCopyPostgresTests(PostgresApp app) : PresetCopyTests(app);
