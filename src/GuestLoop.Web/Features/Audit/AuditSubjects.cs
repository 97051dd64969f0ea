using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Audit;

/// <summary>What an entry is about, in words: its kind (an <c>AuditEntity.*</c> resource), its name and where it is shown.</summary>
public sealed record AuditSubject(string Kind, string Name, string? Href = null);

/// <summary>The subject of each entry of a page, and the names of the ids its details mention (properties, departments, staff, cases).</summary>
public sealed record AuditNames(IReadOnlyDictionary<Guid, AuditSubject> Subjects, IReadOnlyDictionary<string, string> References)
{
    public static readonly AuditNames None = new(new Dictionary<Guid, AuditSubject>(), new Dictionary<string, string>());
}

/// <summary>
/// Names the subjects of a page of audit entries: a case by its number, a compensation or a text message by its case,
/// staff, properties, departments, calendars and policies by their names. One query for each kind of subject on the
/// page, never one per row; a subject that is gone keeps its key as its name.
/// </summary>
public sealed class AuditSubjects(GuestLoopDbContext db)
{
    /// <summary>The kinds whose key is the enterprise's id: the entry is about a setting of the whole enterprise.</summary>
    private static readonly HashSet<string> EnterpriseWide = ["enterprise", "triageModel", "triageKeywords", "riskWords", "customer-settings"];

    public async Task<AuditNames> NameAsync(IReadOnlyCollection<AuditEntry> entries, CancellationToken ct) =>
        new(await SubjectsAsync(entries, ct), await ReferencesAsync(entries, ct));

    private async Task<IReadOnlyDictionary<Guid, AuditSubject>> SubjectsAsync(IReadOnlyCollection<AuditEntry> entries, CancellationToken ct)
    {
        var named = new Dictionary<Guid, AuditSubject>();
        foreach (var kind in entries.GroupBy(e => e.Entity))
        {
            var keys = kind.Select(e => e.EntityKey).Distinct().ToList();
            var names = await NamesAsync(kind.Key, keys, ct);
            foreach (var entry in kind)
            {
                named[entry.Id] = names.GetValueOrDefault(entry.EntityKey) ?? new AuditSubject(kind.Key, entry.EntityKey);
            }
        }

        return named;
    }

