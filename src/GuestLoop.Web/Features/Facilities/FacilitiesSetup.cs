namespace GuestLoop.Web.Features.Facilities;

public static class FacilitiesSetup
{
    public static IServiceCollection AddGuestLoopFacilities(this IServiceCollection services)
    {
        services.AddScoped<FacilitySlots>();
        services.AddScoped<FacilityBook>();
        return services;
    }

    public static void MapGuestLoopFacilities(this IEndpointRouteBuilder app, RouteGroupBuilder api) => api.MapFacilitiesApi();
}
