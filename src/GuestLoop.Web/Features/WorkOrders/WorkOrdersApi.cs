using GuestLoop.Domain;
using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.WorkOrders;

public static class WorkOrdersApi
{
    public static RouteGroupBuilder MapWorkOrdersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/work-orders").WithTags("WorkOrders");
        group.MapGet("/", List).WithName("ListWorkOrders")
            .WithSummary("Work orders: open first, by priority and the next target; filter by state, mine, property, open, late, caseId");
        group.MapGet("/{id:guid}", Get).WithName("GetWorkOrder");
        group.MapPost("/", Open).WithName("OpenWorkOrder")
            .WithSummary("Open a work order; dispatch assigns it to the least loaded staff member on shift with the skill").ProducesValidationProblem();
        group.MapPost("/{id:guid}/assign", (Guid id, WorkOrderAssignBody body, HttpContext http, WorkOrders orders, CancellationToken ct) =>
            Answer(orders, orders.AssignAsync(id, body, http.User.ToScope(), ct), ct)).WithName("AssignWorkOrder")
            .WithSummary("A supervisor assigns or reassigns the order").ProducesValidationProblem();
        group.MapPost("/{id:guid}/accept", (Guid id, HttpContext http, WorkOrders orders, CancellationToken ct) =>
            Answer(orders, orders.WorkAsync(id, "accept", http.User.ToScope(), (o, by, at) => o.Accept(by, at), ct), ct)).WithName("AcceptWorkOrder");
        group.MapPost("/{id:guid}/start", (Guid id, HttpContext http, WorkOrders orders, CancellationToken ct) =>
            Answer(orders, orders.WorkAsync(id, "start", http.User.ToScope(), (o, by, at) => o.Start(by, at), ct), ct)).WithName("StartWorkOrder");
        group.MapPost("/{id:guid}/pause", (Guid id, WorkOrderStepBody body, HttpContext http, WorkOrders orders, CancellationToken ct) =>
            Answer(orders, orders.WorkAsync(id, "pause", http.User.ToScope(), (o, by, at) => o.Pause(by, at, body.Reason ?? string.Empty), ct), ct))
            .WithName("PauseWorkOrder").WithSummary("Pause, saying what the work waits for").ProducesValidationProblem();
        group.MapPost("/{id:guid}/complete", (Guid id, WorkOrderStepBody body, HttpContext http, WorkOrders orders, CancellationToken ct) =>
            Answer(orders, orders.WorkAsync(id, "complete", http.User.ToScope(), (o, by, at) => o.Complete(by, at, body.Note ?? string.Empty), ct), ct))
            .WithName("CompleteWorkOrder").WithSummary("Complete with a note; types that need a check wait for the supervisor").ProducesValidationProblem();
        group.MapPost("/{id:guid}/verify", (Guid id, WorkOrderVerifyBody body, HttpContext http, WorkOrders orders, CancellationToken ct) =>
            Answer(orders, orders.VerifyAsync(id, body, http.User.ToScope(), ct), ct)).WithName("VerifyWorkOrder")
            .WithSummary("A supervisor passes the work or sends it back with the reason").ProducesValidationProblem();
        group.MapPost("/{id:guid}/cancel", (Guid id, WorkOrderStepBody body, HttpContext http, WorkOrders orders, CancellationToken ct) =>
            Answer(orders, orders.CancelAsync(id, body, http.User.ToScope(), ct), ct)).WithName("CancelWorkOrder").ProducesValidationProblem();
        group.MapPost("/{id:guid}/case", RaiseCase).WithName("RaiseCaseFromWorkOrder")
            .WithSummary("Turn the order into a complaint case, linked both ways (409 if it already has a case)").ProducesValidationProblem();
        group.MapPost("/availability", SetAvailability).WithName("SetWorkAvailability")
            .WithSummary("The caller takes new orders (true) or not, on a break (false)").ProducesValidationProblem();

        group.MapGet("/figures", (HttpContext http, WorkOrderStatistics stats, Guid? property, DateTimeOffset? from, DateTimeOffset? to, string? by,
                CancellationToken ct) => Figures(stats.FiguresAsync(http.User.ToScope(), property, from, to, by, ct)))
            .WithName("WorkOrderFigures")
            .WithSummary("Per type, department or staff member: orders, done, median and 90th-percentile minutes to accept and complete, on-time rates");
        group.MapGet("/repeated", (HttpContext http, WorkOrderStatistics stats, Guid? property, int? days, int? threshold, CancellationToken ct) =>
                Figures(stats.RepeatedAsync(http.User.ToScope(), property, days ?? 7, threshold ?? 3, ct)))
            .WithName("RepeatedRequests").WithSummary("Places with as many orders of one type in the last days as the threshold (default 3 in 7 days)");
        group.MapGet("/types", ListTypes).WithName("ListRequestTypes");
        group.MapPost("/types", AddType).WithName("AddRequestType").WithSummary("Add a request type to a property (level 2 or above)")
            .ProducesValidationProblem();
        group.MapPut("/types/{id:guid}", ChangeType).WithName("ChangeRequestType").ProducesValidationProblem();

