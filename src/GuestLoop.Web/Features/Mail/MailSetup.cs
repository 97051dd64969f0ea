namespace GuestLoop.Web.Features.Mail;

public static class MailSetup
{
    public static IServiceCollection AddGuestLoopMail(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<MailOptions>().Bind(config.GetSection(MailOptions.Section))
            .Validate(o => o.IsValid, "GuestLoop:Mail needs IntervalSeconds, LeaseSeconds and MaxMessagesPerRound above 0.")
            .ValidateOnStart();
        services.AddSingleton<MailboxPasswords>();
        services.AddScoped<MailboxAdmin>();
        services.AddScoped<MailIntake>();
        services.AddScoped<MailPoll>();
        services.AddSingleton<MailJob>();
        services.AddHostedService(sp => sp.GetRequiredService<MailJob>());
        return services;
    }

    public static void MapGuestLoopMail(this IEndpointRouteBuilder app, RouteGroupBuilder api) => api.MapMailboxesApi();
}
