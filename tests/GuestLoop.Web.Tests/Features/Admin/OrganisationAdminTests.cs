using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Admin;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Admin;

/// <summary>Organisation edits are audited with before and after; moving a property to another policy recomputes its open cases.</summary>
public abstract class OrganisationAdminTests(GuestLoopApp app)
{
    private static readonly AccessScope Administrator = new(null, "test administrator", AuthorityLevel.Level1, null, true, new HashSet<Guid>(), true);

    [SkippableFact]
    public async Task A_new_policy_for_a_property_is_audited_and_moves_the_deadlines_of_its_open_cases_only()
    {
        app.Require();
        var created = await (await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint(property: "DEMO-SCENIC"))).JsonAsync();
        var id = created["id"]!.GetValue<Guid>();
        Assert.Equal(["investigation"], created["deadlines"]!.AsArray().Select(d => d!["stage"]!.GetValue<string>()));

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
            var property = await db.Properties.AsNoTracking().SingleAsync(p => p.Code == "DEMO-SCENIC");
            var closedBefore = await ClosedDeadlinesAsync(db, property.Id);
            property.PolicyCode = "tourism-standard";

            var errors = await scope.ServiceProvider.GetRequiredService<OrganisationAdmin>().SavePropertyAsync(property, Administrator);

            Assert.Empty(errors);
            db.ChangeTracker.Clear();
            Assert.Equal(closedBefore, await ClosedDeadlinesAsync(db, property.Id));
            var open = await db.CaseDeadlines.AsNoTracking().Where(d => d.CaseId == id).Select(d => d.Stage).ToListAsync();
            Assert.Equal([Domain.Sla.SlaStage.Response, Domain.Sla.SlaStage.Resolution], open.Order());
            var entry = await db.AuditLog.AsNoTracking().SingleAsync(e => e.Entity == "property" && e.EntityKey == "DEMO-SCENIC");
            Assert.Equal("test administrator", entry.ActorName);
            Assert.Contains("scenic-manual", entry.Before);
            Assert.Contains("tourism-standard", entry.After);

            property.PolicyCode = "scenic-manual";
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<OrganisationAdmin>().SavePropertyAsync(property, Administrator));
        }

        var moved = await (await app.Api().GetAsync($"/api/v1/cases/{id}")).JsonAsync();
        Assert.Equal(["investigation"], moved["deadlines"]!.AsArray().Select(d => d!["stage"]!.GetValue<string>()));
    }

    [SkippableFact]
    public async Task A_staff_edit_is_audited_without_the_password()
    {
        app.Require();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var clerk = await db.Staff.AsNoTracking().SingleAsync(s => s.UserName == "clerk");
        var stampBefore = clerk.SecurityStamp;
        clerk.DisplayName = "赵敏（前厅主管）";

        var errors = await scope.ServiceProvider.GetRequiredService<OrganisationAdmin>().SaveStaffAsync(clerk, "a-new-secret-2026", Administrator);

        Assert.Empty(errors);
        var entry = await db.AuditLog.AsNoTracking().SingleAsync(e => e.Entity == "staff" && e.EntityKey == "clerk");
        Assert.Contains("前厅主管", entry.After);
        Assert.Contains("\"passwordChanged\":true", entry.After);
        Assert.DoesNotContain("a-new-secret-2026", entry.After);
        Assert.DoesNotContain(clerk.PasswordHash, entry.After + entry.Before);
        // A password set by an administrator ends every session of the person, as their own change does.
        Assert.NotEqual(stampBefore, (await db.Staff.AsNoTracking().SingleAsync(s => s.UserName == "clerk")).SecurityStamp);
    }

    private static async Task<List<string>> ClosedDeadlinesAsync(GuestLoopDbContext db, Guid propertyId)
    {
        var closed = await db.Cases.Where(c => c.PropertyId == propertyId && c.Status == Domain.Cases.CaseStatus.Closed).Select(c => c.Id).ToListAsync();
        return (await db.CaseDeadlines.AsNoTracking().Where(d => closed.Contains(d.CaseId)).ToListAsync())
            .Select(d => $"{d.CaseId}/{d.Stage}/{d.DueAt:O}").Order().ToList();
    }
}

public sealed class OrganisationAdminSqliteTests(SqliteApp app) : OrganisationAdminTests(app), IClassFixture<SqliteApp>;

public sealed class OrganisationAdminPostgresTests(PostgresApp app) : OrganisationAdminTests(app), IClassFixture<PostgresApp>;
