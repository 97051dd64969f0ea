namespace GuestLoop.Web.Features.Admin;

public static class AdminSetup
{
    public static IServiceCollection AddGuestLoopAdmin(this IServiceCollection services)
    {
        services.AddScoped<OrganisationAdmin>();
        services.AddScoped<CreateAdministrator>();
        return services;
    }
}
