using GuestLoop.Web.Data;
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

    /// <summary>Cached calendars and policies follow an edit made on any instance.</summary>
    public static void ConnectCaches(IServiceProvider services)
    {
        var catalog = services.GetRequiredService<SlaCatalog>();
        services.GetRequiredService<ClusterEvents>().RulesChanged += catalog.Invalidate;
    }
}