    /// <summary>The ids in the details' values, named from the tables that hold them: a query per table, none without ids.</summary>
    private async Task<IReadOnlyDictionary<string, string>> ReferencesAsync(IReadOnlyCollection<AuditEntry> entries, CancellationToken ct)
    {
        var ids = entries.SelectMany(AuditChanges.Of).SelectMany(c => new[] { c.Before, c.After }).OfType<string>()
            .SelectMany(v => v.Split('、')).Select(v => Guid.TryParse(v, out var id) ? id : (Guid?)null).OfType<Guid>().Distinct().ToList();
        var names = new Dictionary<string, string>();
        if (ids.Count == 0)
        {
            return names;
        }

        foreach (var found in new[]
        {
            await db.Properties.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new Named(p.Id, p.Name)).ToListAsync(ct),
            await db.Departments.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => new Named(d.Id, d.Name)).ToListAsync(ct),
            await db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new Named(s.Id, s.DisplayName)).ToListAsync(ct),
            await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new Named(c.Id, c.Number)).ToListAsync(ct),
        })
        {
            foreach (var row in found)
            {
                names[row.Id.ToString()] = row.Name;
            }
        }

        return names;
    }

    private async Task<Dictionary<string, AuditSubject>> NamesAsync(string entity, List<string> keys, CancellationToken ct)
    {
        var ids = keys.Select(k => Guid.TryParse(k, out var id) ? id : (Guid?)null).OfType<Guid>().ToList();
        switch (entity)
        {
            case "case":
                var numbers = keys.Where(k => !Guid.TryParse(k, out _)).ToList();
                var cases = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id) || numbers.Contains(c.Number))
                    .Select(c => new { c.Id, c.Number }).ToListAsync(ct);
                return cases.SelectMany(c => new[] { (Key: c.Id.ToString(), c.Id, c.Number), (Key: c.Number, c.Id, c.Number) })
                    .Where(c => keys.Contains(c.Key)).ToDictionary(c => c.Key, c => Case(c.Id, c.Number));
            case "compensation":
                return OfCases(await db.Compensations.AsNoTracking().Where(c => ids.Contains(c.Id))
                    .Select(c => new CaseOf(c.Id, c.CaseId, db.Cases.Where(x => x.Id == c.CaseId).Select(x => x.Number).FirstOrDefault()))
                    .ToListAsync(ct));
            case "sms":
                return OfCases(await db.SmsMessages.AsNoTracking().Where(m => ids.Contains(m.Id))
                    .Select(m => new CaseOf(m.Id, m.CaseId, db.Cases.Where(x => x.Id == m.CaseId).Select(x => x.Number).FirstOrDefault()))
                    .ToListAsync(ct));
            case "audit-sample":
                return OfCases(await db.AuditSamples.AsNoTracking().Where(s => ids.Contains(s.Id))
                    .Select(s => new CaseOf(s.Id, s.CaseId, s.CaseNumber)).ToListAsync(ct));
            case "calendar":
                return await db.Calendars.AsNoTracking().Where(c => keys.Contains(c.Code))
                    .ToDictionaryAsync(c => c.Code, c => new AuditSubject(entity, c.Name, $"/admin/calendars?code={Uri.EscapeDataString(c.Code)}"), ct);
            case "policy":
                return await db.Policies.AsNoTracking().Where(p => keys.Contains(p.Code))
                    .ToDictionaryAsync(p => p.Code, p => new AuditSubject(entity, p.Name, $"/admin/policies?code={Uri.EscapeDataString(p.Code)}"), ct);
            case "property":
                return await db.Properties.AsNoTracking().Where(p => keys.Contains(p.Code))
                    .ToDictionaryAsync(p => p.Code, p => new AuditSubject(entity, p.Name, "/admin/properties"), ct);
            case "staff":
                return await db.Staff.AsNoTracking().Where(s => keys.Contains(s.UserName))
                    .ToDictionaryAsync(s => s.UserName, s => new AuditSubject(entity, s.DisplayName, "/admin/staff"), ct);
            case "guest":
                return ById(await db.Guests.AsNoTracking().Where(g => ids.Contains(g.Id)).Select(g => new Named(g.Id, g.Name ?? string.Empty)).ToListAsync(ct),
                    entity, id => $"/guests/{id}");
            case "department":
                return ById(await db.Departments.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => new Named(d.Id, d.Name)).ToListAsync(ct),
                    entity, _ => "/admin/departments");
            case "cannedReply":
                return ById(await db.CannedReplies.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => new Named(r.Id, r.Name)).ToListAsync(ct), entity);
            case "savedView":
                return ById(await db.SavedViews.AsNoTracking().Where(v => ids.Contains(v.Id)).Select(v => new Named(v.Id, v.Name)).ToListAsync(ct), entity);
            case "integration":
                return ById(await db.Integrations.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => new Named(i.Id, i.Name)).ToListAsync(ct),
                    entity, _ => "/admin/integrations");
            case "mailbox":
                return ById(await db.Mailboxes.AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new Named(m.Id, m.Name)).ToListAsync(ct),
                    entity, _ => "/admin/mailboxes");
            case "api-key":
                return ById(await db.ApiKeys.AsNoTracking().Where(k => ids.Contains(k.Id)).Select(k => new Named(k.Id, k.Name)).ToListAsync(ct),
                    entity, _ => "/admin/api-keys");
            case "survey-template":
                return ById(await db.SurveyTemplates.AsNoTracking().Where(t => ids.Contains(t.Id)).Select(t => new Named(t.Id, t.Title)).ToListAsync(ct), entity);
            case "import":
                return ById(await db.ImportJobs.AsNoTracking().Where(j => ids.Contains(j.Id)).Select(j => new Named(j.Id, j.FileName)).ToListAsync(ct), entity);
            case var wide when EnterpriseWide.Contains(wide):
                return ById(await db.Enterprises.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new Named(e.Id, e.Name)).ToListAsync(ct),
                    "enterprise");
            default:
                return [];
        }
    }

    private static AuditSubject Case(Guid id, string number) => new("case", number, $"/cases/{id}");

    private static Dictionary<string, AuditSubject> OfCases(List<CaseOf> rows) =>
        rows.Where(r => r.Number is not null).ToDictionary(r => r.Id.ToString(), r => Case(r.CaseId, r.Number!));

    private static Dictionary<string, AuditSubject> ById(List<Named> rows, string kind, Func<Guid, string>? href = null) =>
        rows.ToDictionary(r => r.Id.ToString(), r => new AuditSubject(kind, r.Name, href?.Invoke(r.Id)));

    private sealed record Named(Guid Id, string Name);

    private sealed record CaseOf(Guid Id, Guid CaseId, string? Number);
}
