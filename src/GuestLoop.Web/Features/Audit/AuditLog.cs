using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Audit;

/// <summary>
/// Appends to the audit log through the caller's DbContext, so the entry is saved (or rolled back) in the
/// same transaction as the change it records. There is deliberately no way to edit or remove an entry.
/// </summary>
public sealed class AuditLog(GuestLoopDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Adds an entry to the pending changes; the caller's SaveChanges writes it.</summary>
    public AuditEntry Append(AccessScope actor, string action, string entity, string key, object? before, object? after)
    {
        var entry = new AuditEntry
        {
            At = clock.GetUtcNow(),
            ActorId = actor.StaffId,
            ActorName = actor.Name,
            Action = action,
            Entity = entity,
            EntityKey = key,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        };
        db.AuditLog.Add(entry);
        return entry;
    }

    /// <summary>A page of entries, newest first, filtered by entity kind, a text in actor, action or key (or a case's number), and a period.</summary>
    public async Task<AuditResults> SearchAsync(AuditFilter filter, int page, int pageSize, CancellationToken ct)
    {
        var query = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Entity))
        {
            query = query.Where(e => e.Entity == filter.Entity);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            var about = await AboutCaseAsync(text, ct);
            query = query.Where(e => e.ActorName.Contains(text) || e.Action.Contains(text) || e.EntityKey.Contains(text) || about.Contains(e.EntityKey));
        }

        if (filter.From is { } from)
        {
            query = query.Where(e => e.At >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(e => e.At < to);
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new AuditResults(items, total);
    }

    /// <summary>
    /// Entries about a case are keyed by its id, and those about its compensations by theirs: a search for the case's
    /// number finds them all, as the page shows them under the number.
    /// </summary>
    private async Task<List<string>> AboutCaseAsync(string number, CancellationToken ct)
    {
        var cases = await db.Cases.AsNoTracking().Where(c => c.Number == number).Select(c => c.Id).ToListAsync(ct);
        if (cases.Count == 0)
        {
            return [];
        }

        var compensations = await db.Compensations.AsNoTracking().Where(c => cases.Contains(c.CaseId)).Select(c => c.Id).ToListAsync(ct);
        return [.. cases.Concat(compensations).Select(id => id.ToString())];
    }

    public Task<List<string>> EntitiesAsync(CancellationToken ct) =>
        db.AuditLog.AsNoTracking().Select(e => e.Entity).Distinct().OrderBy(e => e).ToListAsync(ct);

    /// <summary>The entries of one entity, newest first.</summary>
    public Task<List<AuditEntry>> HistoryAsync(string entity, string key, int take, CancellationToken ct) =>
        db.AuditLog.AsNoTracking().Where(e => e.Entity == entity && e.EntityKey == key)
            .OrderByDescending(e => e.At).Take(take).ToListAsync(ct);
}

public sealed record AuditFilter(string? Entity = null, string? Text = null, DateTimeOffset? From = null, DateTimeOffset? To = null);

public sealed record AuditResults(IReadOnlyList<AuditEntry> Items, int Total);
