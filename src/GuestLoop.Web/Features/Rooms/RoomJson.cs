using GuestLoop.Domain.Rooms;
using GuestLoop.Domain.WorkOrders;

namespace GuestLoop.Web.Features.Rooms;

public sealed record RoomTypeJson(Guid Id, Guid PropertyId, string Code, string Name, BedType BedType, int MaxGuests, bool Accessible, bool Smoking,
    bool Active, IReadOnlyList<string> Checklist)
{
    public static RoomTypeJson From(RoomType t) => new(t.Id, t.PropertyId, t.Code, t.Name, t.BedType, t.MaxGuests, t.Accessible, t.Smoking, t.Active, t.Checklist);
}

/// <summary>A room's open cleaning task: its work order, state and who has it.</summary>
public sealed record RoomTaskJson(Guid WorkOrderId, string Number, WorkOrderState State, string? AssigneeName);

public sealed record RoomStatusChangeJson(RoomStatus? From, RoomStatus To, DateTimeOffset At, Guid? ById, string By, string? Reason);

/// <summary>A room as the board and the API show it; the history only when one room is asked for (the board's rows are <see cref="RoomRow"/>).</summary>
public sealed record RoomJson(Guid Id, Guid PropertyId, string Number, int Floor, string? Building, Guid TypeId, string TypeCode, string TypeName, string? View,
    string? ConnectingNumber, string? AccessibilityFeatures, bool Active, RoomStatus Status, DateTimeOffset StatusChangedAt, string? OutReason,
    DateTimeOffset? ExpectedReturnAt, int Version, RoomTaskJson? CleaningTask, IReadOnlyList<RoomStatusChangeJson>? History)
{
    public static RoomJson WithHistory(Room r, RoomType? type, RoomTaskJson? task) => RoomRow.Of(r).Json(type, task) with
    {
        History = r.History.OrderByDescending(h => h.At).ThenByDescending(h => h.Id).Select(h => new RoomStatusChangeJson(h.From, h.To, h.At, h.ById, h.By, h.Reason)).ToList(),
    };
}

public sealed record RoomInspectionJson(Guid Id, Guid RoomId, DateTimeOffset At, string By, bool Passed, IReadOnlyList<InspectionItem> Items, Guid? CleaningOrderId)
{
    public static RoomInspectionJson From(RoomInspection i, Guid? cleaningOrderId = null) => new(i.Id, i.RoomId, i.At, i.By, i.Passed, i.Items, cleaningOrderId);
}

public sealed record RoomConsumptionJson(Guid Id, Guid RoomId, DateOnly Date, string ItemCode, int Quantity, string By, DateTimeOffset RecordedAt)
{
    public static RoomConsumptionJson From(RoomConsumption c) => new(c.Id, c.RoomId, c.Date, c.ItemCode, c.Quantity, c.By, c.RecordedAt);
}

/// <summary>Linen and amenities used in a period: per item and per room (by number), largest first.</summary>
public sealed record ConsumptionSummaryJson(DateOnly From, DateOnly To, IReadOnlyList<ConsumptionTotal> ByItem, IReadOnlyList<ConsumptionTotal> ByRoom);

/// <summary>One room of an attendant's daily sheet, with its status now and its open cleaning task.</summary>
public sealed record SheetRowJson(Guid PropertyId, DateOnly Date, Guid AttendantId, string AttendantName, Guid RoomId, string Number, int Floor, string TypeName,
    RoomStatus Status, RoomTaskJson? CleaningTask);

/// <summary>A property's occupancy in a period: occupied room-nights (night audit 02:00 local) and work orders per occupied room-night.</summary>
public sealed record OccupancyJson(Guid PropertyId, string PropertyCode, DateOnly From, DateOnly To, int Rooms, int Nights, int OccupiedRoomNights,
    double? OccupancyRate, int WorkOrders, double? WorkOrdersPerOccupiedRoomNight, IReadOnlyList<OccupiedNight> ByNight);

/// <summary>The body of POST /api/v1/rooms/types.</summary>
public sealed record RoomTypeRequest(string? Property, string? Code, string? Name, string? BedType, int? MaxGuests, bool? Accessible, bool? Smoking,
    List<string?>? Checklist, bool? Active);

/// <summary>The body of PUT /api/v1/rooms/types/{id}: everything but the property and the code; the checklist is replaced.</summary>
public sealed record RoomTypeChange(string? Name, string? BedType, int? MaxGuests, bool? Accessible, bool? Smoking, List<string?>? Checklist, bool? Active);

/// <summary>The body of POST /api/v1/rooms; <c>status</c> defaults to vacant dirty (a new room is cleaned before it is sold).</summary>
public sealed record RoomRequest(string? Property, string? Number, int? Floor, string? Building, string? TypeCode, string? View, string? ConnectingNumber,
    string? AccessibilityFeatures, string? Status);

/// <summary>The body of PUT /api/v1/rooms/{id}: everything but the property and the number.</summary>
public sealed record RoomChange(int? Floor, string? Building, string? TypeCode, string? View, string? ConnectingNumber, string? AccessibilityFeatures,
    bool? Active);

/// <summary>The body of POST /api/v1/rooms/{id}/status; out of order or service needs the reason and the expected return.</summary>
public sealed record RoomStatusBody(string? Status, string? Reason, DateTimeOffset? ExpectedReturnAt);

public sealed record RoomInspectionAnswer(string? Item, bool? Passed, string? Note);

/// <summary>The body of POST /api/v1/rooms/{id}/inspections: every item of the room type's checklist, passed or not.</summary>
public sealed record RoomInspectionBody(List<RoomInspectionAnswer?>? Items);

/// <summary>The body of POST /api/v1/rooms/{id}/consumption; the date defaults to the property's today.</summary>
public sealed record RoomConsumptionBody(string? ItemCode, int? Quantity, DateOnly? Date);

/// <summary>The body of PUT /api/v1/rooms/sheet: the rooms (by number) an attendant has on a date, replacing that attendant's list.</summary>
public sealed record SheetAssignmentBody(string? Property, DateOnly? Date, Guid? AttendantId, List<string?>? Rooms);
