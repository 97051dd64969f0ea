using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Json;
using System.Text.Unicode;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features;
using GuestLoop.Web.Features.Operations;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;
using MudBlazor.Services;

namespace GuestLoop.Web.Infrastructure;

public static class ServiceSetup
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static IServiceCollection AddGuestLoop(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddGuestLoopDatabase(config, env);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<GuestLoopMetrics>();
        services.AddSingleton<ProductMetrics>();
        services.AddSingleton<RoundHealth>();
        services.AddGuestLoopTelemetry(config);
        services.AddGuestLoopHealthChecks();

        // Chinese text goes out as characters, not as &#x...; entities: pages stay small and readable.
        var encoderSettings = new TextEncoderSettings(UnicodeRanges.All);
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = encoderSettings);
        services.AddSingleton(HtmlEncoder.Create(encoderSettings));

        services.AddGuestLoopKeyProtection(config, env);

        services.AddFormLimits();
        // Every cookie (sign-in, form token, language) is Secure whenever the request came over HTTPS.
        services.Configure<CookiePolicyOptions>(o => o.Secure = CookieSecurePolicy.SameAsRequest);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddGuestRateLimits(config);
        services.AddProblemDetails();
        services.AddExceptionHandler<DomainExceptionHandler>();
        // A body that does not bind (a number for a text, an object for a list) reaches the handler above, which names the field.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
            o.SerializerOptions.Converters.Add(new PlainTextConverter());
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "GuestLoop API";
            doc.Info.Description = "Cases, their lifecycle and working-time deadlines. Authenticate with the X-Api-Key header. "
                + "A case's deadlines are given in its property's offset (2026-03-03T09:30:00+08:00), with the zone named in timeZone, "
                + "in every response: on create, on read and in lists.";
            return Task.CompletedTask;
        }));

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            // A choice made with ?culture= or the language links wins; otherwise the browser's language (a guest's phone in English).
            o.RequestCultureProviders =
                [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });

        services.AddGuestLoopAreas(config, env);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        return services;
    }
}
