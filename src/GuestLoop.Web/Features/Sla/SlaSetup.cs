namespace GuestLoop.Web.Features.Sla;

public static class SlaSetup
{
    public static IServiceCollection AddGuestLoopSla(this IServiceCollection services)
    {
        services.AddSingleton<SlaCatalog>();
        services.AddScoped<SlaAdministration>();
        services.AddScoped<ArrangementCheck>();
        services.AddSingleton<ArrangementCheckJob>();
        services.AddHostedService(sp => sp.GetRequiredService<ArrangementCheckJob>());
        return services;
    }

    public static void MapGuestLoopSla(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapCalendarsApi();
        api.MapCalendarAdminApi();
        api.MapPoliciesApi();
    }
}
