using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Admin;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Sla;
using GuestLoop.Web.Features.Workspace;
using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;

namespace GuestLoop.Web.Infrastructure;

public static class ServiceSetup
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static IServiceCollection AddGuestLoop(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddGuestLoopDatabase(config, env);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SlaCatalog>();
        services.AddScoped<CaseNumbers>();
        services.AddScoped<CaseWorkflow>();
        services.AddScoped<CaseReader>();
        services.AddScoped<WorkspaceContext>();
        services.AddScoped<OrganisationAdmin>();
        services.AddSingleton(new EvidenceStore(Path.Combine(DatabaseSetup.DataFolder(config, env), "evidence"),
            config.GetValue("GuestLoop:Evidence:MaxBytes", EvidenceStore.DefaultMaxBytes)));

        services.AddProblemDetails();
        services.AddExceptionHandler<DomainExceptionHandler>();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "GuestLoop API";
            doc.Info.Description = "Cases, their lifecycle and working-time deadlines. Authenticate with the X-Api-Key header.";
            return Task.CompletedTask;
        }));

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        services.AddGuestLoopAuth();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        return services;
    }
}
