namespace GuestLoop.Web.Features.Accountability;

public static class AccountabilitySetup
{
    public static IServiceCollection AddGuestLoopAccountability(this IServiceCollection services)
    {
        services.AddScoped<StaffAccountability>();
        return services;
    }

    public static void MapGuestLoopAccountability(this IEndpointRouteBuilder app, RouteGroupBuilder api) => api.MapAccountabilityApi();
}
