using GuestLoop.Domain.Cases;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Cases;

/// <summary>Case lists and case JSON for one caller, always inside their property scope.</summary>
public sealed class CaseReader(GuestLoopDbContext db, CaseWorkflow workflow, TimeProvider clock)
{
    public IQueryable<Case> Query(AccessScope scope, CaseFilter filter)
    {
        var query = workflow.Visible(scope).AsNoTracking();
        if (filter.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(c => c.Kind == kind);
        }

        if (filter.Severity is { } severity)
        {
            query = query.Where(c => c.Severity == severity);
        }

        if (!string.IsNullOrWhiteSpace(filter.PropertyCode))
        {
            var code = filter.PropertyCode;
            query = query.Where(c => db.Properties.Any(p => p.Id == c.PropertyId && p.Code == code));
        }

        if (filter.PropertyId is { } propertyId)
        {
            query = query.Where(c => c.PropertyId == propertyId);
        }

        query = Narrow(query, filter);
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var q = filter.Query.Trim();
            query = query.Where(c => c.Title.Contains(q) || c.Description.Contains(q) || c.Number.Contains(q)
                || (c.Complainant.Name != null && c.Complainant.Name.Contains(q)));
        }

        var now = clock.GetUtcNow();
        return filter.View switch
        {
            CaseView.Mine => query.Where(c => c.AssigneeId == scope.StaffId && c.Status != CaseStatus.Closed),
            CaseView.MyDepartment => query.Where(c => c.DepartmentId == scope.DepartmentId && c.Status != CaseStatus.Closed),
            CaseView.Unassigned => query.Where(c => c.AssigneeId == null && c.Status != CaseStatus.Closed),
            CaseView.Open => query.Where(c => c.Status != CaseStatus.Closed),
            CaseView.Closed => query.Where(c => c.Status == CaseStatus.Closed),
            CaseView.Overdue => query.Where(c => c.Status != CaseStatus.Closed
                && db.CaseDeadlines.Any(d => d.CaseId == c.Id && d.MetAt == null && d.DueAt < now)),
            _ => query,
        };
    }

    /// <summary>The drill-down filters the dashboard links use; kept apart so statistics and lists select the same cases.</summary>
    public static IQueryable<Case> Narrow(IQueryable<Case> query, CaseFilter filter)
    {
        if (filter.Category is { } category)
        {
            query = query.Where(c => c.Category == category);
        }

        if (filter.Channel is { } channel)
        {
            query = query.Where(c => c.Channel == channel);
        }

        if (filter.DepartmentId is { } department)
        {
            query = query.Where(c => c.DepartmentId == department);
        }

        if (filter.From is { } from)
        {
            query = query.Where(c => c.ReceivedAt >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(c => c.ReceivedAt < to);
        }

        if (filter.MinReopens is { } reopens)
        {
            query = query.Where(c => c.ReopenCount >= reopens);
        }

        if (filter.RepeatComplainants)
        {
            var complaints = query.Where(c => c.Kind == CaseKind.Complaint);
            query = complaints.Where(c =>
                (c.Complainant.Phone != null && complaints.Count(o => o.Complainant.Phone == c.Complainant.Phone) > 1)
                || (c.Complainant.Phone == null && c.Complainant.Email != null && complaints.Count(o => o.Complainant.Email == c.Complainant.Email) > 1));
        }

        return query;
    }

    public async Task<CaseListJson> ListAsync(AccessScope scope, CaseFilter filter, int page, int pageSize, CancellationToken ct)
    {
        var query = Query(scope, filter);
        var total = await query.CountAsync(ct);
        var items = await query.Include(c => c.Pauses).OrderByDescending(c => c.ReceivedAt).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var ids = items.Select(c => c.Id).ToList();
        var deadlines = await db.CaseDeadlines.AsNoTracking().Where(d => ids.Contains(d.CaseId)).ToListAsync(ct);
        var codes = await PropertyCodesAsync(ct);
        var now = clock.GetUtcNow();
        var json = items.Select(c => CaseJson.From(c, codes.GetValueOrDefault(c.PropertyId, "?"),
            deadlines.Where(d => d.CaseId == c.Id), now, withHistory: false)).ToList();
        return new CaseListJson(json, total, page, pageSize);
    }

    public async Task<CaseJson> ToJsonAsync(Case c, bool withHistory, CancellationToken ct)
    {
        var codes = await PropertyCodesAsync(ct);
        return CaseJson.From(c, codes.GetValueOrDefault(c.PropertyId, "?"), await workflow.DeadlinesAsync(c.Id, ct), clock.GetUtcNow(), withHistory);
    }

    private Task<Dictionary<Guid, string>> PropertyCodesAsync(CancellationToken ct) =>
        db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, ct);
}
