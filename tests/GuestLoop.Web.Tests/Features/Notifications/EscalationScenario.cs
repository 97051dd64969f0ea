using GuestLoop.Domain.Sla;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GuestLoop.Web.Tests.Features.Notifications;

/// <summary>
/// Steps shared by the escalation tests. The clock starts on Monday 2 March 2026 at 09:30 in Beijing; a hotel
/// complaint then has its response due in 24 hours (Tuesday 09:30) and its resolution in 72.
/// </summary>
public static class EscalationScenario
{
    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static FakeTimeProvider NewClock() => new(Bj(2, 9, 30));

    /// <summary>A Beijing time in March 2026, as the UTC instant a clock's GetUtcNow returns (SQLite stores instants with their offset).</summary>
    public static DateTimeOffset Bj(int day, int hour, int minute = 0) => new DateTimeOffset(2026, 3, day, hour, minute, 0, Beijing).ToUniversalTime();

    /// <summary>A complaint assigned to the front-desk clerk in the service-quality department, whose head is "head".</summary>
    public static async Task<(Guid Id, string Number)> AssignedComplaintAsync(GuestLoopApp app, string title)
    {
        var created = await (await app.Api().PostJsonAsync("/api/v1/cases", JsonBodies.Complaint(title))).JsonAsync();
        var id = created["id"]!.GetValue<Guid>();
        Guid department;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
            department = await db.Departments.Where(d => d.Name == "服务质量管理部").Select(d => d.Id).SingleAsync();
        }

        var assigned = await app.Api("head").PostJsonAsync($"/api/v1/cases/{id}/assign",
            new { departmentId = department, assigneeId = await app.StaffIdAsync("clerk") });
        Assert.True(assigned.IsSuccessStatusCode, await assigned.Content.ReadAsStringAsync());
        return (id, created["number"]!.GetValue<string>());
    }

    public static Task<EscalationRound> RunJobAsync(GuestLoopApp app) =>
        app.Services.GetRequiredService<EscalationJob>().RunOnceAsync(CancellationToken.None);

    /// <summary>The notices the escalation job stored; a repeat-complainant notice is stored when the case comes in, not by the job.</summary>
    public static async Task<List<Notification>> StoredAsync(GuestLoopApp app, Guid? caseId = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        return await db.Notifications.AsNoTracking()
            .Where(n => (caseId == null || n.CaseId == caseId) && n.Event != EscalationEvent.RepeatComplainant).ToListAsync();
    }

    /// <summary>Every emailed notice, those stored at intake included: the mailer sends them all.</summary>
    public static async Task<int> EmailedCountAsync(GuestLoopApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        return await db.Notifications.AsNoTracking().CountAsync(n => n.EmailedAt != null);
    }
}
