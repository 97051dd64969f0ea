namespace GuestLoop.Web.Features.Library;

public static class LibrarySetup
{
    public static IServiceCollection AddGuestLoopLibrary(this IServiceCollection services)
    {
        services.AddScoped<CaseLibrary>();
        return services;
    }

    public static void MapGuestLoopLibrary(this IEndpointRouteBuilder app, RouteGroupBuilder api) => api.MapLibraryApi();
}
