namespace GuestLoop.Web.Features.Compensation;

public static class CompensationSetup
{
    public static IServiceCollection AddGuestLoopCompensation(this IServiceCollection services)
    {
        services.AddScoped<CaseRemedies>();
        services.AddScoped<CaseCompensations>();
        services.AddScoped<CompensationLedger>();
        return services;
    }

    public static void MapGuestLoopCompensation(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapCompensationApi();
        api.MapCompensationLimitsApi();
        app.MapLedgerDownload();
    }
}
