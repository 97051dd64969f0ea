using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuestLoop.Web.Features.Facilities;

public static class FacilitiesApi
{
    public static RouteGroupBuilder MapFacilitiesApi(this RouteGroupBuilder api)
    {
        var facilities = api.MapGroup("/facilities").WithTags("Facilities");
        facilities.MapGet("/", async (HttpContext http, FacilityBook book, string? property, CancellationToken ct) =>
                TypedResults.Ok(await book.FacilitiesAsync(http.User.ToScope(), property, ct)))
            .WithName("ListFacilities").WithSummary("The bookable facilities (restaurants, meeting rooms, banquet halls, spa, fitness, tours) of the properties the caller sees");
        facilities.MapPut("/", async Task<Results<Created<FacilityJson>, Ok<FacilityJson>>> (FacilityBody body, HttpContext http, FacilityBook book,
                CancellationToken ct) =>
            {
                var (facility, created) = await book.SetFacilityAsync(body, http.User.ToScope(), ct);
                return created ? TypedResults.Created($"/api/v1/facilities/{facility.Id}", facility) : TypedResults.Ok(facility);
            })
            .WithName("SetFacility")
            .WithSummary("Add or change a facility by its code: kind, capacity per slot, whether a booking takes it whole, the slot grid and opening hours, and its booking rules (level 2 or above)")
            .ProducesValidationProblem();
        facilities.MapGet("/{id:guid}/day", async (Guid id, HttpContext http, FacilityBook book, DateOnly? date, CancellationToken ct) =>
                TypedResults.Ok(await book.DayAsync(id, date, http.User.ToScope(), ct)))
            .WithName("FacilityDay").WithSummary("Each slot of the facility's opening hours on a day (default: today) with its capacity, bookings and what is free");

        var bookings = api.MapGroup("/facility-bookings").WithTags("Facilities");
        bookings.MapGet("/", async (HttpContext http, FacilityBook book, string? property, Guid? facility, DateOnly? date, string? status, int? page, int? pageSize,
                    CancellationToken ct) =>
                TypedResults.Ok(await book.ListAsync(new FacilityBookingFilter(property, facility, date, status, page ?? 1, pageSize ?? 100), http.User.ToScope(), ct)))
            .WithName("ListFacilityBookings").WithSummary("Bookings by day and start; filter by property, facility, date and status")
            .ProducesValidationProblem();
        bookings.MapGet("/{id:guid}", async (Guid id, HttpContext http, FacilityBook book, CancellationToken ct) =>
                TypedResults.Ok(await book.GetAsync(id, http.User.ToScope(), ct)))
            .WithName("GetFacilityBooking");
        bookings.MapPost("/", async (FacilityBookingBody body, HttpContext http, FacilityBook book, CancellationToken ct) =>
            {
                var booking = await book.BookAsync(body, http.User.ToScope(), ct);
                return TypedResults.Created($"/api/v1/facility-bookings/{booking.Id}", booking);
            })
            .WithName("AddFacilityBooking")
            .WithSummary("Book a facility: 409 when a slot the booking spans is full (a meeting room or banquet hall is taken whole)")
            .ProducesValidationProblem();
        bookings.MapPut("/{id:guid}", async (Guid id, FacilityBookingBody body, HttpContext http, FacilityBook book, CancellationToken ct) =>
                TypedResults.Ok(await book.ChangeAsync(id, body, http.User.ToScope(), ct)))
            .WithName("ChangeFacilityBooking").WithSummary("Change the day, times, party or details: the old slots are freed and the new taken together")
            .ProducesValidationProblem();
        bookings.MapPost("/{id:guid}/cancel", async (Guid id, FacilityCancelBody body, HttpContext http, FacilityBook book, CancellationToken ct) =>
                TypedResults.Ok(await book.CancelAsync(id, body, http.User.ToScope(), ct)))
            .WithName("CancelFacilityBooking").WithSummary("Cancel with a reason; inside the facility's free-cancellation window it is recorded as late")
            .ProducesValidationProblem();
        bookings.MapPost("/{id:guid}/arrived", async (Guid id, HttpContext http, FacilityBook book, CancellationToken ct) =>
                TypedResults.Ok(await book.ArriveAsync(id, http.User.ToScope(), ct)))
            .WithName("MarkFacilityArrival");
        bookings.MapPost("/{id:guid}/no-show", async (Guid id, HttpContext http, FacilityBook book, CancellationToken ct) =>
                TypedResults.Ok(await book.NoShowAsync(id, http.User.ToScope(), ct)))
            .WithName("MarkFacilityNoShow").WithSummary("The party did not come (15 minutes after the start): its slots are freed");
        return api;
    }
}
