using GuestLoop.Domain;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Cluster;
using GuestLoop.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Sla;

/// <summary>The outcome of an administrator's change: field errors (nothing saved), or how many open cases got new deadlines.</summary>
public sealed record SlaChange(IReadOnlyDictionary<string, string[]> Errors, int CasesRecomputed, bool Created = false)
{
    public bool Saved => Errors.Count == 0;

    /// <summary>Nothing saved: the problems a validation found, every one of each field.</summary>
    public static SlaChange Invalid(IEnumerable<(string Field, string Message)> problems)
    {
        var errors = new FieldErrors();
        foreach (var field in problems.GroupBy(p => p.Field))
        {
            errors.Add(field.Key, field.Select(p => p.Message));
        }

        return new(errors, 0);
    }
}

/// <summary>
/// Every change of a calendar or policy, from the admin pages and the API: validated, saved with its audit entry,
/// and the stored deadlines of the open cases of the properties using it recomputed — all in one transaction.
/// Closed cases keep the figures they closed with.
/// </summary>
public sealed partial class SlaAdministration(GuestLoopDbContext db, CaseWorkflow workflow, AuditLog audit, SlaCatalog catalog, TimeProvider clock,
    ClusterEvents events)
{
    public const int BatchSize = 200;

    public Task<List<CalendarRecord>> CalendarsAsync(CancellationToken ct) => db.Calendars.AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct);

    public Task<List<PolicyRecord>> PoliciesAsync(CancellationToken ct) => db.Policies.AsNoTracking().OrderBy(p => p.Code).ToListAsync(ct);

    public Task<Dictionary<string, int>> DayCountsAsync(CancellationToken ct) =>
        db.CalendarDays.GroupBy(d => d.CalendarCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    public async Task<CalendarDefinition?> CalendarAsync(string code, CancellationToken ct)
    {
        var record = await db.Calendars.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, ct);
        return record is null ? null
            : CalendarMapping.ToDefinition(record, await db.CalendarDays.AsNoTracking().Where(d => d.CalendarCode == code).OrderBy(d => d.Date).ToListAsync(ct));
    }

    public async Task<SlaPolicy?> PolicyAsync(string code, CancellationToken ct) =>
        await db.Policies.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, ct) is { } record ? PolicyMapping.FromRecord(record) : null;

    public async Task<SlaChange> SaveCalendarAsync(CalendarDefinition edited, AccessScope actor, CancellationToken ct)
    {
        var errors = edited.Validate();
        if (errors.Count > 0)
        {
            return SlaChange.Invalid(errors);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = await WriteCalendarAsync(edited, actor, ct);
        await db.SaveChangesAsync(ct);
        var recomputed = await RecomputeOpenCasesAsync(db.Properties.Where(p => p.CalendarCode == edited.Code), ct);
        await tx.CommitAsync(ct);
        catalog.Invalidate();
        await ClusterPublisher.PublishAsync(db, events, ClusterMessage.RulesChanged, ct);
        return new SlaChange(FieldErrors.None, recomputed, Created: created);
    }

    /// <summary>Adds or changes a calendar with its dated days and its audit entry, unsaved; true when it is new.</summary>
    private async Task<bool> WriteCalendarAsync(CalendarDefinition edited, AccessScope actor, CancellationToken ct)
    {
        var before = await CalendarAsync(edited.Code, ct);
        var record = await db.Calendars.SingleOrDefaultAsync(c => c.Code == edited.Code, ct);
        if (record is null)
        {
            db.Calendars.Add(CalendarMapping.ToRecord(edited, clock.GetUtcNow()));
        }
        else
        {
            record.Name = edited.Name;
            record.TimeZoneId = edited.TimeZoneId;
            record.Shifts = [.. edited.Shifts.Select(s => s.ToString())];
            record.FollowsStatutoryHolidays = edited.FollowsStatutoryHolidays;
            record.UpdatedAt = clock.GetUtcNow();
        }

        await MergeDaysAsync(edited.Code, edited.SpecialDays, removeOthers: true, source: null, ct);
        audit.Append(actor, record is null ? "calendar.create" : "calendar.save", "calendar", edited.Code,
            before is null ? null : CalendarJson.From(before), CalendarJson.From(edited));
        return record is null;
    }

    /// <summary>Counts what an import would add and change; applies it (adding and changing dates, keeping the rest) when asked.</summary>
    public async Task<(ImportSummary? Summary, int CasesRecomputed)> ImportAsync(string code, IReadOnlyList<SpecialDay> days, int skipped,
        string source, bool apply, AccessScope actor, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var before = await CalendarAsync(code, ct);
        if (before is null)
        {
            return (null, 0);
        }

        var summary = HolidayImport.Compare(before.SpecialDays, days, skipped);
        if (!apply)
        {
            return (summary, 0);
        }

        await MergeDaysAsync(code, days, removeOthers: false, source, ct);
        var record = await db.Calendars.SingleAsync(c => c.Code == code, ct);
        record.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        audit.Append(actor, "calendar.import", "calendar", code, CalendarJson.From(before), CalendarJson.From((await CalendarAsync(code, ct))!));
        await db.SaveChangesAsync(ct);
        var provisional = await OpenProvisionalDeadlinesAsync(code, ct);
        var recomputed = await RecomputeOpenCasesAsync(db.Properties.Where(p => p.CalendarCode == code), ct);
        // The provisional deadlines the arrangement settled: what a supervisor asks about when a due date moved.
        audit.Append(actor, "calendar.deadlines.recompute", "calendar", code, new { ProvisionalDeadlines = provisional },
            new { CasesRecomputed = recomputed, ProvisionalDeadlines = await OpenProvisionalDeadlinesAsync(code, ct) });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        catalog.Invalidate();
        await ClusterPublisher.PublishAsync(db, events, ClusterMessage.RulesChanged, ct);
        return (summary, recomputed);
    }

    public async Task<SlaChange> SavePolicyAsync(SlaPolicy edited, AccessScope actor, CancellationToken ct)
    {
        var errors = edited.Validate().ToList();
        if (!edited.Code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            errors.Add(("code", "Letters, digits and hyphens only."));
        }

        if (errors.Count > 0)
        {
            return SlaChange.Invalid(errors);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = await WritePolicyAsync(edited, actor, ct);
        await db.SaveChangesAsync(ct);
        // Cases held to this policy by an override (regulators' transfers) are recomputed wherever they are.
        var recomputed = await RecomputeOpenCasesAsync(db.Properties.Where(p => p.PolicyCode == edited.Code
            || db.Cases.Any(c => c.PropertyId == p.Id && c.PolicyOverride == edited.Code && c.Status != CaseStatus.Closed)), ct);
        await tx.CommitAsync(ct);
        catalog.Invalidate();
        await ClusterPublisher.PublishAsync(db, events, ClusterMessage.RulesChanged, ct);
        return new SlaChange(FieldErrors.None, recomputed, Created: created);
    }

    /// <summary>Adds or changes a policy with its audit entry, unsaved; true when it is new.</summary>
    private async Task<bool> WritePolicyAsync(SlaPolicy edited, AccessScope actor, CancellationToken ct)
    {
        var record = await db.Policies.SingleOrDefaultAsync(p => p.Code == edited.Code, ct);
        var before = record is null ? null : PolicyMapping.FromRecord(record);
        var updated = PolicyMapping.ToRecord(edited, clock.GetUtcNow());
        if (record is null)
        {
            db.Policies.Add(updated);
        }
        else
        {
            db.Entry(record).CurrentValues.SetValues(updated);
        }

        audit.Append(actor, record is null ? "policy.create" : "policy.save", "policy", edited.Code,
            before is null ? null : PolicyJson.From(before), PolicyJson.From(edited));
        return record is null;
    }

    private Task<int> OpenProvisionalDeadlinesAsync(string calendarCode, CancellationToken ct) =>
        db.CaseDeadlines.CountAsync(d => d.Provisional && d.MetAt == null
            && db.Properties.Any(p => p.Id == d.PropertyId && p.CalendarCode == calendarCode), ct);

    private async Task MergeDaysAsync(string code, IReadOnlyList<SpecialDay> days, bool removeOthers, string? source, CancellationToken ct)
    {
        var rows = await db.CalendarDays.Where(d => d.CalendarCode == code).ToDictionaryAsync(d => d.Date, ct);
        var wanted = days.ToDictionary(d => d.Date);
        foreach (var day in days)
        {
            var working = day.Kind == SpecialDayKind.AdjustedWorkday;
            if (!rows.TryGetValue(day.Date, out var row))
            {
                db.CalendarDays.Add(new CalendarDayRecord { CalendarCode = code, Date = day.Date, IsWorkingDay = working, Name = day.Name, Source = source });
            }
            else if (row.IsWorkingDay != working || row.Name != day.Name)
            {
                (row.IsWorkingDay, row.Name, row.Source) = (working, day.Name, source);
            }
        }

        if (removeOthers)
        {
            db.CalendarDays.RemoveRange(rows.Values.Where(r => !wanted.ContainsKey(r.Date)));
        }
    }

    /// <summary>Recomputes the open cases of one property after its calendar or policy assignment changed (call after saving it).</summary>
    public Task<int> RecomputePropertyAsync(Guid propertyId, CancellationToken ct) =>
        RecomputeOpenCasesAsync(db.Properties.Where(p => p.Id == propertyId), ct);

    /// <summary>
    /// Recomputes the stored deadlines of the open cases of some properties from the calendars and policies as saved in
    /// this (uncommitted) transaction, a batch at a time so that a large property does not load every case at once.
    /// </summary>
    private async Task<int> RecomputeOpenCasesAsync(IQueryable<Property> properties, CancellationToken ct)
    {
        var calendars = new Dictionary<string, WorkingCalendar>();
        var policies = new Dictionary<string, SlaPolicy>();
        var count = 0;
        foreach (var property in await properties.AsNoTracking().ToListAsync(ct))
        {
            if (!calendars.TryGetValue(property.CalendarCode, out var calendar))
            {
                calendars[property.CalendarCode] = calendar = new WorkingCalendar(await CalendarAsync(property.CalendarCode, ct)
                    ?? throw new InvalidOperationException($"Calendar '{property.CalendarCode}' of property {property.Code} is not defined."));
            }

            if (!policies.TryGetValue(property.PolicyCode, out var policy))
            {
                policies[property.PolicyCode] = policy = await PolicyAsync(property.PolicyCode, ct)
                    ?? throw new InvalidOperationException($"Policy '{property.PolicyCode}' of property {property.Code} is not defined.");
            }

            var open = await db.Cases.Where(c => c.PropertyId == property.Id && c.Status != CaseStatus.Closed).Select(c => c.Id).ToListAsync(ct);
            foreach (var batch in open.Chunk(BatchSize))
            {
                var cases = await db.Cases.Include(c => c.History).Include(c => c.Pauses).AsSplitQuery()
                    .Where(c => batch.Contains(c.Id)).ToListAsync(ct);
                foreach (var @case in cases)
                {
                    var own = policy;
                    if (@case.PolicyOverride is { } code && !policies.TryGetValue(code, out own))
                    {
                        policies[code] = own = await PolicyAsync(code, ct)
                            ?? throw new InvalidOperationException($"Policy '{code}' of case {@case.Number} is not defined.");
                    }

                    await workflow.RefreshDeadlinesAsync(@case, calendar, own, ct);
                }

                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                count += cases.Count;
            }
        }

        return count;
    }
}
