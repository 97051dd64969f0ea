namespace GuestLoop.Web.Features.Rooms;

public static class RoomsSetup
{
    public static IServiceCollection AddGuestLoopRooms(this IServiceCollection services)
    {
        services.AddScoped<RoomCatalogue>();
        services.AddScoped<RoomBoard>();
        services.AddScoped<RoomStatusChanges>();
        services.AddScoped<RoomCleaningOrders>();
        services.AddScoped<RoomsAfterCleaning>();
        services.AddScoped<RoomConsumptionLog>();
        services.AddScoped<AttendantSheets>();
        services.AddScoped<RoomOccupancy>();
        return services;
    }

    public static void MapGuestLoopRooms(this IEndpointRouteBuilder app, RouteGroupBuilder api) => api.MapRoomsApi();
}
