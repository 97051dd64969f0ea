namespace GuestLoop.Web.Features.Improvement;

public static class ImprovementSetup
{
    public static IServiceCollection AddGuestLoopImprovement(this IServiceCollection services)
    {
        services.AddScoped<ImprovementActions>();
        services.AddScoped<ImprovementScan>();
        return services;
    }

    public static void MapGuestLoopImprovement(this IEndpointRouteBuilder app, RouteGroupBuilder api) => api.MapImprovementApi();
}
