using GuestLoop.Domain.Reservations;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Reservations;

public static class ReservationsApi
{
    public static RouteGroupBuilder MapReservationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reservations").WithTags("Reservations");
        group.MapGet("/", (HttpContext http, ReservationSearch search, string? property, DateOnly? arrivalFrom, DateOnly? arrivalTo, string? status, string? q,
                    int? page, int? pageSize, DateOnly? departure, CancellationToken ct) =>
                Ok(search.ListAsync(new ReservationFilter(property, arrivalFrom, arrivalTo, status, q, page ?? 1, pageSize ?? 50, departure), http.User.ToScope(), ct)))
            .WithName("ListReservations")
            .WithSummary("Reservations by arrival date; filter by property, arrival dates, status, number or guest name, or the departures of a day (departure=)")
            .ProducesValidationProblem();
        group.MapGet("/{id:guid}", (Guid id, HttpContext http, ReservationSearch search, CancellationToken ct) => Ok(search.GetAsync(id, http.User.ToScope(), ct)))
            .WithName("GetReservation").WithSummary("A reservation with its history, payments and what cancelling now would cost");
        group.MapPost("/", Create).WithName("AddReservation")
            .WithSummary("Make a reservation (confirmed unless confirm is false): 409 when no room of the type is free on a night; an external reference already known answers the existing reservation with 200")
            .ProducesValidationProblem();
        group.MapPut("/{id:guid}", (Guid id, ReservationChange body, HttpContext http, ReservationBook book, ReservationSearch search, CancellationToken ct) =>
                Json(search, book.ChangeAsync(id, body, http.User.ToScope(), ct), http, ct))
            .WithName("ChangeReservation").WithSummary("Change dates, room type, party, rate or contact: the old nights are freed and the new taken together")
            .ProducesValidationProblem();
        group.MapPost("/{id:guid}/confirm", (Guid id, HttpContext http, ReservationBook book, ReservationSearch search, CancellationToken ct) =>
            Json(search, book.ConfirmAsync(id, http.User.ToScope(), ct), http, ct)).WithName("ConfirmReservation");
        group.MapPost("/{id:guid}/cancel", (Guid id, ReservationCancelBody body, HttpContext http, ReservationBook book, ReservationSearch search, CancellationToken ct) =>
                Json(search, book.CancelAsync(id, body, http.User.ToScope(), ct), http, ct))
            .WithName("CancelReservation").WithSummary("Cancel with a reason; inside the plan's charge window the late-cancellation charge is recorded")
            .ProducesValidationProblem();
        group.MapPost("/{id:guid}/no-show", (Guid id, HttpContext http, ReservationBook book, ReservationSearch search, CancellationToken ct) =>
            Json(search, book.NoShowAsync(id, http.User.ToScope(), ct), http, ct)).WithName("MarkReservationNoShow");
        group.MapPost("/{id:guid}/payments", (Guid id, ReservationPaymentBody body, HttpContext http, ReservationBook book, ReservationSearch search, CancellationToken ct) =>
                Json(search, book.PayAsync(id, body, http.User.ToScope(), ct), http, ct))
            .WithName("RecordReservationPayment").WithSummary("A deposit, a charge or a refund (refunds: level 2 or above, at most what was paid)")
            .ProducesValidationProblem();
        group.MapPost("/{id:guid}/arrived", (Guid id, HttpContext http, ReservationBook book, ReservationSearch search, CancellationToken ct) =>
                Json(search, book.ArriveAsync(id, http.User.ToScope(), ct), http, ct))
            .WithName("MarkGuestArrived").WithSummary("The guest is at the desk: the 30-minute check-in target counts from now");
        group.MapPost("/{id:guid}/check-in", (Guid id, CheckInBody body, HttpContext http, ReservationBook book, ReservationSearch search, CancellationToken ct) =>
                Json(search, book.CheckInAsync(id, body, http.User.ToScope(), ct), http, ct))
            .WithName("CheckInReservation")
            .WithSummary("Register the guest in a clean or inspected room with an identity document; a room that does not suit the guest's needs or differs from the suggestion needs a reason")
            .ProducesValidationProblem();
        group.MapPost("/{id:guid}/check-out", (Guid id, HttpContext http, ReservationBook book, ReservationSearch search, CancellationToken ct) =>
                Json(search, book.CheckOutAsync(id, http.User.ToScope(), ct), http, ct))
            .WithName("CheckOutReservation").WithSummary("The guest leaves: the room becomes dirty with its cleaning task; nights not stayed are freed");
        group.MapPost("/import", async (HttpRequest request, ReservationImport import, string? property, string? fileName, CancellationToken ct) =>
            {
                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body, ct);
                return TypedResults.Ok(await import.ImportAsync(request.HttpContext.User.ToScope(), property ?? string.Empty, fileName ?? "arrivals.csv", body.ToArray(), ct));
            })
            .WithName("ImportReservations")
            .WithBodyLimit(((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<GuestLoop.Web.Features.Intake.ImportSettings>().MaxBytes)
            .WithSummary("Arrivals from a PMS export: the file as the body, ?property=&fileName=x.csv|x.xlsx; rows known by their reference are kept once")
            .ProducesValidationProblem();
        group.MapGet("/availability", (HttpContext http, ReservationSearch search, string? property, DateOnly? from, DateOnly? to, CancellationToken ct) =>
                Ok(search.AvailabilityAsync(property, from, to, http.User.ToScope(), ct)))
            .WithName("RoomAvailability").WithSummary("Rooms, bookings, overbooking allowance and rooms free per room type and night (default: 14 nights from today)")
            .ProducesValidationProblem();
        group.MapGet("/allocation", (HttpContext http, ReservationSearch search, string? property, DateOnly? date, CancellationToken ct) =>
                Ok(search.AllocationAsync(property, date, http.User.ToScope(), ct)))
            .WithName("RoomAllocation")
            .WithSummary("The day's confirmed arrivals with a suggested room each (accessible-room guests first) and the share of special needs and preferences met")
            .ProducesValidationProblem();
        group.MapGet("/figures", (HttpContext http, ReservationSearch search, string? property, DateOnly? from, DateOnly? to, CancellationToken ct) =>
                Ok(search.FiguresAsync(property, from, to, http.User.ToScope(), ct)))
            .WithName("FrontOfficeFigures").WithSummary("Arrivals, check-ins within the 30-minute target, no-shows and cancellation charges (default: the last 30 days)");

        group.MapGet("/rate-plans", async (HttpContext http, RatePlanCatalogue plans, GuestLoop.Web.Data.GuestLoopDbContext db, string? property, CancellationToken ct) =>
            {
                var list = await plans.ListAsync(http.User.ToScope(), property, ct);
                var names = await ReservationNames.LoadAsync(db, [.. list.Select(p => p.PropertyId)], ct);
                return TypedResults.Ok<IReadOnlyList<RatePlanJson>>([.. list.Select(p => PlanJson(p, names))]);
            })
            .WithName("ListRatePlans");
        group.MapPut("/rate-plans", async Task<Results<Created<RatePlanJson>, Ok<RatePlanJson>>> (RatePlanBody body, HttpContext http, RatePlanCatalogue plans,
                GuestLoop.Web.Data.GuestLoopDbContext db, CancellationToken ct) =>
            {
                var (plan, created) = await plans.SetAsync(body, http.User.ToScope(), ct);
                var json = PlanJson(plan, await ReservationNames.LoadAsync(db, [plan.PropertyId], ct));
                return created ? TypedResults.Created($"/api/v1/reservations/rate-plans", json) : TypedResults.Ok(json);
            })
            .WithName("SetRatePlan").WithSummary("Add or change a rate plan by its code: nightly rates per room type and the cancellation, no-show and deposit terms (level 2 or above)")
            .ProducesValidationProblem();
        group.MapPut("/settings", async (FrontOfficeSettingsBody body, HttpContext http, RatePlanCatalogue plans, CancellationToken ct) =>
            {
                var s = await plans.SetSettingsAsync(body, http.User.ToScope(), ct);
                return TypedResults.Ok(new FrontOfficeSettingsJson(body.Property!, s.CheckInTime, s.CheckOutTime, s.OverbookingRooms));
            })
            .WithName("SetFrontOfficeSettings").WithSummary("Check-in and check-out times, the standing overbooking limit and the limit of given nights (level 2 or above)")
            .ProducesValidationProblem();
        return api;
    }

    private static RatePlanJson PlanJson(RatePlan p, ReservationNames names) =>
        new(p.Id, names.Property(p.PropertyId), p.Code, p.Name, CancellationRuleJson.From(p.Rule), p.Prices.ToDictionary(x => names.TypeCode(x.RoomTypeId), x => x.Rate),
            p.Active);

    private static async Task<Results<Created<ReservationJson>, Ok<ReservationJson>>> Create(ReservationRequest body, HttpContext http, ReservationBook book,
        ReservationSearch search, CancellationToken ct)
    {
        var scope = http.User.ToScope();
        var (reservation, created) = await book.CreateAsync(body, scope, ct);
        var json = await search.JsonAsync(reservation, scope, ct);
        return created ? TypedResults.Created($"/api/v1/reservations/{reservation.Id}", json) : TypedResults.Ok(json);
    }

    private static async Task<Ok<T>> Ok<T>(Task<T> answer) => TypedResults.Ok(await answer);

    private static async Task<Ok<ReservationJson>> Json(ReservationSearch search, Task<Reservation> step, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await search.JsonAsync(await step, http.User.ToScope(), ct));
}
