using GuestLoop.Domain;
using GuestLoop.Domain.Maintenance;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Maintenance;

/// <summary>
/// Inspection rounds of the properties the caller sees: the scheduled rounds due now, a round started from a schedule or on
/// the spot, each item's result, and the completion, which opens a repair order for every failed item in the same
/// transaction and moves the schedule on.
/// </summary>
public sealed class InspectionRounds(GuestLoopDbContext db, TimeProvider clock, AuditLog audit, InspectionPlans plans, WorkOrders.WorkOrders orders)
{
    /// <summary>How far ahead a scheduled round is listed among those to do now.</summary>
    public static readonly TimeSpan DueAhead = TimeSpan.FromHours(2);

    public IQueryable<InspectionRound> Visible(AccessScope scope) => db.InspectionRounds.InScope(scope, r => r.PropertyId);

    /// <summary>Active schedules due within <see cref="DueAhead"/> or overdue, most overdue first.</summary>
    public async Task<IReadOnlyList<ScheduleJson>> DueAsync(AccessScope scope, string? propertyCode, CancellationToken ct)
    {
        var horizon = clock.GetUtcNow() + DueAhead;
        var query = plans.Schedules(scope).AsNoTracking().Where(s => s.Active && s.NextDueAt <= horizon);
        if (await PropertyChoice.FilterIdAsync(db, propertyCode, scope, ct) is { } id)
        {
            query = query.Where(s => s.PropertyId == id);
        }

        return await SchedulesJsonAsync(await query.Take(500).ToListAsync(ct), ct);
    }

    /// <summary>Schedules as the API and pages show them, with their checklist, asset and any round of theirs under way.</summary>
    public async Task<IReadOnlyList<ScheduleJson>> SchedulesJsonAsync(IReadOnlyList<InspectionSchedule> schedules, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var checklistIds = schedules.Select(s => s.ChecklistId).Distinct().ToList();
        var checklists = await db.InspectionChecklists.AsNoTracking().Where(c => checklistIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Name, c.Kind }).ToDictionaryAsync(c => c.Id, ct);
        var assetIds = schedules.Select(s => s.AssetId).OfType<Guid>().Distinct().ToList();
        var assets = await db.Assets.AsNoTracking().Where(a => assetIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var scheduleIds = schedules.Select(s => (Guid?)s.Id).ToList();
        var open = (await db.InspectionRounds.AsNoTracking().Where(r => scheduleIds.Contains(r.ScheduleId) && r.CompletedAt == null)
            .Select(r => new { r.ScheduleId, r.Id }).ToListAsync(ct)).ToLookup(r => r.ScheduleId!.Value, r => r.Id);
        return schedules.OrderBy(s => s.NextDueAt).Select(s => new ScheduleJson(s.Id, s.PropertyId, s.ChecklistId,
            checklists.GetValueOrDefault(s.ChecklistId)?.Name ?? "—", checklists.GetValueOrDefault(s.ChecklistId)?.Kind ?? ChecklistKind.FacilityCondition,
            s.AssetId, s.AssetId is { } a ? assets.GetValueOrDefault(a) : null, s.DepartmentId, s.Every, s.Unit, s.At?.ToString("HH:mm"), s.GraceMinutes,
            s.Active, s.LastCompletedAt, s.NextDueAt, s.Active && now >= s.NextDueAt, s.IsOverdue(now), open[s.Id].Cast<Guid?>().FirstOrDefault()))
            .ToList();
    }

    public async Task<IReadOnlyList<InspectionRound>> ListAsync(AccessScope scope, string? propertyCode, bool openOnly, Guid? scheduleId, CancellationToken ct)
    {
        var query = Visible(scope).AsNoTracking();
        if (await PropertyChoice.FilterIdAsync(db, propertyCode, scope, ct) is { } id)
        {
            query = query.Where(r => r.PropertyId == id);
        }

        if (openOnly)
        {
            query = query.Where(r => r.CompletedAt == null);
        }

        if (scheduleId is { } schedule)
        {
            query = query.Where(r => r.ScheduleId == schedule);
        }

        return await query.Include(r => r.Items).OrderByDescending(r => r.StartedAt).Take(200).AsSplitQuery().ToListAsync(ct);
    }

    public async Task<InspectionRound> LoadAsync(Guid id, AccessScope scope, CancellationToken ct) =>
        await Visible(scope).Include(r => r.Items).SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new MaintenanceNotFoundException("round");

    public async Task<IReadOnlyList<RoundJson>> JsonAsync(IReadOnlyList<InspectionRound> rounds, CancellationToken ct)
    {
        var orderIds = rounds.SelectMany(r => r.Items).Select(i => i.WorkOrderId).OfType<Guid>().Distinct().ToList();
        var numbers = orderIds.Count == 0
            ? []
            : await db.WorkOrders.AsNoTracking().Where(o => orderIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Number, ct);
        return rounds.Select(r => RoundJson.From(r, numbers)).ToList();
    }

    public async Task<RoundJson> JsonAsync(InspectionRound round, CancellationToken ct) => (await JsonAsync([round], ct))[0];

