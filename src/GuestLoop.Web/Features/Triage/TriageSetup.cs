namespace GuestLoop.Web.Features.Triage;

public static class TriageSetup
{
    public static IServiceCollection AddGuestLoopTriage(this IServiceCollection services)
    {
        services.AddSingleton<TriageModels>();
        services.AddScoped<TriageTraining>();
        services.AddScoped<TriageAssist>();
        services.AddSingleton<TriageJob>();
        services.AddHostedService(sp => sp.GetRequiredService<TriageJob>());
        return services;
    }

    public static void MapGuestLoopTriage(this IEndpointRouteBuilder app, RouteGroupBuilder api) => api.MapTriageApi();
}
