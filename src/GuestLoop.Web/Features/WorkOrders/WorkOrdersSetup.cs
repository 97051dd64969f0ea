namespace GuestLoop.Web.Features.WorkOrders;

public static class WorkOrdersSetup
{
    public static IServiceCollection AddGuestLoopWorkOrders(this IServiceCollection services)
    {
        services.AddScoped<WorkOrders>();
        services.AddScoped<WorkOrderDispatch>();
        services.AddScoped<RequestTypeCatalogue>();
        services.AddScoped<StaffRoster>();
        services.AddScoped<WorkOrderScan>();
        services.AddScoped<WorkOrderStatistics>();
        services.AddScoped<LostItems>();
        services.AddScoped<WorkOrderPhotos>();
        return services;
    }

    public static void MapGuestLoopWorkOrders(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapWorkOrdersApi();
        api.MapLostItemsApi();
        app.MapWorkOrderPhotoEndpoints(api);
        app.MapGuestRequestPages();
    }
}
