using GuestLoop.Web.Components;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Operations;
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

if (WorkspaceAssets.Problem(app.Environment) is { } missingAssets)
{
    await Console.Error.WriteLineAsync(missingAssets);
    return 3;
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
app.MapGuestLoopHealthChecks();
app.MapGuestLoopTelemetry(app.Configuration);
app.MapOpenApi().AllowAnonymous();
// The reference page loads its bundle from this server (embedded in Scalar.AspNetCore) and nothing from elsewhere: no web
// fonts, no telemetry, no Scalar Agent chat; the Content-Security-Policy of /api/docs allows this origin only.
app.MapScalarApiReference("/api/docs", o => o.WithTitle("GuestLoop API").WithOpenApiRoutePattern("/openapi/{documentName}.json")
    .DisableDefaultFonts().DisableTelemetry().DisableAgent().DisableMcp()).AllowAnonymous();

var api = app.MapGroup("/api/v1").RequireAuthorization(AuthSetup.ApiPolicy);
app.MapGuestLoopAreas(api);

// SecurityHeaders sets the whole policy, frame-ancestors 'none' included, instead of Blazor's frame-ancestors 'self' alone.
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);

StartupTasks.PrintWelcome(app);
await app.RunAsync();
return 0;
