namespace GuestLoop.Web.Features.Reservations;

public static class ReservationsSetup
{
    public static IServiceCollection AddGuestLoopReservations(this IServiceCollection services)
    {
        services.AddScoped<RoomInventory>();
        services.AddScoped<ReservationBook>();
        services.AddScoped<ReservationSearch>();
        services.AddScoped<RatePlanCatalogue>();
        services.AddScoped<ReservationImport>();
        services.AddScoped<ReservationConfirmationMail>();
        services.AddSingleton<NoShowJob>();
        services.AddHostedService(sp => sp.GetRequiredService<NoShowJob>());
        return services;
    }

    public static void MapGuestLoopReservations(this IEndpointRouteBuilder app, RouteGroupBuilder api) => api.MapReservationsApi();
}
