namespace GuestLoop.Web.Features.Recognition;

public static class RecognitionSetup
{
    public static IServiceCollection AddGuestLoopRecognition(this IServiceCollection services)
    {
        services.AddScoped<PraiseRecognition>();
        return services;
    }

    public static void MapGuestLoopRecognition(this IEndpointRouteBuilder app, RouteGroupBuilder api) => api.MapRecognitionApi();
}
