namespace GuestLoop.Web.Features.Audit;

public static class AuditSetup
{
    public static IServiceCollection AddGuestLoopAudit(this IServiceCollection services)
    {
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditSubjects>();
        return services;
    }

    public static void MapGuestLoopAudit(this IEndpointRouteBuilder app, RouteGroupBuilder api) => api.MapAuditApi();
}
