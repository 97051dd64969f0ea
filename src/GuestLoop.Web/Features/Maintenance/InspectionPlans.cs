using GuestLoop.Domain;
using GuestLoop.Domain.Maintenance;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Maintenance;

/// <summary>The checklists and the schedules of the properties the caller sees: read by their staff, kept by level 2 or above.</summary>
public sealed class InspectionPlans(GuestLoopDbContext db, AuditLog audit, TimeProvider clock)
{
    public IQueryable<InspectionChecklist> Checklists(AccessScope scope) => db.InspectionChecklists.InScope(scope, c => c.PropertyId);

    public IQueryable<InspectionSchedule> Schedules(AccessScope scope) => db.InspectionSchedules.InScope(scope, s => s.PropertyId);

    public async Task<IReadOnlyList<InspectionChecklist>> ListChecklistsAsync(AccessScope scope, string? propertyCode, CancellationToken ct)
    {
        var query = Checklists(scope).AsNoTracking();
        if (await PropertyChoice.FilterIdAsync(db, propertyCode, scope, ct) is { } id)
        {
            query = query.Where(c => c.PropertyId == id);
        }

        return await query.OrderBy(c => c.PropertyId).ThenBy(c => c.Name).Take(500).ToListAsync(ct);
    }

    public async Task<InspectionChecklist> LoadChecklistAsync(Guid id, AccessScope scope, CancellationToken ct) =>
        await Checklists(scope).SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new MaintenanceNotFoundException("checklist");

    public async Task<InspectionChecklist> AddChecklistAsync(InspectionChecklistBody body, AccessScope scope, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var property = await PropertyChoice.RequireAsync(db, body.Property, scope, errors, ct);
        var (kind, items) = await ValidateAsync(body.Name, body.Kind, body.Location, body.Items, property?.Id, errors, ct);
        errors.ThrowIfAny();
        InspectionAuthority.RequireConfigurer(scope.Authority, scope.IsAdministrator, "keep the checklists");
        var checklist = InspectionChecklist.Create(Guid.NewGuid(), property!.Id, body.Name!, kind, body.Location!, items);
        db.InspectionChecklists.Add(checklist);
        audit.Append(scope, "inspection-checklist.add", "inspection-checklist", checklist.Id.ToString(), null, ChecklistJson.From(checklist));
        await db.SaveChangesAsync(ct);
        return checklist;
    }

    public async Task<InspectionChecklist> ChangeChecklistAsync(Guid id, InspectionChecklistChange change, AccessScope scope, CancellationToken ct)
    {
        var checklist = await LoadChecklistAsync(id, scope, ct);
        var errors = new FieldErrors();
        var (kind, items) = await ValidateAsync(change.Name, change.Kind, change.Location, change.Items, checklist.PropertyId, errors, ct);
        errors.ThrowIfAny();
        InspectionAuthority.RequireConfigurer(scope.Authority, scope.IsAdministrator, "keep the checklists");
        var before = ChecklistJson.From(checklist);
        checklist.Change(change.Name, kind, change.Location, items, change.Active ?? checklist.Active);
        audit.Append(scope, "inspection-checklist.change", "inspection-checklist", checklist.Id.ToString(), before, ChecklistJson.From(checklist));
        await db.SaveChangesAsync(ct);
        return checklist;
    }

    private async Task<(ChecklistKind Kind, List<(string? Text, Guid? AssetId)> Items)> ValidateAsync(string? name, string? kindText, string? location,
        IReadOnlyList<InspectionChecklistItemBody?>? body, Guid? propertyId, FieldErrors errors, CancellationToken ct)
    {
        var kind = CreateCaseRequest.ParseEnum<ChecklistKind>("kind", kindText, errors);
        var items = (body ?? []).Select(i => (i?.Text, i?.AssetId)).ToList();
        InspectionChecklist.Check(errors, name, location, items);
        var assetIds = items.Select(i => i.AssetId).OfType<Guid>().Distinct().ToList();
        var known = await db.Assets.Where(a => assetIds.Contains(a.Id) && a.PropertyId == propertyId).Select(a => a.Id).ToListAsync(ct);
        for (var i = 0; i < items.Count && i < InspectionChecklist.MaxItems; i++)
        {
            if (body![i] is null)
            {
                errors.Add($"items[{i}]", "Not an item.");
            }
            else if (items[i].AssetId is { } asset && !known.Contains(asset))
            {
                errors.Add($"items[{i}].assetId", "Unknown asset at this property.");
            }
        }

        return (kind ?? ChecklistKind.FacilityCondition, items);
    }

    public async Task<IReadOnlyList<InspectionSchedule>> ListSchedulesAsync(AccessScope scope, string? propertyCode, CancellationToken ct)
    {
        var query = Schedules(scope).AsNoTracking();
        if (await PropertyChoice.FilterIdAsync(db, propertyCode, scope, ct) is { } id)
        {
            query = query.Where(s => s.PropertyId == id);
        }

        return (await query.Take(2000).ToListAsync(ct)).OrderBy(s => s.NextDueAt).ToList();
    }

