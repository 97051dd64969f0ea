namespace GuestLoop.Web.Features.Public;

public static class PublicSetup
{
    public static IServiceCollection AddGuestLoopPublic(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(FeedbackLimits.From(config));
        return services;
    }

    public static void MapGuestLoopPublic(this IEndpointRouteBuilder app) => app.MapPublicEndpoints();
}
