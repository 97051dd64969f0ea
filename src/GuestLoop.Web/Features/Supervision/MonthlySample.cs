using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Supervision;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Supervision;

/// <summary>
/// Draws a property's monthly audit sample of closed cases, records the office's findings and sends a case back.
/// The month runs in the property's own time zone; drawing again returns the sample already drawn.
/// </summary>
public sealed class MonthlySample(GuestLoopDbContext db, SupervisionOffice office, CaseWorkflow workflow, AuditLog audit,
    IConfiguration config, TimeProvider clock)
{
    public decimal DefaultShare => config.GetValue("GuestLoop:Supervision:SampleShare", AuditSampling.DefaultShare);

    public async Task<AuditSampleJson> DrawAsync(AccessScope scope, Guid propertyId, int year, int month, decimal? share, CancellationToken ct)
    {
        await office.RequireMemberAsync(scope, ct);
        var property = await VisiblePropertyAsync(scope, propertyId, ct);
        var existing = await EntriesAsync(propertyId, year, month, ct);
        if (existing.Count > 0)
        {
            return AuditSampleJson.From(property.Code, year, month, existing);
        }

        var closed = await ClosedInMonthAsync(property, year, month, ct);
        var seed = AuditSampling.SeedFor(propertyId, year, month);
        var used = share ?? DefaultShare;
        var drawn = AuditSampling.Draw(seed, closed.Select(c => new ClosedCaseRef(c.Id, c.PropertyId)), propertyId, used);
        var numbers = closed.ToDictionary(c => c.Id, c => c.Number);
        var now = clock.GetUtcNow();
        var entries = drawn.Select(id => new AuditSampleEntry
        {
            PropertyId = propertyId, Year = year, Month = month, Seed = seed, Share = used, CaseId = id, CaseNumber = numbers[id], DrawnAt = now,
        }).ToList();
        db.AuditSamples.AddRange(entries);
        audit.Append(scope, "supervision.sample", "audit-sample", $"{property.Code}/{year:D4}-{month:D2}", null,
            new { seed, share = used, candidates = closed.Count, cases = entries.Select(e => e.CaseNumber) });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone else drew the same month at the same moment; the unique index kept theirs.
            db.ChangeTracker.Clear();
            return AuditSampleJson.From(property.Code, year, month, await EntriesAsync(propertyId, year, month, ct));
        }

        return AuditSampleJson.From(property.Code, year, month, entries);
    }

    public async Task<AuditSampleJson> GetAsync(AccessScope scope, Guid propertyId, int year, int month, CancellationToken ct)
    {
        await office.RequireMemberAsync(scope, ct);
        var property = await VisiblePropertyAsync(scope, propertyId, ct);
        return AuditSampleJson.From(property.Code, year, month, await EntriesAsync(propertyId, year, month, ct));
    }

    /// <summary>The cases the property closed in the month: the candidates of its sample.</summary>
    public async Task<IReadOnlyList<(Guid Id, Guid PropertyId, string Number)>> CandidatesAsync(AccessScope scope, Guid propertyId, int year, int month,
        CancellationToken ct)
    {
        await office.RequireMemberAsync(scope, ct);
        var property = await VisiblePropertyAsync(scope, propertyId, ct);
        return (await ClosedInMonthAsync(property, year, month, ct)).Select(c => (c.Id, c.PropertyId, c.Number)).ToList();
    }

    public async Task<AuditEntryJson> RecordAsync(AccessScope scope, Guid entryId, IReadOnlyList<AuditCheckResult> results, CancellationToken ct)
    {
        var entry = await LoadEntryAsync(scope, entryId, ct);
        foreach (var result in results)
        {
            entry.Record(result);
        }

        entry.AuditedAt = clock.GetUtcNow();
        entry.AuditorId = scope.StaffId;
        entry.AuditorName = scope.Name;
        audit.Append(scope, "supervision.audit", "audit-sample", entry.Id.ToString(), null, results);
        await db.SaveChangesAsync(ct);
        return AuditEntryJson.From(entry);
    }

    /// <summary>Sends a sampled case back: the case is reopened with the office's reason, through the case's own rules.</summary>
    public async Task<AuditEntryJson> SendBackAsync(AccessScope scope, Guid entryId, string reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw CaseValidationException.For("reason", "The reason is required.");
        }

        var entry = await LoadEntryAsync(scope, entryId, ct);
        entry.SentBackAt = clock.GetUtcNow();
        entry.SentBackReason = reason.Trim();
        await workflow.PerformAsync(entry.CaseId, scope, (c, actor, now) => c.Reopen(actor, now, reason.Trim()), ct);
        return AuditEntryJson.From(entry);
    }

    private async Task<AuditSampleEntry> LoadEntryAsync(AccessScope scope, Guid entryId, CancellationToken ct)
    {
        await office.RequireMemberAsync(scope, ct);
        var entry = await db.AuditSamples.SingleOrDefaultAsync(e => e.Id == entryId, ct);
        return entry is not null && scope.CanSee(entry.PropertyId) ? entry : throw new CaseNotFoundException();
    }

    private async Task<Organisation.Property> VisiblePropertyAsync(AccessScope scope, Guid propertyId, CancellationToken ct)
    {
        var property = await db.Properties.AsNoTracking().SingleOrDefaultAsync(p => p.Id == propertyId, ct);
        return property is not null && scope.CanSee(property.Id) ? property : throw new CaseNotFoundException();
    }

    private Task<List<AuditSampleEntry>> EntriesAsync(Guid propertyId, int year, int month, CancellationToken ct) =>
        db.AuditSamples.AsNoTracking().Where(e => e.PropertyId == propertyId && e.Year == year && e.Month == month)
            .OrderBy(e => e.CaseNumber).ToListAsync(ct);

    private async Task<List<ClosedCase>> ClosedInMonthAsync(Organisation.Property property, int year, int month, CancellationToken ct)
    {
        if (month is < 1 or > 12 || year is < 2000 or > 2100)
        {
            throw CaseValidationException.For("month", "A month is yyyy-MM.");
        }

        var zone = CaseWorkflow.FindZone(property.TimeZoneId);
        var first = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var from = new DateTimeOffset(first, zone.GetUtcOffset(first)).ToUniversalTime();
        var next = first.AddMonths(1);
        var to = new DateTimeOffset(next, zone.GetUtcOffset(next)).ToUniversalTime();
        var id = property.Id;
        return await db.Cases.AsNoTracking()
            .Where(c => c.PropertyId == id && c.Status == CaseStatus.Closed && c.ClosedAt >= from && c.ClosedAt < to)
            .Select(c => new ClosedCase(c.Id, c.PropertyId, c.Number)).ToListAsync(ct);
    }

    private sealed record ClosedCase(Guid Id, Guid PropertyId, string Number);
}
