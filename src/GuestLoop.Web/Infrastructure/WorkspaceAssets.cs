using Microsoft.Extensions.FileProviders;

namespace GuestLoop.Web.Infrastructure;

/// <summary>
/// The files every workspace page loads. Published, they are in wwwroot; run from the source tree they are found through
/// the static web assets manifest of the build. A build copied elsewhere without publishing has neither, nor has a
/// published app started from another folder (the content root is the working directory); every workspace page would
/// then load without its script and styles, so the app refuses to start and says what to do.
/// </summary>
public static class WorkspaceAssets
{
    public static readonly string[] Required = ["_framework/blazor.web.js", "_content/MudBlazor/MudBlazor.min.css", "_content/MudBlazor/MudBlazor.min.js"];

    public static IReadOnlyList<string> Missing(IFileProvider webRoot) => Required.Where(path => !webRoot.GetFileInfo(path).Exists).ToList();

    /// <summary>Null when every asset is there, else the message to stop with.</summary>
    public static string? Problem(IWebHostEnvironment environment) => Missing(environment.WebRootFileProvider) is { Count: > 0 } missing
        ? $"GuestLoop cannot start: the workspace's scripts and styles ({string.Join(", ", missing)}) are not in the web root "
          + $"({environment.WebRootPath ?? Path.Combine(environment.ContentRootPath, "wwwroot")}) nor in a static web assets manifest. "
          + "Run the output of `dotnet publish src/GuestLoop.Web -c Release -o <folder>` from that folder (systemd: WorkingDirectory=<folder>; "
          + "see docs/DEPLOYMENT.md), or `dotnet run --project src/GuestLoop.Web` from the source tree."
        : null;
}
