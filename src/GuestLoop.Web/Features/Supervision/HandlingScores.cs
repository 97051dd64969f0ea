using System.ComponentModel;
using GuestLoop.Web.Features.Analytics;
using GuestLoop.Domain.Cases;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Supervision;

/// <summary>One row of the handling scores: a department or a staff member over a period.</summary>
public sealed record HandlingScoreJson(Guid? Id, string Name, int Cases, int Deadlines, int DeadlinesMet,
    [property: Description(Ratios.Fraction)] double? OnTimeRate,
    double? Satisfaction, int Reopened, [property: Description(Ratios.Fraction)] double ReopenRate, int Audited, int AuditFindings);

public sealed record HandlingScoresJson(DateOnly From, DateOnly To, IReadOnlyList<HandlingScoreJson> Departments, IReadOnlyList<HandlingScoreJson> Staff);

/// <summary>
/// Feedback handling as it counts in performance (DESIGN §8): for the cases closed in the period, the share of
/// stage deadlines met (from the stored deadline rows), follow-up satisfaction, reopen rate and audit findings.
/// </summary>
public sealed class HandlingScores(GuestLoopDbContext db, SupervisionOffice office)
{
    public async Task<HandlingScoresJson> ForPeriodAsync(AccessScope scope, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (!await office.MaySeeScoresAsync(scope, ct))
        {
            throw new NotInSupervisionOfficeException();
        }

        if (to < from)
        {
            throw CaseValidationException.For("to", "The period ends after it starts.");
        }

        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var cases = await db.Cases.VisibleTo(scope).AsNoTracking()
            .Where(c => c.Status == CaseStatus.Closed && c.ClosedAt >= start && c.ClosedAt < end)
            .Select(c => new Row(c.Id, c.DepartmentId, c.AssigneeId, c.ReopenCount, c.FollowUp == null ? null : (int?)c.FollowUp.Satisfaction))
            .ToListAsync(ct);
        var ids = cases.Select(c => c.Id).ToList();
        var deadlines = new List<(Guid CaseId, bool Met)>();
        var audits = new List<AuditSampleEntry>();
        foreach (var chunk in ids.Chunk(500))
        {
            deadlines.AddRange((await db.CaseDeadlines.AsNoTracking().Where(d => chunk.Contains(d.CaseId) && d.DueAt != null)
                .Select(d => new { d.CaseId, d.DueAt, d.MetAt }).ToListAsync(ct)).Select(d => (d.CaseId, d.MetAt != null && d.MetAt <= d.DueAt)));
            audits.AddRange(await db.AuditSamples.AsNoTracking().Where(a => chunk.Contains(a.CaseId) && a.AuditedAt != null).ToListAsync(ct));
        }

        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var staff = await db.Staff.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.DisplayName, ct);
        List<HandlingScoreJson> Score(Func<Row, Guid?> key, Dictionary<Guid, string> names) => cases.GroupBy(key)
            .Where(g => g.Key is not null)
            .Select(g =>
            {
                var caseIds = g.Select(c => c.Id).ToHashSet();
                var rows = deadlines.Where(d => caseIds.Contains(d.CaseId)).ToList();
                var rated = g.Where(c => c.Satisfaction is not null).ToList();
                var audited = audits.Where(a => caseIds.Contains(a.CaseId)).ToList();
                var reopened = g.Count(c => c.ReopenCount > 0);
                return new HandlingScoreJson(g.Key, names.GetValueOrDefault(g.Key!.Value, "?"), g.Count(), rows.Count, rows.Count(r => r.Met),
                    Ratios.Of(rows.Count(r => r.Met), rows.Count),
                    rated.Count == 0 ? null : Math.Round(rated.Average(c => c.Satisfaction!.Value), 2),
                    reopened, Ratios.Of(reopened, g.Count()) ?? 0, audited.Count, audited.Sum(a => a.Failed));
            })
            .OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        return new HandlingScoresJson(from, to, Score(c => c.DepartmentId, departments), Score(c => c.AssigneeId, staff));
    }

    private sealed record Row(Guid Id, Guid? DepartmentId, Guid? AssigneeId, int ReopenCount, int? Satisfaction);
}