    public async Task<InspectionSchedule> LoadScheduleAsync(Guid id, AccessScope scope, CancellationToken ct) =>
        await Schedules(scope).SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw new MaintenanceNotFoundException("schedule");

    public async Task<InspectionSchedule> AddScheduleAsync(InspectionScheduleBody body, AccessScope scope, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var checklist = body.ChecklistId is { } checklistId
            ? await Checklists(scope).AsNoTracking().SingleOrDefaultAsync(c => c.Id == checklistId, ct)
            : null;
        if (checklist is null)
        {
            errors.Add("checklistId", "Unknown checklist.");
        }

        var recurrence = await ValidateAsync(new InspectionScheduleChange(body.AssetId, body.DepartmentId, body.Every, body.Unit, body.At, body.GraceMinutes,
            true), checklist?.PropertyId, errors, ct);
        if (body.FirstDueAt is { } first && (first.Year < 2000 || first.Year > 2100))
        {
            errors.Add("firstDueAt", "Not a plausible date.");
        }

        errors.ThrowIfAny();
        InspectionAuthority.RequireConfigurer(scope.Authority, scope.IsAdministrator, "keep the inspection schedules");
        var zone = await ZoneAsync(checklist!.PropertyId, ct);
        var schedule = InspectionSchedule.Create(Guid.NewGuid(), checklist.PropertyId, checklist.Id, body.AssetId, body.DepartmentId!.Value, recurrence!,
            body.GraceMinutes ?? 0, body.FirstDueAt?.ToUniversalTime() ?? clock.GetUtcNow(), zone);
        db.InspectionSchedules.Add(schedule);
        audit.Append(scope, "inspection-schedule.add", "inspection-schedule", schedule.Id.ToString(), null, Audited(schedule));
        await db.SaveChangesAsync(ct);
        return schedule;
    }

    public async Task<InspectionSchedule> ChangeScheduleAsync(Guid id, InspectionScheduleChange change, AccessScope scope, CancellationToken ct)
    {
        var schedule = await LoadScheduleAsync(id, scope, ct);
        var errors = new FieldErrors();
        var recurrence = await ValidateAsync(change, schedule.PropertyId, errors, ct);
        errors.ThrowIfAny();
        InspectionAuthority.RequireConfigurer(scope.Authority, scope.IsAdministrator, "keep the inspection schedules");
        var before = Audited(schedule);
        schedule.Change(change.AssetId, change.DepartmentId!.Value, recurrence!, change.GraceMinutes ?? 0, change.Active ?? schedule.Active,
            clock.GetUtcNow(), await ZoneAsync(schedule.PropertyId, ct));
        audit.Append(scope, "inspection-schedule.change", "inspection-schedule", schedule.Id.ToString(), before, Audited(schedule));
        await db.SaveChangesAsync(ct);
        return schedule;
    }

    private async Task<InspectionRecurrence?> ValidateAsync(InspectionScheduleChange body, Guid? propertyId, FieldErrors errors, CancellationToken ct)
    {
        var unit = CreateCaseRequest.ParseEnum<RecurrenceUnit>("unit", body.Unit, errors);
        TimeOnly? at = null;
        if (!string.IsNullOrWhiteSpace(body.At))
        {
            if (TimeOnly.TryParseExact(body.At.Trim(), ["HH:mm", "H:mm"], out var parsed))
            {
                at = parsed;
            }
            else
            {
                errors.Add("at", "A clock time as HH:mm.");
            }
        }

        if (body.Every is null)
        {
            errors.Add("every", "Required.");
        }

        await MaintenanceScope.CheckDepartmentAsync(db, body.DepartmentId, propertyId, errors, ct);
        if (body.AssetId is { } assetId && !await db.Assets.AnyAsync(a => a.Id == assetId && a.PropertyId == propertyId, ct))
        {
            errors.Add("assetId", "Unknown asset at this property.");
        }

        if (unit is null || body.Every is null)
        {
            return null;
        }

        var recurrence = new InspectionRecurrence(body.Every.Value, unit.Value, at);
        InspectionSchedule.Check(errors, recurrence, body.GraceMinutes ?? 0);
        return recurrence;
    }

    private async Task<TimeZoneInfo> ZoneAsync(Guid propertyId, CancellationToken ct) =>
        (await db.Properties.AsNoTracking().SingleAsync(p => p.Id == propertyId, ct)).Zone();

    private static object Audited(InspectionSchedule s) =>
        new { s.ChecklistId, s.AssetId, s.DepartmentId, s.Every, s.Unit, At = s.At?.ToString("HH:mm"), s.GraceMinutes, s.Active, s.NextDueAt };
}
