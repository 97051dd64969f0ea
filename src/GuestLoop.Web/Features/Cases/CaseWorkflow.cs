using System.Security.Cryptography;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Customers;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Features.Sla;
using GuestLoop.Web.Features.Surveys;
using GuestLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Cases;

/// <summary>
/// Loads a case inside the caller's scope, lets the aggregate take a step, recomputes its deadlines and
/// saves everything in one transaction. Every channel (API, workspace, public page) goes through here; a new case comes
/// in through <see cref="Intake.ReceiveCase"/>.
/// </summary>
public sealed class CaseWorkflow(GuestLoopDbContext db, SlaCatalog sla, IssueSurvey surveys, TimeProvider clock, ProductMetrics metrics,
    Microsoft.Extensions.Options.IOptions<EscalationOptions> escalation)
{
    public IQueryable<Case> Visible(AccessScope scope) => db.Cases.VisibleTo(scope);

    public async Task<Case> LoadAsync(Guid id, AccessScope scope, CancellationToken ct) =>
        await db.Cases.VisibleTo(scope)
            .Include(c => c.History).Include(c => c.Replies).Include(c => c.Pauses).Include(c => c.Evidence)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == id, ct)
        ?? throw new CaseNotFoundException();

    /// <summary>Takes one step on a case: all of it is saved, or nothing. A written reply sends a satisfaction survey.</summary>
    public async Task<Case> PerformAsync(Guid id, AccessScope scope, Action<Case, Actor, DateTimeOffset> step, CancellationToken ct)
    {
        var @case = await LoadAsync(id, scope, ct);
        var now = clock.GetUtcNow();
        var writtenReplies = @case.Replies.Count(r => !r.Interim);
        var (required, lowerings) = (@case.RequiredAuthority, @case.History.Count(e => e.Action == CaseAction.LowerSeverity));
        var (department, assignee) = (@case.DepartmentId, @case.AssigneeId);
        var recorded = @case.History.Count;
        step(@case, scope.Actor, now);
        await CaseAssignmentCheck.RequireValidAsync(db, @case, department, assignee, ct);
        if (@case.Replies.Count(r => !r.Interim) > writtenReplies)
        {
            await surveys.IssueAsync(@case, now, ct);
        }

        if (@case.History.Count(e => e.Action == CaseAction.LowerSeverity) > lowerings)
        {
            await AuthorityLoweredNotice.AddAsync(db, @case, required, now, ct);
        }

        var property = await db.Properties.AsNoTracking().SingleAsync(p => p.Id == @case.PropertyId, ct);
        await RefreshDeadlinesAsync(@case, property, ct);
        await db.SaveChangesAsync(ct);
        foreach (var line in @case.History.Skip(recorded))
        {
            metrics.Step(line.Action);
        }

        return @case;
    }

    public async Task<IReadOnlyList<CaseDeadlineRow>> DeadlinesAsync(Guid caseId, CancellationToken ct) =>
        await db.CaseDeadlines.AsNoTracking().Where(d => d.CaseId == caseId).OrderBy(d => d.StartedAt).ToListAsync(ct);

    /// <summary>
    /// Replaces the stored deadline figures of a case; a closed case keeps the figures it closed with. A case with a
    /// policy of its own (a regulator's transfer) is held to that policy, not its property's.
    /// </summary>
    public async Task RefreshDeadlinesAsync(Case @case, Property property, CancellationToken ct) =>
        await RefreshDeadlinesAsync(@case, await sla.CalendarAsync(property.CalendarCode, ct),
            await sla.PolicyAsync(@case.PolicyOverride ?? property.PolicyCode, ct), ct);

    /// <summary>
    /// Replaces the stored deadline figures of a case from a given calendar and policy — for an administrator's
    /// edit that is not committed yet, so not in the catalog.
    /// </summary>
    public async Task RefreshDeadlinesAsync(Case @case, WorkingCalendar calendar, SlaPolicy policy, CancellationToken ct)
    {
        var computed = CaseClock.Compute(@case, policy.TargetsFor(@case.Kind, @case.Severity), calendar);
        var now = clock.GetUtcNow();
        var share = escalation.Value.ApproachingShare;
        // The escalation scan reads a deadline when its first notice can fall due: the warning at the share of the target,
        // worked out here with the property's calendar as the scan would. A notice already due now, or a department on a
        // duty calendar of its own, leaves the instant to the scan (null: read on its next pass).
        var ownDuty = @case.DepartmentId is { } department
            && await db.Departments.AsNoTracking().AnyAsync(d => d.Id == department && d.CalendarCode != null, ct);
        DateTimeOffset? FirstNotice(DateTimeOffset startedAt, DateTimeOffset? dueAt, DurationUnit unit) =>
            ownDuty || dueAt is not { } due || Escalation.ApproachingAt(calendar, startedAt, due, unit, share) is var first && first <= now ? null : first;
        if (db.Entry(@case).State != EntityState.Added)
        {
            db.CaseDeadlines.RemoveRange(await db.CaseDeadlines.Where(d => d.CaseId == @case.Id).ToListAsync(ct));
        }

        var rows = computed.Select(d => new CaseDeadlineRow
        {
            CaseId = @case.Id,
            PropertyId = @case.PropertyId,
            Stage = d.Stage,
            Amount = d.Target.Amount,
            Unit = d.Target.Unit,
            StartedAt = d.StartedAt,
            DueAt = d.DueAt,
            RiskFrom = d.DueAt is { } due ? TimeLeftStates.RiskFrom(d.StartedAt, due) : null,
            NextNoticeAt = d.MetAt is null ? FirstNotice(d.StartedAt, d.DueAt, d.Target.Unit) : null,
            MetAt = d.MetAt,
            Provisional = d.Provisional,
            CaseReceivedAt = @case.ReceivedAt,
        }).ToList();
        db.CaseDeadlines.AddRange(rows);
        CaseUrgency.Set(db.Entry(@case), rows);
    }

    /// <summary>An unguessable URL-safe token for the guest's private tracking link.</summary>
    public static string NewTrackingToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))
        .Replace('+', '-').Replace('/', '_').TrimEnd('=');

    public static TimeZoneInfo FindZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