        group.MapGet("/shifts", ListShifts).WithName("ListShifts").WithSummary("The roster of a period (default: today and tomorrow)");
        group.MapPost("/shifts", AddShift).WithName("AddShift").WithSummary("Roster a shift (supervisors)").ProducesValidationProblem();
        group.MapDelete("/shifts/{id:guid}", RemoveShift).WithName("RemoveShift");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<WorkOrderJson>>, ValidationProblem>> List(HttpContext http, WorkOrders orders, string? state,
        bool? mine, Guid? property, bool? open, bool? late, Guid? caseId, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var parsed = state is null ? null : CreateCaseRequest.ParseEnum<WorkOrderState>("state", state, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await orders.ListAsync(http.User.ToScope(), new WorkOrderFilter(parsed, mine ?? false, property, open ?? false, late ?? false, caseId), ct));
    }

    private static async Task<Ok<WorkOrderJson>> Get(Guid id, HttpContext http, WorkOrders orders, CancellationToken ct) =>
        TypedResults.Ok(await orders.JsonAsync(await orders.LoadAsync(id, http.User.ToScope(), ct), ct));

    private static async Task<Created<WorkOrderJson>> Open(OpenWorkOrderRequest request, HttpContext http, WorkOrders orders, CancellationToken ct)
    {
        var order = await orders.OpenAsync(request, http.User.ToScope(), ct);
        return TypedResults.Created($"/api/v1/work-orders/{order.Id}", await orders.JsonAsync(order, ct));
    }

    private static async Task<Created<WorkOrderJson>> RaiseCase(Guid id, WorkOrderCaseBody body, HttpContext http, WorkOrders orders, CancellationToken ct)
    {
        var (order, raised) = await orders.RaiseCaseAsync(id, body, http.User.ToScope(), null, ct);
        return TypedResults.Created($"/api/v1/cases/{raised.Id}", await orders.JsonAsync(order, ct));
    }

    private static async Task<Ok<IReadOnlyList<T>>> Figures<T>(Task<IReadOnlyList<T>> figures) => TypedResults.Ok(await figures);

    private static async Task<Ok<WorkOrderJson>> Answer(WorkOrders orders, Task<WorkOrder> step, CancellationToken ct) =>
        TypedResults.Ok(await orders.JsonAsync(await step, ct));

    private static async Task<Results<NoContent, ValidationProblem>> SetAvailability(WorkOrderAvailabilityBody body, HttpContext http, WorkOrders orders,
        CancellationToken ct)
    {
        if (body.Available is not { } available)
        {
            return TypedResults.ValidationProblem(FieldErrors.For("available", "Say true or false."));
        }

        await orders.SetAvailableAsync(http.User.ToScope(), available, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<RequestTypeJson>>> ListTypes(HttpContext http, RequestTypeCatalogue types, string? property, bool? active,
        CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<RequestTypeJson>>((await types.ListAsync(http.User.ToScope(), property, active ?? false, ct)).Select(RequestTypeJson.From).ToList());

    private static async Task<Created<RequestTypeJson>> AddType(RequestTypeRequest request, HttpContext http, RequestTypeCatalogue types, CancellationToken ct)
    {
        var type = await types.AddAsync(request, http.User.ToScope(), ct);
        return TypedResults.Created($"/api/v1/work-orders/types/{type.Id}", RequestTypeJson.From(type));
    }

    private static async Task<Ok<RequestTypeJson>> ChangeType(Guid id, RequestTypeChange request, HttpContext http, RequestTypeCatalogue types,
        CancellationToken ct) =>
        TypedResults.Ok(RequestTypeJson.From(await types.ChangeAsync(id, request, http.User.ToScope(), ct)));

    private static async Task<Ok<IReadOnlyList<ShiftJson>>> ListShifts(HttpContext http, StaffRoster roster, TimeProvider clock, string? property,
        DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct)
    {
        var start = from ?? clock.GetUtcNow().Date;
        return TypedResults.Ok(await roster.ListAsync(http.User.ToScope(), property, start, to ?? start.AddDays(2), ct));
    }

    private static async Task<Created<ShiftJson>> AddShift(ShiftRequest request, HttpContext http, StaffRoster roster, CancellationToken ct)
    {
        var shift = await roster.AddAsync(request, http.User.ToScope(), ct);
        return TypedResults.Created($"/api/v1/work-orders/shifts/{shift.Id}",
            new ShiftJson(shift.Id, shift.StaffId, string.Empty, shift.PropertyId, shift.Start, shift.End));
    }

    private static async Task<NoContent> RemoveShift(Guid id, HttpContext http, StaffRoster roster, CancellationToken ct)
    {
        await roster.RemoveAsync(id, http.User.ToScope(), ct);
        return TypedResults.NoContent();
    }
}
