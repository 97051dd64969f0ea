using GuestLoop.Domain.Cases;
using GuestLoop.Web.Data;
using GuestLoop.Domain.Customers;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Customers;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Cases;

/// <summary>Case lists and case JSON for one caller, always inside their property scope.</summary>
public sealed class CaseReader(GuestLoopDbContext db, CaseWorkflow workflow, SensitiveData sensitive, AuditLog audit, TimeProvider clock)
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

        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var q = filter.Query.Trim();
            // A phone number is stored encrypted: it is found by its keyed hash, exactly, never by a part.
            var phone = sensitive.Hash(SensitiveField.Phone, q.Any(char.IsAsciiDigit) && q.All(ch => char.IsAsciiDigit(ch) || ch is ' ' or '-' or '+') ? q : null);
            query = query.Where(c => c.Title.Contains(q) || c.Description.Contains(q) || c.Number.Contains(q)
                || (c.Complainant.Name != null && c.Complainant.Name.Contains(q))
                || (phone != null && EF.Property<string?>(c.Complainant, SensitiveColumns.PhoneHash) == phone));
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

    public async Task<CaseListJson> ListAsync(AccessScope scope, CaseFilter filter, int page, int pageSize, CancellationToken ct)
    {
        var query = Query(scope, filter);
        var total = await query.CountAsync(ct);
        var items = await query.Include(c => c.Pauses).OrderByDescending(c => c.ReceivedAt).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var ids = items.Select(c => c.Id).ToList();
        var deadlines = await db.CaseDeadlines.AsNoTracking().Where(d => ids.Contains(d.CaseId)).ToListAsync(ct);
        var codes = await PropertyCodesAsync(ct);
        var now = clock.GetUtcNow();
        var clear = PrivacyRules.SeesClearValues(scope.Authority, scope.IsAdministrator);
        var json = items.Select(c => CaseJson.From(c, codes.GetValueOrDefault(c.PropertyId, "?"),
            deadlines.Where(d => d.CaseId == c.Id), now, withHistory: false).MaskedUnless(clear)).ToList();
        return new CaseListJson(json, total, page, pageSize);
    }

    public async Task<CaseJson> ToJsonAsync(Case c, bool withHistory, CancellationToken ct)
    {
        var codes = await PropertyCodesAsync(ct);
        return CaseJson.From(c, codes.GetValueOrDefault(c.PropertyId, "?"), await workflow.DeadlinesAsync(c.Id, ct), clock.GetUtcNow(), withHistory);
    }

    /// <summary>A case in the caller's scope; an attempt on a case of another property is audited, then reported as not found.</summary>
    public async Task<Case> LoadAuditedAsync(Guid id, AccessScope scope, CancellationToken ct)
    {
        try
        {
            return await workflow.LoadAsync(id, scope, ct);
        }
        catch (CaseNotFoundException)
        {
            if (await db.Cases.AnyAsync(c => c.Id == id, ct))
            {
                audit.Append(scope, "case.denied", "case", id.ToString(), null, new { operation = "read" });
                await db.SaveChangesAsync(ct);
            }

            throw;
        }
    }

    private Task<Dictionary<Guid, string>> PropertyCodesAsync(CancellationToken ct) =>
        db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, ct);
}