    /// <summary>Starts a round; a scheduled round already under way is the one returned, so two taps make one round.</summary>
    public async Task<InspectionRound> StartAsync(StartInspectionRoundBody body, AccessScope scope, CancellationToken ct)
    {
        var errors = new FieldErrors();
        InspectionSchedule? schedule = null;
        if (body.ScheduleId is { } scheduleId)
        {
            schedule = await plans.Schedules(scope).AsNoTracking().SingleOrDefaultAsync(s => s.Id == scheduleId, ct);
            if (schedule is null || !schedule.Active)
            {
                errors.Add("scheduleId", "Unknown schedule.");
            }
        }
        else if (body.ChecklistId is null)
        {
            errors.Add("checklistId", "A schedule or a checklist is required.");
        }

        var checklistId = schedule?.ChecklistId ?? body.ChecklistId;
        var checklist = checklistId is { } c ? await plans.Checklists(scope).AsNoTracking().SingleOrDefaultAsync(x => x.Id == c, ct) : null;
        if (checklist is null && !errors.Any)
        {
            errors.Add("checklistId", "Unknown checklist.");
        }

        var assetId = schedule?.AssetId ?? body.AssetId;
        if (body.AssetId is { } asset && checklist is not null && !await db.Assets.AnyAsync(a => a.Id == asset && a.PropertyId == checklist.PropertyId && !a.Retired, ct))
        {
            errors.Add("assetId", "Unknown asset at this property.");
        }

        errors.ThrowIfAny();
        InspectionAuthority.RequireRoundTaker(scope.StaffId, scope.CanSee(checklist!.PropertyId));
        if (schedule is not null && await db.InspectionRounds.Include(r => r.Items)
                .Where(r => r.ScheduleId == schedule.Id && r.CompletedAt == null).OrderBy(r => r.StartedAt).FirstOrDefaultAsync(ct) is { } underWay)
        {
            return underWay;
        }

        var round = InspectionRound.Start(Guid.NewGuid(), checklist, schedule?.Id, assetId, schedule?.NextDueAt, scope.Actor, clock.GetUtcNow());
        db.InspectionRounds.Add(round);
        audit.Append(scope, "inspection-round.start", "inspection-round", round.Id.ToString(), null,
            new { round.ChecklistName, round.Location, round.ScheduleId, round.DueAt });
        await db.SaveChangesAsync(ct);
        return round;
    }

    public async Task<InspectionRound> RecordAsync(Guid id, InspectionItemResultBody body, AccessScope scope, CancellationToken ct)
    {
        var round = await LoadAsync(id, scope, ct);
        InspectionAuthority.RequireRoundTaker(scope.StaffId, scope.CanSee(round.PropertyId));
        var errors = new FieldErrors();
        var result = CreateCaseRequest.ParseEnum<InspectionResult>("result", body.Result, errors);
        if (body.Position is null)
        {
            errors.Add("position", "Required.");
        }

        errors.ThrowIfAny();
        round.Record(body.Position!.Value, result!.Value, body.Note, body.PhotoKey);
        audit.Append(scope, "inspection-round.record", "inspection-round", round.Id.ToString(), null,
            new { body.Position, Result = result, Note = MaintenanceTextOf(body.Note) });
        await SaveAsync("record an item", ct);
        return round;
    }

    /// <summary>
    /// Completes the round; every failed item opens a repair order (channel Inspection, the asset's place and type or the
    /// property's default type), dispatched at once, all in one transaction with the schedule moved on.
    /// </summary>
    public async Task<InspectionRound> CompleteAsync(Guid id, AccessScope scope, CancellationToken ct)
    {
        var round = await LoadAsync(id, scope, ct);
        InspectionAuthority.RequireRoundTaker(scope.StaffId, scope.CanSee(round.PropertyId));
        var now = clock.GetUtcNow();
        var property = await db.Properties.AsNoTracking().SingleAsync(p => p.Id == round.PropertyId, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        round.Complete(now);
        var assetIds = round.Items.Select(i => i.AssetId).Append(round.AssetId).OfType<Guid>().Distinct().ToList();
        var assets = await db.Assets.AsNoTracking().Where(a => assetIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var types = await db.RequestTypes.AsNoTracking().Where(t => t.PropertyId == round.PropertyId && t.Active).ToDictionaryAsync(t => t.Code, ct);
        var repairs = InspectionRepairs.For(round, assets);
        var errors = new FieldErrors();
        foreach (var repair in repairs.Where(r => InspectionRepairs.TypeFor(r, types.Keys) is null))
        {
            errors.Add($"items[{repair.Position - 1}]", "The property offers no request type for this repair (facility or electrical).");
        }

        errors.ThrowIfAny();
        var opened = new List<string>();
        foreach (var repair in repairs)
        {
            var order = await orders.AddForInspectionAsync(property, types[InspectionRepairs.TypeFor(repair, types.Keys)!], repair.Location, repair.Description,
                scope, ct);
            round.LinkWorkOrder(repair.Position, order.Id);
            opened.Add(order.Number);
            // Saved one by one: dispatch counts the orders each staff member holds, this round's too.
            await SaveAsync("complete", ct);
        }

        if (round.ScheduleId is { } scheduleId && await db.InspectionSchedules.SingleOrDefaultAsync(s => s.Id == scheduleId, ct) is { } schedule)
        {
            schedule.RoundCompleted(now, property.Zone());
        }

        audit.Append(scope, "inspection-round.complete", "inspection-round", round.Id.ToString(), null,
            new { round.ChecklistName, Failed = round.Failures.Count, WorkOrders = opened });
        await SaveAsync("complete", ct);
        await tx.CommitAsync(ct);
        return round;
    }

    private async Task SaveAsync(string step, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new InspectionRoundException($"{step} (someone else changed the round at the same moment; reload it)");
        }
    }

    private static string? MaintenanceTextOf(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}
