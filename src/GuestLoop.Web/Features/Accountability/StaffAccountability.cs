using GuestLoop.Domain;
using GuestLoop.Domain.Accountability;
using GuestLoop.Domain.Cases;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Accountability;

public sealed record AccountabilityJson(Guid Id, Guid CaseId, Guid StaffId, string StaffName, string Findings, IReadOnlyList<string> Measures,
    string? MeasureNote, DateTimeOffset RecordedAt, string? RecordedBy, string? Evaluation, DateTimeOffset? EvaluatedAt, string? EvaluatedBy);

public sealed record RecordAccountabilityBody(Guid? StaffId, string? Findings, IReadOnlyList<string>? Measures, string? MeasureNote);

public sealed record EvaluationBody(string? Evaluation);

/// <summary>A reader who may see the record but not change it, or may not act on it at all (HTTP 403).</summary>
public sealed class AccountabilityDeniedException() : DomainException(DomainErrorKind.Forbidden,
    "Only the person's department head, level 1 or an administrator may do this.");

/// <summary>
/// Staff accountability on cases (涉事人员). Every query filters by who may read: a record a caller may not
/// read is answered as not found, so its existence is not given away to peers.
/// </summary>
public sealed class StaffAccountability(GuestLoopDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<AccountabilityJson>> ForCaseAsync(AccessScope scope, Guid caseId, CancellationToken ct)
    {
        await RequireCaseAsync(scope, caseId, ct);
        var records = await db.CaseAccountability.AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.RecordedAt).ToListAsync(ct);
        var heads = await HeadsAsync(records.Select(r => r.StaffId), ct);
        return await ToJsonAsync(records.Where(r => CanRead(scope, r, heads)), ct);
    }

    /// <summary>Of <paramref name="candidates"/>, the staff this caller may record conduct for: the form offers no one else.</summary>
    public async Task<IReadOnlySet<Guid>> RecordableAsync(AccessScope scope, IEnumerable<Guid> candidates, CancellationToken ct)
    {
        var heads = await HeadsAsync(candidates, ct);
        return heads.Where(h => AccountabilityAccess.CanRecord(scope.StaffId, scope.Authority, scope.IsAdministrator, h.Key, h.Value))
            .Select(h => h.Key).ToHashSet();
    }

    public async Task<AccountabilityJson> GetAsync(AccessScope scope, Guid id, CancellationToken ct)
    {
        var record = await ReadableAsync(scope, id, ct);
        return (await ToJsonAsync([record], ct))[0];
    }

    public async Task<AccountabilityJson> RecordAsync(AccessScope scope, Guid caseId, RecordAccountabilityBody body, CancellationToken ct)
    {
        var propertyId = await RequireCaseAsync(scope, caseId, ct);
        var errors = new FieldErrors();
        var measures = AccountabilityMeasure.None;
        foreach (var m in body.Measures ?? [])
        {
            measures |= CreateCaseRequest.ParseEnum<AccountabilityMeasure>("measures", m, errors) ?? AccountabilityMeasure.None;
        }

        if (string.IsNullOrWhiteSpace(body.Findings) || body.Findings.Length > CaseAccountability.TextMax)
        {
            errors.Add("findings", "The findings are required.");
        }

        var staffId = body.StaffId ?? Guid.Empty;
        if (!await db.Staff.AnyAsync(s => s.Id == staffId, ct))
        {
            errors.Add("staffId", "Unknown staff member.");
        }

        errors.ThrowIfAny();

        var heads = await HeadsAsync([staffId], ct);
        if (!AccountabilityAccess.CanRecord(scope.StaffId, scope.Authority, scope.IsAdministrator, staffId, heads.GetValueOrDefault(staffId)))
        {
            throw new AccountabilityDeniedException();
        }

        var record = new CaseAccountability
        {
            CaseId = caseId, PropertyId = propertyId, StaffId = staffId, Findings = body.Findings!.Trim(), Measures = measures,
            MeasureNote = body.MeasureNote, RecordedAt = clock.GetUtcNow(), RecordedById = scope.StaffId, RecordedBy = scope.Name,
        };
        db.CaseAccountability.Add(record);
        await db.SaveChangesAsync(ct);
        return (await ToJsonAsync([record], ct))[0];
    }

    /// <summary>The later evaluation of the measures' effect.</summary>
    public async Task<AccountabilityJson> EvaluateAsync(AccessScope scope, Guid id, string? evaluation, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(evaluation))
        {
            throw CaseValidationException.For("evaluation", "The evaluation is required.");
        }

        var record = await ReadableAsync(scope, id, ct, tracked: true);
        var heads = await HeadsAsync([record.StaffId], ct);
        if (!AccountabilityAccess.CanRecord(scope.StaffId, scope.Authority, scope.IsAdministrator, record.StaffId, heads.GetValueOrDefault(record.StaffId)))
        {
            throw new AccountabilityDeniedException();
        }

        record.Evaluation = evaluation.Trim();
        record.EvaluatedAt = clock.GetUtcNow();
        record.EvaluatedBy = scope.Name;
        await db.SaveChangesAsync(ct);
        return (await ToJsonAsync([record], ct))[0];
    }

    private async Task<CaseAccountability> ReadableAsync(AccessScope scope, Guid id, CancellationToken ct, bool tracked = false)
    {
        var query = tracked ? db.CaseAccountability : db.CaseAccountability.AsNoTracking();
        var record = await query.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (record is null || !scope.CanSee(record.PropertyId))
        {
            throw new CaseNotFoundException();
        }

        var heads = await HeadsAsync([record.StaffId], ct);
        return CanRead(scope, record, heads) ? record : throw new CaseNotFoundException();
    }

    private static bool CanRead(AccessScope scope, CaseAccountability r, Dictionary<Guid, Guid?> heads) =>
        AccountabilityAccess.CanRead(scope.StaffId, scope.Authority, scope.IsAdministrator, r.StaffId, heads.GetValueOrDefault(r.StaffId));

    private async Task<Guid> RequireCaseAsync(AccessScope scope, Guid caseId, CancellationToken ct) =>
        await db.Cases.VisibleTo(scope).AsNoTracking().Where(c => c.Id == caseId).Select(c => (Guid?)c.PropertyId).SingleOrDefaultAsync(ct)
        ?? throw new CaseNotFoundException();

    /// <summary>Each staff member's department head.</summary>
    private async Task<Dictionary<Guid, Guid?>> HeadsAsync(IEnumerable<Guid> staffIds, CancellationToken ct)
    {
        var ids = staffIds.Distinct().ToList();
        return await (from s in db.Staff.AsNoTracking()
                      where ids.Contains(s.Id)
                      join d in db.Departments.AsNoTracking() on s.DepartmentId equals d.Id into dept
                      from d in dept.DefaultIfEmpty()
                      select new { s.Id, Head = d == null ? null : d.HeadStaffId })
            .ToDictionaryAsync(x => x.Id, x => x.Head, ct);
    }

    private async Task<List<AccountabilityJson>> ToJsonAsync(IEnumerable<CaseAccountability> records, CancellationToken ct)
    {
        var list = records.ToList();
        var ids = list.Select(r => r.StaffId).Distinct().ToList();
        var names = await db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, ct);
        return list.Select(r => new AccountabilityJson(r.Id, r.CaseId, r.StaffId, names.GetValueOrDefault(r.StaffId, "?"), r.Findings,
            Enum.GetValues<AccountabilityMeasure>().Where(m => m != AccountabilityMeasure.None && r.Measures.HasFlag(m))
                .Select(m => char.ToLowerInvariant(m.ToString()[0]) + m.ToString()[1..]).ToList(),
            r.MeasureNote, r.RecordedAt, r.RecordedBy, r.Evaluation, r.EvaluatedAt, r.EvaluatedBy)).ToList();
    }
}
