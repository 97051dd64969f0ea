using GuestLoop.Web.Components;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Accountability;
using GuestLoop.Web.Features.Analytics;
using GuestLoop.Web.Features.Analytics.Reports;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Compensation;
using GuestLoop.Web.Features.Customers;
using GuestLoop.Web.Features.Improvement;
using GuestLoop.Web.Features.Intake;
using GuestLoop.Web.Features.Library;
using GuestLoop.Web.Features.Mail;
using GuestLoop.Web.Features.Notifications;
using GuestLoop.Web.Features.Operations;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Features.Recognition;
using GuestLoop.Web.Features.Public;
using GuestLoop.Web.Features.Replies;
using GuestLoop.Web.Features.Sla;
using GuestLoop.Web.Features.Supervision;
using GuestLoop.Web.Features.Surveys;
using GuestLoop.Web.Features.Triage;
using GuestLoop.Web.Infrastructure;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
// Run from the source tree (not published), the assets of packages (_content/MudBlazor, _framework) live outside wwwroot and
// only the static web assets manifest finds them; ASP.NET Core reads it in Development only. Published, this does nothing.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddGuestLoop(builder.Configuration, builder.Environment);

var app = builder.Build();
if (Commands.IsCommand(args))
{
    return await Commands.RunAsync(app, args);
}

await StartupTasks.RunAsync(app.Services, app.Configuration, app.Lifetime.ApplicationStopping);

app.UseMiddleware<SecurityHeaders>();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCookiePolicy();
app.UseRequestLocalization();
app.UseRateLimiter();
app.UseMiddleware<RequestSizeLimit>();
app.UseAuthentication();
app.UseAuthorization();
app.UseTwoFactorGate();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapGet("/healthz", StartupTasks.HealthAsync).AllowAnonymous().ExcludeFromDescription();
app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference("/api/docs", o => o.WithTitle("GuestLoop API").WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();

var api = app.MapGroup("/api/v1").RequireAuthorization(AuthSetup.ApiPolicy);
api.MapCasesApi();
api.MapCalendarsApi();
api.MapNotificationsApi();
api.MapCalendarAdminApi();
api.MapPoliciesApi();
api.MapSurveysApi();
api.MapAuditApi();
api.MapImprovementApi();
api.MapSupervisionApi();
api.MapAccountabilityApi();
api.MapLibraryApi();
api.MapIntegrationsApi();
api.MapMailboxesApi();
api.MapImportsApi();
api.MapCompensationApi();
api.MapCompensationLimitsApi();
api.MapRecognitionApi();
api.MapChannelOwnersApi();
api.MapStatsApi();
api.MapAlertsApi();
api.MapReportsApi();
api.MapCustomerSettingsApi();
api.MapCustomersApi();
api.MapTriageApi();
api.MapHealthApi();
api.MapWriteHealthApi();
api.MapSignInSettingsApi();

app.MapAccountEndpoints();
app.MapPublicEndpoints();
app.MapSurveyEndpoints();
app.MapCaseEvidenceEndpoints();
app.MapRepliesApi();
app.MapWebhooksApi();
app.MapLedgerDownload();
app.MapReportDownloads();
app.MapGuestExportDownload();
// SecurityHeaders sets the whole policy, frame-ancestors 'none' included, instead of Blazor's frame-ancestors 'self' alone.
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);

StartupTasks.PrintWelcome(app);
await app.RunAsync();
return 0;
