using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GuestLoop.Web.Features.Notifications;

/// <summary>
/// One pass over the open stage deadlines: asks the escalation rule which notices are due and stores each
/// one once. Safe to run at the same moment on several instances sharing one database.
/// </summary>
public sealed class EscalationScan(GuestLoopDbContext db, SlaCatalog sla, TimeProvider clock, IOptions<EscalationOptions> options)
{
    private sealed record OpenDeadline(Guid CaseId, Guid PropertyId, SlaStage Stage, DateTimeOffset StartedAt, DateTimeOffset? DueAt,
        DurationUnit Unit, string Number, string Title, Severity Severity, Guid? AssigneeId, Guid? DepartmentId);

    private sealed record Recipient(Guid Id, AuthorityLevel Authority, bool AllProperties, List<Guid> PropertyIds, Guid? DepartmentId);

    /// <summary>Stores the notices that fell due; returns how many this instance stored.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value.ToSettings();
        var open = await (
            from d in db.CaseDeadlines.AsNoTracking()
            where d.MetAt == null && d.DueAt != null
            join c in db.Cases.AsNoTracking() on d.CaseId equals c.Id
            where c.Status != CaseStatus.Closed && !c.Pauses.Any(p => p.End == null)
            select new OpenDeadline(d.CaseId, d.PropertyId, d.Stage, d.StartedAt, d.DueAt, d.Unit, c.Number, c.Title, c.Severity,
                c.AssigneeId, c.DepartmentId)).ToListAsync(ct);
        if (open.Count == 0)
        {
            return 0;
        }

        var staff = (await db.Staff.AsNoTracking().Where(s => s.Active)
            .Select(s => new Recipient(s.Id, s.Authority, s.AllProperties, s.PropertyIds, s.DepartmentId)).ToListAsync(ct))
            .ToDictionary(s => s.Id);
        var heads = await db.Departments.AsNoTracking().Where(d => d.HeadStaffId != null).ToDictionaryAsync(d => d.Id, d => d.HeadStaffId, ct);
        var calendars = await db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.CalendarCode, ct);

        var due = new List<Notification>();
        foreach (var d in open)
        {
            var calendar = await sla.CalendarAsync(calendars[d.PropertyId], ct);
            var watched = new WatchedDeadline(d.StartedAt, d.DueAt, d.Unit, d.Severity);
            foreach (var notice in Escalation.Due(watched, Contacts(d, staff, heads), calendar, settings, now))
            {
                due.Add(new Notification
                {
                    RecipientId = notice.RecipientId, CaseId = d.CaseId, PropertyId = d.PropertyId, CaseNumber = d.Number, CaseTitle = d.Title,
                    Stage = d.Stage, StageStartedAt = d.StartedAt.ToUniversalTime(), Event = notice.Event, DueAt = d.DueAt!.Value.ToUniversalTime(),
                    CreatedAt = now, DeliverAfter = notice.DeliverAfter.ToUniversalTime(),
                });
            }
        }

        var stored = 0;
        foreach (var notification in await WithoutThoseSentAsync(due, ct))
        {
            if (await InsertOnce.InsertAsync(db, notification, ct))
            {
                stored++;
            }
        }

        return stored;
    }

    private static EscalationContacts Contacts(OpenDeadline d, Dictionary<Guid, Recipient> staff, Dictionary<Guid, Guid?> heads)
    {
        var assignee = d.AssigneeId is { } a && staff.TryGetValue(a, out var found) ? found : null;
        var department = d.DepartmentId ?? assignee?.DepartmentId;
        var head = department is { } dept && heads.TryGetValue(dept, out var h) && h is { } headId && staff.ContainsKey(headId) ? headId : (Guid?)null;
        var levelOne = staff.Values
            .Where(s => s.Authority == AuthorityLevel.Level1 && (s.AllProperties || s.PropertyIds.Contains(d.PropertyId)))
            .Select(s => s.Id).Order().ToList();
        return new EscalationContacts(assignee?.Id, head, levelOne);
    }

    /// <summary>Drops the notices already stored, so a quiet round costs one read instead of an insert per notice.</summary>
    private async Task<List<Notification>> WithoutThoseSentAsync(List<Notification> due, CancellationToken ct)
    {
        var fresh = new List<Notification>();
        foreach (var chunk in due.Chunk(500))
        {
            var caseIds = chunk.Select(n => n.CaseId).Distinct().ToList();
            var sent = (await db.Notifications.AsNoTracking().Where(n => caseIds.Contains(n.CaseId))
                    .Select(n => new { n.CaseId, n.Stage, n.StageStartedAt, n.Event, n.RecipientId }).ToListAsync(ct))
                .Select(n => (n.CaseId, n.Stage, n.StageStartedAt.UtcTicks, n.Event, n.RecipientId)).ToHashSet();
            fresh.AddRange(chunk.Where(n => !sent.Contains((n.CaseId, n.Stage, n.StageStartedAt.UtcTicks, n.Event, n.RecipientId))));
        }

        return fresh;
    }
}
