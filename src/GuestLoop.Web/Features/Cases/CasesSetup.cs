using GuestLoop.Web.Data;

namespace GuestLoop.Web.Features.Cases;

public static class CasesSetup
{
    public static IServiceCollection AddGuestLoopCases(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddScoped<CaseNumbers>();
        services.AddScoped<CaseWorkflow>();
        services.AddSingleton(DuplicateSettings.From(config));
        services.AddSingleton(CaseListSettings.From(config));
        services.AddScoped<DuplicateFinder>();
        services.AddScoped<CaseDuplicates>();
        services.AddScoped<CaseReader>();
        services.AddScoped<CaseBulk>();
        services.AddScoped<SavedViews>();
        services.AddScoped<UsualChannelQuery>();
        services.AddSingleton(new EvidenceStore(Path.Combine(DatabaseSetup.DataFolder(config, env), "evidence"),
            config.GetValue("GuestLoop:Evidence:MaxBytes", EvidenceStore.DefaultMaxBytes)));
        return services;
    }

    public static void MapGuestLoopCases(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapCasesApi();
        api.MapSavedViewsApi();
        app.MapCaseEvidenceEndpoints();
    }
}
