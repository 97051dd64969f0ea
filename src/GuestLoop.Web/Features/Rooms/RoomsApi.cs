using GuestLoop.Domain;
using GuestLoop.Domain.Rooms;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Rooms;

public static class RoomsApi
{
    public static RouteGroupBuilder MapRoomsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/rooms").WithTags("Rooms");
        group.MapGet("/", List).WithName("ListRooms").WithSummary("The room status board: rooms by floor and number with status and open cleaning task; filter by property, floor, status");
        group.MapGet("/{id:guid}", (Guid id, HttpContext http, RoomBoard board, CancellationToken ct) => Ok(board.DetailAsync(id, http.User.ToScope(), ct)))
            .WithName("GetRoom").WithSummary("A room with its status history, newest first");
        group.MapPost("/", AddRoom).WithName("AddRoom").WithSummary("Add a room to a property (level 2 or above)").ProducesValidationProblem();
        group.MapPut("/{id:guid}", (Guid id, RoomChange body, HttpContext http, RoomCatalogue rooms, RoomBoard board, CancellationToken ct) =>
                Room(board, rooms.ChangeAsync(id, body, http.User.ToScope(), ct), ct))
            .WithName("ChangeRoom").WithSummary("Change a room's floor, type, view and the rest (level 2 or above); the number stays").ProducesValidationProblem();
        group.MapPost("/{id:guid}/status", (Guid id, RoomStatusBody body, HttpContext http, RoomStatusChanges changes, RoomBoard board, CancellationToken ct) =>
                Room(board, changes.ChangeAsync(id, body, http.User.ToScope(), ct), ct))
            .WithName("ChangeRoomStatus")
            .WithSummary("Change a room's status (409 when the rules do not allow it); a room that becomes dirty gets a cleaning work order")
            .ProducesValidationProblem();
        group.MapPost("/{id:guid}/inspections", Inspect).WithName("InspectRoom")
            .WithSummary("A supervisor's inspection of a clean room against its type's checklist: all passed makes it inspected, any failed sends it back dirty with a new cleaning order")
            .ProducesValidationProblem();
        group.MapGet("/{id:guid}/inspections", async (Guid id, HttpContext http, RoomStatusChanges changes, CancellationToken ct) =>
                TypedResults.Ok<IReadOnlyList<RoomInspectionJson>>((await changes.InspectionsAsync(id, http.User.ToScope(), ct)).Select(i => RoomInspectionJson.From(i)).ToList()))
            .WithName("ListRoomInspections");
        group.MapPost("/{id:guid}/consumption", RecordConsumption).WithName("RecordRoomConsumption")
            .WithSummary("Record linen or amenities put into the room (浴巾, 牙具 …)").ProducesValidationProblem();
        group.MapGet("/consumption", (HttpContext http, RoomConsumptionLog log, string? property, DateOnly? from, DateOnly? to, CancellationToken ct) =>
                Ok(log.SummaryAsync(http.User.ToScope(), property, from, to, ct)))
            .WithName("RoomConsumptionSummary").WithSummary("Linen and amenities used per item and per room in a period (default: the last 7 days)");

        group.MapGet("/types", async (HttpContext http, RoomCatalogue rooms, string? property, CancellationToken ct) =>
                TypedResults.Ok<IReadOnlyList<RoomTypeJson>>((await rooms.TypesAsync(http.User.ToScope(), property, ct)).Select(RoomTypeJson.From).ToList()))
            .WithName("ListRoomTypes");
        group.MapPost("/types", AddType).WithName("AddRoomType").WithSummary("Add a room type with its inspection checklist (level 2 or above)")
            .ProducesValidationProblem();
        group.MapPut("/types/{id:guid}", async (Guid id, RoomTypeChange body, HttpContext http, RoomCatalogue rooms, CancellationToken ct) =>
                TypedResults.Ok(RoomTypeJson.From(await rooms.ChangeTypeAsync(id, body, http.User.ToScope(), ct))))
            .WithName("ChangeRoomType").WithSummary("Change a room type; the checklist sent replaces the old one").ProducesValidationProblem();

