using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Analytics.Reports;

namespace GuestLoop.Web.Features.Analytics;

public static class AnalyticsSetup
{
    public static IServiceCollection AddGuestLoopAnalytics(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddSingleton<RiskWordCache>();
        services.AddScoped<CaseStatistics>();
        services.AddScoped<DashboardFigures>();
        services.AddScoped<Workload>();
        services.AddScoped<EarlyWarning>();
        services.AddScoped<Alerts>();
        services.AddScoped<QuarterlyReports>();
        services.AddScoped<QuarterlyReportBuilder>();
        services.AddSingleton(new ReportFiles(
            Path.Combine(DatabaseSetup.DataFolder(config, env), "reports"), config["GuestLoop:Pdf:FontPath"]));
        services.AddSingleton<QuarterlyReportRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<QuarterlyReportRunner>());
        services.AddScoped<EarlyWarningScan>();
        services.AddSingleton<EarlyWarningJob>();
        services.AddHostedService(sp => sp.GetRequiredService<EarlyWarningJob>());
        services.AddSingleton<VolumeRollupJob>();
        services.AddHostedService(sp => sp.GetRequiredService<VolumeRollupJob>());
        return services;
    }

    public static void MapGuestLoopAnalytics(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapStatsApi();
        api.MapAlertsApi();
        api.MapReportsApi();
        app.MapReportDownloads();
    }
}
