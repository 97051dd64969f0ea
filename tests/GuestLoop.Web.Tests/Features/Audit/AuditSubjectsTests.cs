using System.Net;
using System.Net.Http.Json;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Admin;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Tests.Features.Compensation;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Audit;

/// <summary>The audit page names what an entry is about: a compensation by its case's number, a policy, a department and its head by name.</summary>
public abstract class AuditSubjectsTests(GuestLoopApp app)
{
    private static readonly AccessScope Administrator = new(null, "test administrator", AuthorityLevel.Level1, null, true, new HashSet<Guid>(), true);

    [SkippableFact]
    public async Task Subjects_and_the_ids_in_their_details_are_named()
    {
        app.Require();
        var caseId = await app.NewCaseAsync();
        var compensation = (await app.ProposeAsync(caseId, 300m))["id"]!.GetValue<Guid>();
        await app.CompensationStepAsync(compensation, "approve");
        var policy = await (await app.Api().GetAsync("/api/v1/policies/hotel-checkin")).JsonAsync();
        Assert.Equal(HttpStatusCode.OK, (await app.Api().PutAsJsonAsync("/api/v1/policies/hotel-checkin", policy)).StatusCode);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var number = await db.Cases.Where(c => c.Id == caseId).Select(c => c.Number).SingleAsync();
        var head = await db.Staff.AsNoTracking().SingleAsync(s => s.UserName == "head");
        var department = await db.Departments.AsNoTracking().FirstAsync(d => d.PropertyId != null);
        department.HeadStaffId = head.Id;
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<OrganisationAdmin>().SaveDepartmentAsync(department, Administrator));

        var entries = await db.AuditLog.AsNoTracking()
            .Where(e => e.EntityKey == compensation.ToString() || e.EntityKey == "hotel-checkin" || e.EntityKey == department.Id.ToString()).ToListAsync();
        var names = await scope.ServiceProvider.GetRequiredService<AuditSubjects>().NameAsync(entries, CancellationToken.None);

        var approval = entries.Single(e => e.Action == "compensation.approve");
        Assert.Equal(new AuditSubject("case", number, $"/cases/{caseId}"), names.Subjects[approval.Id]);
        var saved = entries.First(e => e.Action == "policy.save");
        Assert.Equal("policy", names.Subjects[saved.Id].Kind);
        Assert.Equal(await db.Policies.Where(p => p.Code == "hotel-checkin").Select(p => p.Name).SingleAsync(), names.Subjects[saved.Id].Name);
        var edited = entries.Single(e => e.Action == "department.update");
        Assert.Equal(new AuditSubject("department", department.Name, "/admin/departments"), names.Subjects[edited.Id]);
        Assert.Equal(head.DisplayName, names.References[head.Id.ToString()]);
    }

    [SkippableFact]
    public async Task A_subject_that_is_gone_keeps_its_key()
    {
        app.Require();
        using var scope = app.Services.CreateScope();
        var gone = new AuditEntry { ActorName = "x", Action = "department.update", Entity = "department", EntityKey = Guid.NewGuid().ToString() };
        var odd = new AuditEntry { ActorName = "x", Action = "something.new", Entity = "something", EntityKey = "k-1" };

        var names = await scope.ServiceProvider.GetRequiredService<AuditSubjects>().NameAsync([gone, odd], CancellationToken.None);

        Assert.Equal(new AuditSubject("department", gone.EntityKey), names.Subjects[gone.Id]);
        Assert.Equal(new AuditSubject("something", "k-1"), names.Subjects[odd.Id]);
    }

    [SkippableFact]
    public async Task A_search_for_a_case_number_finds_the_entries_about_its_compensations()
    {
        app.Require();
        var caseId = await app.NewCaseAsync();
        var compensation = (await app.ProposeAsync(caseId, 200m))["id"]!.GetValue<Guid>();
        await app.CompensationStepAsync(compensation, "approve");
        var number = (await (await app.Api().GetAsync($"/api/v1/cases/{caseId}")).JsonAsync())["number"]!.GetValue<string>();

        var page = await (await app.Api().GetAsync($"/api/v1/audit?q={number}")).JsonAsync();

        var item = Assert.Single(page["items"]!.AsArray());
        Assert.Equal(("compensation.approve", compensation.ToString()), (item!["action"]!.GetValue<string>(), item["entityKey"]!.GetValue<string>()));
    }
}

[Collection(SharedSqliteApp.Name)]
public sealed class AuditSubjectsSqliteTests(SqliteApp app) : AuditSubjectsTests(app);

[Collection(SharedPostgresApp.Name)]
public sealed class AuditSubjectsPostgresTests(PostgresApp app) : AuditSubjectsTests(app);
