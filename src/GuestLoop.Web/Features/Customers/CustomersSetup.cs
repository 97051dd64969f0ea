using GuestLoop.Web.Data;
using Microsoft.AspNetCore.DataProtection;

namespace GuestLoop.Web.Features.Customers;

public static class CustomersSetup
{
    public static IServiceCollection AddGuestLoopCustomers(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddScoped<GuestMatching>();
        services.AddScoped<VisitImport>();
        services.AddScoped<GuestDirectory>();
        services.AddScoped<GuestRights>();
        services.AddScoped<GuestChanges>();
        services.AddScoped<ComplainantReveal>();
        services.AddScoped<CallerLookup>();
        services.AddSingleton<RetentionJob>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionJob>());

        // Personal data is encrypted with a key ring kept in a folder, never in the database it protects (on PostgreSQL
        // the sign-in key ring lives in the database). Several instances share this folder, e.g. on a volume.
        var keysPath = config["GuestLoop:KeysPath"];
        var personalKeys = config["GuestLoop:Privacy:KeysPath"] ?? keysPath ?? Path.Combine(DatabaseSetup.DataFolder(config, env), "keys");
        services.AddSingleton(sp => SensitiveData.Create(
            keysPath is null && DatabaseSetup.IsPostgres(config)
                ? DataProtectionProvider.Create(new DirectoryInfo(personalKeys), b => b.SetApplicationName("GuestLoop"))
                : sp.GetRequiredService<IDataProtectionProvider>(),
            config, personalKeys));
        return services;
    }

    public static void MapGuestLoopCustomers(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapCustomerSettingsApi();
        api.MapCustomersApi();
        app.MapGuestExportDownload();
    }
}
