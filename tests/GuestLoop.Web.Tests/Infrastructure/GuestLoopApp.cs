using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GuestLoop.Web.Tests.Infrastructure;

/// <summary>
/// GuestLoop in memory on a database of its own, with the demo data and an administrator API key.
/// Subclasses choose the provider; every HTTP test runs against each.
/// </summary>
public abstract class GuestLoopApp : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-admin-key-6f1c2b9e";

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "guestloop-tests", Guid.NewGuid().ToString("N"));

    public string DataPath => _dataPath;

    /// <summary>Skips the test (or fails it in CI) when this provider's server is not there.</summary>
    public abstract void Require();

    protected abstract void ConfigureDatabase(IWebHostBuilder builder);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("GuestLoop:DataPath", _dataPath);
        builder.UseSetting("GuestLoop:Bootstrap:ApiKey", AdminKey);
        ConfigureDatabase(builder);
    }

    /// <summary>A client of the integration API; with a user name it acts as that staff member.</summary>
    public HttpClient Api(string? onBehalfOf = null, string key = AdminKey)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        if (onBehalfOf is not null)
        {
            client.DefaultRequestHeaders.Add("X-On-Behalf-Of", onBehalfOf);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing request; the temp folder is cleaned by the OS.
        }
    }
}

public sealed class SqliteApp : GuestLoopApp
{
    public override void Require()
    {
    }

    protected override void ConfigureDatabase(IWebHostBuilder builder) => builder.UseSetting("Database:Provider", "sqlite");
}

public sealed class PostgresApp : GuestLoopApp
{
    private readonly Lazy<string> _connection = new(TestDatabases.CreatePostgresDatabase);

    public override void Require() => TestDatabases.RequirePostgres();

    protected override void ConfigureDatabase(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "postgres");
        builder.UseSetting("ConnectionStrings:GuestLoop", _connection.Value);
    }
}
