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
        return services;
    }

    public static void MapGuestLoopSurveys(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapSurveysApi();
        app.MapSurveyEndpoints();
    }
}
