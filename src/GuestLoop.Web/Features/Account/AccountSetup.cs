namespace GuestLoop.Web.Features.Account;

public static class AccountSetup
{
    public static IServiceCollection AddGuestLoopAccount(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<ApiKeyDirectory>();
        services.AddScoped<IssueApiKey>();
        services.AddScoped<ApiKeyAdmin>();
        services.AddGuestLoopAuth(config);
        return services;
    }

    public static void MapGuestLoopAccount(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapSignInSettingsApi();
        api.MapApiKeysApi();
        app.MapAccountEndpoints();
    }
}
