using GuestLoop.Domain.Maintenance;

namespace GuestLoop.Web.Features.Maintenance;

public sealed record AssetJson(Guid Id, Guid PropertyId, string Code, string Name, AssetKind Kind, string Location, Guid DepartmentId,
    string? RequestType, bool Retired)
{
    public static AssetJson From(Asset a) => new(a.Id, a.PropertyId, a.Code, a.Name, a.Kind, a.Location, a.DepartmentId, a.RequestTypeCode, a.Retired);
}

public sealed record ChecklistItemJson(int Position, string Text, Guid? AssetId);

public sealed record ChecklistJson(Guid Id, Guid PropertyId, string Name, ChecklistKind Kind, string Location, bool Active,
    IReadOnlyList<ChecklistItemJson> Items)
{
    public static ChecklistJson From(InspectionChecklist c) => new(c.Id, c.PropertyId, c.Name, c.Kind, c.Location, c.Active,
        c.Items.OrderBy(i => i.Position).Select(i => new ChecklistItemJson(i.Position, i.Text, i.AssetId)).ToList());
}

/// <summary>A schedule with its checklist's name and the state of its next round at the time of the answer.</summary>
public sealed record ScheduleJson(Guid Id, Guid PropertyId, Guid ChecklistId, string ChecklistName, ChecklistKind Kind, Guid? AssetId, string? AssetName,
    Guid DepartmentId, int Every, RecurrenceUnit Unit, string? At, int GraceMinutes, bool Active, DateTimeOffset? LastCompletedAt,
    DateTimeOffset NextDueAt, bool Due, bool Overdue, Guid? OpenRoundId);

public sealed record RoundItemJson(int Position, string Text, Guid? AssetId, InspectionResult? Result, string? Note, string? PhotoKey, Guid? WorkOrderId,
    string? WorkOrderNumber);

public sealed record RoundJson(Guid Id, Guid PropertyId, Guid ChecklistId, string ChecklistName, ChecklistKind Kind, string Location, Guid? ScheduleId,
    Guid? AssetId, DateTimeOffset? DueAt, Guid StartedById, string StartedByName, DateTimeOffset StartedAt, DateTimeOffset? CompletedAt, int Failed,
    int Version, IReadOnlyList<RoundItemJson> Items)
{
    public static RoundJson From(InspectionRound r, IReadOnlyDictionary<Guid, string> orderNumbers) => new(r.Id, r.PropertyId, r.ChecklistId,
        r.ChecklistName, r.Kind, r.Location, r.ScheduleId, r.AssetId, r.DueAt, r.StartedById, r.StartedByName, r.StartedAt, r.CompletedAt,
        r.Failures.Count, r.Version,
        r.Items.OrderBy(i => i.Position).Select(i => new RoundItemJson(i.Position, i.Text, i.AssetId, i.Result, i.Note, i.PhotoKey, i.WorkOrderId,
            i.WorkOrderId is { } w ? orderNumbers.GetValueOrDefault(w) : null)).ToList());
}

/// <summary>The body of POST /api/v1/maintenance/assets; <c>requestType</c>: the code of the request type a failure opens.</summary>
public sealed record MaintenanceAssetBody(string? Property, string? Code, string? Name, string? Kind, string? Location, Guid? DepartmentId,
    string? RequestType, bool? Retired);

/// <summary>The body of PUT /api/v1/maintenance/assets/{id}: everything but the property.</summary>
public sealed record MaintenanceAssetChange(string? Code, string? Name, string? Kind, string? Location, Guid? DepartmentId, string? RequestType,
    bool? Retired);

public sealed record InspectionChecklistItemBody(string? Text, Guid? AssetId);

/// <summary>The body of POST /api/v1/maintenance/checklists: its items in order.</summary>
public sealed record InspectionChecklistBody(string? Property, string? Name, string? Kind, string? Location, IReadOnlyList<InspectionChecklistItemBody?>? Items);

/// <summary>The body of PUT /api/v1/maintenance/checklists/{id}: the whole list again (rounds already done keep theirs).</summary>
public sealed record InspectionChecklistChange(string? Name, string? Kind, string? Location, IReadOnlyList<InspectionChecklistItemBody?>? Items, bool? Active);

/// <summary>
/// The body of POST /api/v1/maintenance/schedules: every <c>every</c> <c>unit</c> (hours or days), for days at <c>at</c>
/// (HH:mm, the property's time); <c>firstDueAt</c> defaults to now.
/// </summary>
public sealed record InspectionScheduleBody(Guid? ChecklistId, Guid? AssetId, Guid? DepartmentId, int? Every, string? Unit, string? At, int? GraceMinutes,
    DateTimeOffset? FirstDueAt);

/// <summary>The body of PUT /api/v1/maintenance/schedules/{id}: the checklist stays.</summary>
public sealed record InspectionScheduleChange(Guid? AssetId, Guid? DepartmentId, int? Every, string? Unit, string? At, int? GraceMinutes, bool? Active);

/// <summary>The body of POST /api/v1/maintenance/rounds: a scheduled round (<c>scheduleId</c>) or one on the spot (<c>checklistId</c>).</summary>
public sealed record StartInspectionRoundBody(Guid? ScheduleId, Guid? ChecklistId, Guid? AssetId);

/// <summary>The body of POST /api/v1/maintenance/rounds/{id}/items: one item's result; a failure needs a note.</summary>
public sealed record InspectionItemResultBody(int? Position, string? Result, string? Note, string? PhotoKey);
