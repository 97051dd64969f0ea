using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Json;
using System.Text.Unicode;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Accountability;
using GuestLoop.Web.Features.Admin;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Cluster;
using GuestLoop.Web.Features.Compensation;
using GuestLoop.Web.Features.Customers;
using GuestLoop.Web.Features.Improvement;
using GuestLoop.Web.Features.Intake;
using GuestLoop.Web.Features.Library;
using GuestLoop.Web.Features.Mail;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Features.Replies;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Features.Recognition;
using GuestLoop.Web.Features.Sla;
using GuestLoop.Web.Features.Supervision;
using GuestLoop.Web.Features.Surveys;
using GuestLoop.Web.Features.Workspace;
using Microsoft.AspNetCore.DataProtection;
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
        services.AddSingleton<RoundHealth>();
        services.AddSingleton<SlaCatalog>();
        services.AddSingleton<PropertyDirectory>();
        services.AddSingleton<ApiKeyDirectory>();
        services.AddSingleton<GuestLoop.Web.Features.Analytics.RiskWordCache>();
        services.AddScoped<CaseNumbers>();
        services.AddScoped<CaseWorkflow>();
        services.AddSingleton(DuplicateSettings.From(config));
        services.AddSingleton(CaseListSettings.From(config));
        services.AddScoped<DuplicateFinder>();
        services.AddScoped<CaseDuplicates>();
        services.AddScoped<ChannelOwners>();
        services.AddScoped<PraiseRecognition>();
        services.AddScoped<CaseReader>();
        services.AddScoped<GuestLoop.Web.Features.Analytics.CaseStatistics>();
        services.AddScoped<GuestLoop.Web.Features.Analytics.DashboardFigures>();
        services.AddScoped<GuestLoop.Web.Features.Analytics.EarlyWarning>();
        services.AddScoped<GuestLoop.Web.Features.Analytics.Alerts>();
        services.AddScoped<GuestLoop.Web.Features.Analytics.Reports.QuarterlyReports>();
        services.AddScoped<GuestLoop.Web.Features.Analytics.Reports.QuarterlyReportBuilder>();
        services.AddSingleton(new GuestLoop.Web.Features.Analytics.Reports.ReportFiles(
            Path.Combine(DatabaseSetup.DataFolder(config, env), "reports"), config["GuestLoop:Pdf:FontPath"], config["GuestLoop:Pdf:License"]));
        services.AddSingleton<GuestLoop.Web.Features.Analytics.Reports.QuarterlyReportRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<GuestLoop.Web.Features.Analytics.Reports.QuarterlyReportRunner>());
        services.AddScoped<GuestLoop.Web.Features.Analytics.EarlyWarningScan>();
        services.AddSingleton<GuestLoop.Web.Features.Analytics.EarlyWarningJob>();
        services.AddHostedService(sp => sp.GetRequiredService<GuestLoop.Web.Features.Analytics.EarlyWarningJob>());
        services.AddSingleton<GuestLoop.Web.Features.Analytics.VolumeRollupJob>();
        services.AddHostedService(sp => sp.GetRequiredService<GuestLoop.Web.Features.Analytics.VolumeRollupJob>());
        services.AddSingleton(SurveySettings.Schedule(config));
        services.AddScoped<IssueSurvey>();
        services.AddScoped<AnswerSurvey>();
        services.AddScoped<SurveyReminders>();
        services.AddScoped<SendSurveyReminders>();
        services.AddScoped<WorkspaceContext>();
        services.AddScoped<OrganisationAdmin>();
        services.AddGuestLoopNotifications(config);
        services.AddScoped<AuditLog>();
        services.AddScoped<SlaAdministration>();
        services.AddScoped<ImprovementActions>();
        services.AddScoped<ImprovementScan>();
        services.AddScoped<SupervisionOffice>();
        services.AddScoped<MonthlySample>();
        services.AddScoped<SupervisionReports>();
        services.AddScoped<HandlingScores>();
        services.AddScoped<StaffAccountability>();
        services.AddScoped<CaseLibrary>();
        services.AddGuestLoopIntake(config);
        services.AddGuestLoopMail(config);
        services.AddGuestLoopReplies(config);
        services.AddScoped<CaseRemedies>();
        services.AddScoped<CaseCompensations>();
        services.AddScoped<CompensationLedger>();
        services.AddScoped<GuestMatching>();
        services.AddScoped<VisitImport>();
        services.AddScoped<GuestDirectory>();
        services.AddScoped<GuestRights>();
        services.AddScoped<GuestChanges>();
        services.AddScoped<ComplainantReveal>();
        services.AddSingleton<GuestLoop.Web.Features.Triage.TriageModels>();
        services.AddScoped<GuestLoop.Web.Features.Triage.TriageTraining>();
        services.AddScoped<GuestLoop.Web.Features.Triage.TriageAssist>();
        services.AddSingleton<GuestLoop.Web.Features.Triage.TriageJob>();
        services.AddHostedService(sp => sp.GetRequiredService<GuestLoop.Web.Features.Triage.TriageJob>());
        services.AddSingleton<RetentionJob>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionJob>());
        services.AddSingleton(new EvidenceStore(Path.Combine(DatabaseSetup.DataFolder(config, env), "evidence"),
            config.GetValue("GuestLoop:Evidence:MaxBytes", EvidenceStore.DefaultMaxBytes)));

        // Chinese text goes out as characters, not as &#x...; entities: pages stay small and readable.
        var encoderSettings = new TextEncoderSettings(UnicodeRanges.All);
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = encoderSettings);
        services.AddSingleton(HtmlEncoder.Create(encoderSettings));

        // Sign-in cookies and form tokens survive a restart and are read by every instance: on PostgreSQL the keys live
        // in the database all instances share (unless a keys folder is named), on SQLite in the data folder.
        var protection = services.AddDataProtection().SetApplicationName("GuestLoop");
        var keysPath = config["GuestLoop:KeysPath"];
        if (keysPath is null && DatabaseSetup.IsPostgres(config))
        {
            protection.PersistKeysToDbContext<GuestLoopDbContext>();
        }
        else
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(keysPath ?? Path.Combine(DatabaseSetup.DataFolder(config, env), "keys")));
        }

        services.AddGuestLoopCluster(config);

        // Personal data is encrypted with a key ring kept in a folder, never in the database it protects (on PostgreSQL
        // the key ring above lives in the database). Several instances share this folder, e.g. on a volume.
        var personalKeys = config["GuestLoop:Privacy:KeysPath"] ?? keysPath ?? Path.Combine(DatabaseSetup.DataFolder(config, env), "keys");
        services.AddSingleton(sp => SensitiveData.Create(
            keysPath is null && DatabaseSetup.IsPostgres(config)
                ? DataProtectionProvider.Create(new DirectoryInfo(personalKeys), b => b.SetApplicationName("GuestLoop"))
                : sp.GetRequiredService<IDataProtectionProvider>(),
            config, personalKeys));

        services.AddFormLimits();
        // Every cookie (sign-in, form token, language) is Secure whenever the request came over HTTPS.
        services.Configure<CookiePolicyOptions>(o => o.Secure = CookieSecurePolicy.SameAsRequest);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddGuestRateLimits(config);
        services.AddSingleton(GuestLoop.Web.Features.Public.FeedbackLimits.From(config));
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
            doc.Info.Description = "Cases, their lifecycle and working-time deadlines. Authenticate with the X-Api-Key header.";
            return Task.CompletedTask;
        }));

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        services.AddGuestLoopAuth(config);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        return services;
    }
}
