namespace GuestLoop.Web.Features.Supervision;

public static class SupervisionSetup
{
    public static IServiceCollection AddGuestLoopSupervision(this IServiceCollection services)
    {
        services.AddScoped<SupervisionOffice>();
        services.AddScoped<MonthlySample>();
        services.AddScoped<SupervisionReports>();
        services.AddScoped<HandlingScores>();
        return services;
    }

    public static void MapGuestLoopSupervision(this IEndpointRouteBuilder app, RouteGroupBuilder api) => api.MapSupervisionApi();
}
