namespace GuestLoop.Web.Features.Workspace;

public static class WorkspaceSetup
{
    public static IServiceCollection AddGuestLoopWorkspace(this IServiceCollection services)
    {
        services.AddScoped<WorkspaceContext>();
        services.AddSingleton<CasePresence>();
        services.AddScoped<CircuitConnection>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler>(sp => sp.GetRequiredService<CircuitConnection>());
        return services;
    }
}
