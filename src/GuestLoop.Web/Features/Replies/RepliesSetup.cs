namespace GuestLoop.Web.Features.Replies;

public static class RepliesSetup
{
    public static IServiceCollection AddGuestLoopReplies(this IServiceCollection services, IConfiguration config)
    {
        var sms = config.GetSection(SmsOptions.Section);
        services.Configure<SmsOptions>(sms);
        if (string.Equals(sms["Gateway"], "http", StringComparison.OrdinalIgnoreCase))
        {
            services.AddHttpClient<ISmsGateway, HttpSmsGateway>();
        }
        else
        {
            services.AddSingleton<ISmsGateway, LogOnlySmsGateway>();
        }

        services.AddScoped<SmsOutbox>();
        services.AddScoped<SmsOutboxAdmin>();
        services.AddScoped<ReplyPdf>();
        services.AddScoped<SendReply>();
        services.AddScoped<CannedReplies>();
        services.AddScoped<TrackingLinkNotice>();
        services.AddSingleton<TrackingLinkDelivery>();
        services.AddHostedService(sp => sp.GetRequiredService<TrackingLinkDelivery>());
        return services;
    }

    public static void MapGuestLoopReplies(this IEndpointRouteBuilder app)
    {
        app.MapRepliesApi();
        app.MapCannedRepliesApi();
    }
}
