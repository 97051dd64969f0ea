namespace GuestLoop.Web.Features.Surveys;

public static class SurveysSetup
{
    public static IServiceCollection AddGuestLoopSurveys(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(SurveySettings.Schedule(config));
        services.AddScoped<IssueSurvey>();
        services.AddScoped<AnswerSurvey>();
        services.AddScoped<SurveyReminders>();
        services.AddScoped<SendSurveyReminders>();
        services.AddScoped<SurveyTemplateAdministration>();
        services.AddScoped<SurveyInvitationMail>();
        services.AddScoped<SendSurveyInvitation>();
        services.AddScoped<AnswerInvitation>();
        services.AddScoped<SendInvitationReminders>();
        services.AddScoped<SurveyResultsQuery>();
        return services;
    }

    public static void MapGuestLoopSurveys(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapSurveysApi();
        api.MapSurveyTemplatesApi();
        api.MapSurveyInvitationsApi();
        app.MapSurveyEndpoints();
        app.MapInvitationEndpoints();
    }
}
