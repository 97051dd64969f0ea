namespace GuestLoop.Web.Features.Maintenance;

public static class MaintenanceSetup
{
    public static IServiceCollection AddGuestLoopMaintenance(this IServiceCollection services)
    {
        services.AddScoped<AssetRegister>();
        services.AddScoped<InspectionPlans>();
        services.AddScoped<InspectionRounds>();
        services.AddScoped<InspectionScan>();
        return services;
    }

    public static void MapGuestLoopMaintenance(this IEndpointRouteBuilder app, RouteGroupBuilder api) => api.MapMaintenanceApi();
}
