namespace GuestLoop.Web.Features.Notifications;

public static class NotificationsSetup
{
    public static IServiceCollection AddGuestLoopNotifications(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<EscalationOptions>().Bind(config.GetSection(EscalationOptions.Section))
            .Validate(o => o.IsValid, "GuestLoop:Escalation needs IntervalSeconds > 0, ApproachingShare in (0, 1] and non-negative grace amounts.")
            .ValidateOnStart();
        services.AddScoped<EscalationScan>();
        services.AddScoped<NotificationMailer>();
        services.AddScoped<NotificationInbox>();
        services.AddScoped<NotificationSignal>();
        services.AddSingleton<EscalationJob>();
        services.AddHostedService(sp => sp.GetRequiredService<EscalationJob>());

        var smtp = config.GetSection(SmtpOptions.Section);
        if (!string.IsNullOrWhiteSpace(smtp["Host"]))
        {
            services.Configure<SmtpOptions>(smtp);
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }

        return services;
    }

    public static void MapGuestLoopNotifications(this IEndpointRouteBuilder app, RouteGroupBuilder api) => api.MapNotificationsApi();
}
