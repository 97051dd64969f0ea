namespace GuestLoop.Web.Features.Organisation;

public static class OrganisationSetup
{
    public static IServiceCollection AddGuestLoopOrganisation(this IServiceCollection services)
    {
        services.AddSingleton<PropertyDirectory>();
        services.AddScoped<ChannelOwners>();
        services.AddScoped<OrganisationApi.Editing>();
        return services;
    }

    public static void MapGuestLoopOrganisation(this IEndpointRouteBuilder app, RouteGroupBuilder api) => api.MapChannelOwnersApi().MapOrganisationApi();
}