        group.MapGet("/sheet", (HttpContext http, AttendantSheets sheets, string? property, DateOnly? date, Guid? attendant, CancellationToken ct) =>
                Ok(sheets.ReadAsync(http.User.ToScope(), property, date, attendant, ct)))
            .WithName("AttendantSheet").WithSummary("The attendant's daily sheet (default: the caller's, today); supervisors see every attendant's");
        group.MapPut("/sheet", async (SheetAssignmentBody body, HttpContext http, AttendantSheets sheets, CancellationToken ct) =>
            {
                await sheets.AssignAsync(body, http.User.ToScope(), ct);
                var scope = http.User.ToScope();
                return TypedResults.Ok(await sheets.ReadAsync(scope, body.Property, body.Date, body.AttendantId, ct));
            })
            .WithName("AssignAttendantSheet").WithSummary("A supervisor gives an attendant their rooms for a date, replacing that attendant's list")
            .ProducesValidationProblem();
        group.MapGet("/occupancy", (HttpContext http, RoomOccupancy occupancy, string? property, DateOnly? from, DateOnly? to, CancellationToken ct) =>
                Ok(occupancy.FiguresAsync(http.User.ToScope(), property, from, to, ct)))
            .WithName("RoomOccupancy")
            .WithSummary("Per property: occupied room-nights (counted at the 02:00 night audit) and work orders per occupied room-night (default: the last 7 nights)");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<RoomJson>>, ValidationProblem>> List(HttpContext http, RoomBoard board, string? property, int? floor,
        string? status, bool? inactive, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var parsed = status is null ? null : CreateCaseRequest.ParseEnum<RoomStatus>("status", status, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await board.ListAsync(http.User.ToScope(), new RoomFilter(property, null, floor, parsed, inactive ?? false), ct));
    }

    private static async Task<Ok<T>> Ok<T>(Task<T> answer) => TypedResults.Ok(await answer);

    private static async Task<Ok<RoomJson>> Room(RoomBoard board, Task<Room> change, CancellationToken ct) =>
        TypedResults.Ok(await board.JsonAsync(await change, ct));

    private static async Task<Created<RoomJson>> AddRoom(RoomRequest body, HttpContext http, RoomCatalogue rooms, RoomBoard board, CancellationToken ct)
    {
        var room = await rooms.AddAsync(body, http.User.ToScope(), ct);
        return TypedResults.Created($"/api/v1/rooms/{room.Id}", await board.JsonAsync(room, ct));
    }

    private static async Task<Created<RoomTypeJson>> AddType(RoomTypeRequest body, HttpContext http, RoomCatalogue rooms, CancellationToken ct)
    {
        var type = await rooms.AddTypeAsync(body, http.User.ToScope(), ct);
        return TypedResults.Created($"/api/v1/rooms/types/{type.Id}", RoomTypeJson.From(type));
    }

    private static async Task<Created<RoomInspectionJson>> Inspect(Guid id, RoomInspectionBody body, HttpContext http, RoomStatusChanges changes,
        CancellationToken ct)
    {
        var (inspection, order) = await changes.InspectAsync(id, body, http.User.ToScope(), ct);
        return TypedResults.Created($"/api/v1/rooms/{id}/inspections", RoomInspectionJson.From(inspection, order));
    }

    private static async Task<Created<RoomConsumptionJson>> RecordConsumption(Guid id, RoomConsumptionBody body, HttpContext http, RoomConsumptionLog log,
        CancellationToken ct)
    {
        var used = await log.RecordAsync(id, body, http.User.ToScope(), ct);
        return TypedResults.Created($"/api/v1/rooms/{id}/consumption", RoomConsumptionJson.From(used));
    }
}
