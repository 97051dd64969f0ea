namespace GuestLoop.Web.Features.Organisation;

public static class OrganisationSetup
{
    public static IServiceCollection AddGuestLoopOrganisation(this IServiceCollection services)
    {
        services.AddSingleton<PropertyDirectory>();
        services.AddScoped<ChannelOwners>();
        return services;
    }

    public static void MapGuestLoopOrganisation(this IEndpointRouteBuilder app, RouteGroupBuilder api) => api.MapChannelOwnersApi();
}
