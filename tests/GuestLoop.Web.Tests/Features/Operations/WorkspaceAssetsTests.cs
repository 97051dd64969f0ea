using GuestLoop.Web.Infrastructure;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace GuestLoop.Web.Tests.Features.Operations;

/// <summary>A build with the workspace's scripts and styles starts; one without them is told to publish.</summary>
public sealed class WorkspaceAssetsTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public void A_build_run_from_the_source_tree_finds_every_workspace_asset()
    {
        var environment = app.Services.GetRequiredService<IWebHostEnvironment>();

        Assert.Null(WorkspaceAssets.Problem(environment));
    }

    [Fact]
    public void A_web_root_without_the_assets_names_each_missing_one_and_says_to_publish()
    {
        var empty = Directory.CreateTempSubdirectory("guestloop-webroot");
        try
        {
            using var files = new PhysicalFileProvider(empty.FullName);
            var environment = new TestEnvironment { WebRootFileProvider = files, WebRootPath = empty.FullName };

            var problem = WorkspaceAssets.Problem(environment);

            Assert.Equal(WorkspaceAssets.Required, WorkspaceAssets.Missing(files));
            Assert.NotNull(problem);
            Assert.Contains("_framework/blazor.web.js", problem);
            Assert.Contains("dotnet publish", problem);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    private sealed class TestEnvironment : IWebHostEnvironment
    {
        public string ApplicationName { get; set; } = "GuestLoop.Web";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
        public string ContentRootPath { get; set; } = "";
        public string EnvironmentName { get; set; } = "Production";
        public string WebRootPath { get; set; } = "";
        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();
    }
}
