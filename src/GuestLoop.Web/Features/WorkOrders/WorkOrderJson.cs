using GuestLoop.Domain.WorkOrders;

namespace GuestLoop.Web.Features.WorkOrders;

public sealed record WorkOrderEntryJson(DateTimeOffset At, Guid? ById, string By, string Step, string? Note);

/// <summary>A work order as the API and the pages show it; <c>late</c> and the minutes left are counted at the time of the answer.</summary>
public sealed record WorkOrderJson(
    Guid Id, string Number, Guid PropertyId, string TypeCode, string TypeName, Guid DepartmentId, string Skill, bool NeedsVerification,
    WorkOrderChannel Channel, Guid? GuestId, Guid? CaseId, string Location, string Description, WorkOrderPriority Priority, WorkOrderState State,
    Guid? AssigneeId, string? AssigneeName, DateTimeOffset CreatedAt, DateTimeOffset ResponseDueAt, DateTimeOffset CompletionDueAt,
    DateTimeOffset? AcceptedAt, DateTimeOffset? CompletedAt, DateTimeOffset? ClosedAt, string? PauseReason, string? CompletionNote,
    string? ReturnedReason, bool Late, int Version, IReadOnlyList<WorkOrderEntryJson> Timeline, IReadOnlyList<PhotoJson> Photos)
{
    public static WorkOrderJson From(WorkOrder o, DateTimeOffset now, string? assigneeName) => new(
        o.Id, o.Number, o.PropertyId, o.Type.Code, o.Type.Name, o.Type.DepartmentId, o.Type.Skill, o.Type.NeedsVerification, o.Channel, o.GuestId,
        o.CaseId, o.Location, o.Description, o.Priority, o.State, o.AssigneeId, assigneeName, o.CreatedAt, o.ResponseDueAt, o.CompletionDueAt,
        o.AcceptedAt, o.CompletedAt, o.ClosedAt, o.PauseReason, o.CompletionNote, o.ReturnedReason, o.IsLate(now), o.Version,
        o.Timeline.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new WorkOrderEntryJson(e.At, e.ById, e.By, e.Step, e.Note)).ToList(),
        PhotoJson.List(o.Photos, $"/api/v1/work-orders/{o.Id}/photos"));
}

/// <summary>A kept photo; <c>url</c> streams it to those who may see its record.</summary>
public sealed record PhotoJson(Guid Id, PhotoKind Kind, string FileName, string ContentType, long Size, DateTimeOffset AddedAt, string AddedBy, string Url)
{
    public static IReadOnlyList<PhotoJson> List(IEnumerable<Photo> photos, string baseUrl) =>
        photos.OrderBy(p => p.AddedAt).Select(p => new PhotoJson(p.Id, p.Kind, p.FileName, p.ContentType, p.Size, p.AddedAt, p.AddedBy, $"{baseUrl}/{p.Id}"))
            .ToList();
}

/// <summary>
/// The body of POST /api/v1/work-orders/{id}/case: the complaint the order becomes. Title and description default to the
/// order's type, place and description; the complainant's contact, when given, links the case to the guest's profile
/// (the order's own guest otherwise).
/// </summary>
public sealed record WorkOrderCaseBody(string? Title, string? Description, string? Name, string? Phone, string? Email);

public sealed record RequestTypeJson(Guid Id, Guid PropertyId, string Code, string Name, Guid DepartmentId, string Skill, int ResponseMinutes,
    int CompletionMinutes, bool NeedsVerification, bool Active)
{
    public static RequestTypeJson From(RequestTypeRecord t) =>
        new(t.Id, t.PropertyId, t.Code, t.Name, t.DepartmentId, t.Skill, t.ResponseMinutes, t.CompletionMinutes, t.NeedsVerification, t.Active);
}

public sealed record ShiftJson(Guid Id, Guid StaffId, string StaffName, Guid PropertyId, DateTimeOffset Start, DateTimeOffset End);

/// <summary>The body of POST /api/v1/work-orders. <c>assigneeId</c>: a supervisor's own choice instead of dispatch's.</summary>
public sealed record OpenWorkOrderRequest(string? Property, string? Type, string? Location, string? Description, string? Priority, string? Channel,
    Guid? GuestId, Guid? CaseId, Guid? AssigneeId);

/// <summary>The body of POST /api/v1/work-orders/types.</summary>
public sealed record RequestTypeRequest(string? Property, string? Code, string? Name, Guid? DepartmentId, string? Skill, int? ResponseMinutes,
    int? CompletionMinutes, bool? NeedsVerification, bool? Active);

/// <summary>The body of PUT /api/v1/work-orders/types/{id}: everything but the property and the code, which stay.</summary>
public sealed record RequestTypeChange(string? Name, Guid? DepartmentId, string? Skill, int? ResponseMinutes, int? CompletionMinutes,
    bool? NeedsVerification, bool? Active);

/// <summary>The body of POST /api/v1/work-orders/shifts.</summary>
public sealed record ShiftRequest(Guid? StaffId, string? Property, DateTimeOffset? Start, DateTimeOffset? End);

public sealed record WorkOrderAssignBody(Guid? StaffId, string? Note);

public sealed record WorkOrderStepBody(string? Note, string? Reason);

public sealed record WorkOrderVerifyBody(bool? Passed, string? Reason);

public sealed record WorkOrderAvailabilityBody(bool? Available);

/// <summary>List filters: state, the caller's own tasks, a property, open only, late only, the orders a case raised.</summary>
public sealed record WorkOrderFilter(WorkOrderState? State = null, bool Mine = false, Guid? PropertyId = null, bool OpenOnly = false, bool LateOnly = false,
    Guid? CaseId = null);
