namespace GuestLoop.Web.Features.Workspace;

public static class WorkspaceSetup
{
    public static IServiceCollection AddGuestLoopWorkspace(this IServiceCollection services)
    {
        services.AddScoped<WorkspaceContext>();
        return services;
    }
}
