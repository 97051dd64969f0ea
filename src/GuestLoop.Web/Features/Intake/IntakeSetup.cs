using GuestLoop.Web.Data;

namespace GuestLoop.Web.Features.Intake;

public static class IntakeSetup
{
    public static IServiceCollection AddGuestLoopIntake(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<IntegrationSecrets>();
        services.AddScoped<IntegrationAdmin>();
        services.AddScoped<ReceiveWebhook>();
        services.AddScoped<ImportCases>();
        services.AddScoped<IntakeBatch>();
        services.AddSingleton(IntakeWriters.For(DatabaseSetup.IsPostgres(config), config.GetValue("GuestLoop:Intake:Writers", 4)));
        services.AddSingleton<ReceiveCase>();
        services.AddHostedService(sp => sp.GetRequiredService<ReceiveCase>());
        services.AddSingleton<ImportProgress>();
        services.AddSingleton(new ImportSettings(config.GetValue("GuestLoop:Import:MaxBytes", ImportSettings.DefaultMaxBytes)));
        services.AddSingleton<ImportRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<ImportRunner>());
        return services;
    }

    public static void MapGuestLoopIntake(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapIntegrationsApi();
        api.MapImportsApi();
        app.MapWebhooksApi();
    }
}
