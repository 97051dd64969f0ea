using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Analytics;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Features.Sla;

namespace GuestLoop.Web.Features.Cluster;

public static class ClusterSetup
{
    public static IServiceCollection AddGuestLoopCluster(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<ClusterEvents>();
        if (DatabaseSetup.IsPostgres(config))
        {
            services.AddSingleton(sp => new PostgresClusterListener(
                config.GetConnectionString("GuestLoop") ?? throw new InvalidOperationException("ConnectionStrings:GuestLoop is required for PostgreSQL."),
                sp.GetRequiredService<ClusterEvents>(), sp.GetRequiredService<ILogger<PostgresClusterListener>>()));
            services.AddHostedService(sp => sp.GetRequiredService<PostgresClusterListener>());
        }

        return services;
    }

    /// <summary>Cached calendars, policies, properties and risk words follow an edit made on any instance.</summary>
    public static void ConnectCaches(IServiceProvider services)
    {
        var events = services.GetRequiredService<ClusterEvents>();
        events.RulesChanged += services.GetRequiredService<SlaCatalog>().Invalidate;
        events.OrganisationChanged += services.GetRequiredService<PropertyDirectory>().Invalidate;
        events.OrganisationChanged += services.GetRequiredService<GuestLoop.Web.Features.Account.ApiKeyDirectory>().Invalidate;
        events.RiskWordsChanged += services.GetRequiredService<RiskWordCache>().Invalidate;
    }
}
