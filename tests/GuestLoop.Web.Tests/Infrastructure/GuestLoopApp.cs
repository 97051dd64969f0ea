using System.Net.Http.Headers;
using GuestLoop.Web.Features.Customers;
using GuestLoop.Web.Features.Notifications;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace GuestLoop.Web.Tests.Infrastructure;

/// <summary>
/// GuestLoop in memory on a database of its own, with the demo data and an administrator API key.
/// Subclasses choose the provider; every HTTP test runs against each. The periodic rounds (escalation, mail, early
/// warning, retention, triage training, the fold, the night audit) do not run on their own here; tests that need one call its
/// <c>RunOnceAsync</c> or poll a mailbox.
/// </summary>
public abstract class GuestLoopApp(string? dataPath = null) : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-admin-key-6f1c2b9e";

    private readonly string _dataPath = dataPath ?? Path.Combine(Path.GetTempPath(), "guestloop-tests", Guid.NewGuid().ToString("N"));
    private readonly bool _ownsDataPath = dataPath is null;

    public string DataPath => _dataPath;

    /// <summary>When set, the host's clock instead of the system's.</summary>
    public FakeTimeProvider? Clock { get; init; }

    /// <summary>When set, the host's email sender: emails are recorded instead of sent.</summary>
    public RecordingEmailSender? Emails { get; init; }

    /// <summary>The host environment: Testing, unless a test needs what another environment does.</summary>
    protected virtual string EnvironmentName => "Testing";

    /// <summary>Settings of this host beyond the ones every test host has.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    /// <summary>
    /// Whether this app starts from the run's <see cref="SeededTemplates">seeded template</see>: one with a data folder of
    /// its own, the real clock or one started within an hour of it, the testing environment and no settings of its own,
    /// which would migrate and seed the same. Decided once, at the app's start, so a clock moved on later does not change it.
    /// </summary>
    protected bool StartsFromTemplate => _startsFromTemplate ??= _ownsDataPath
        && (Clock is null || (Clock.GetUtcNow() - DateTimeOffset.UtcNow).Duration() < TimeSpan.FromHours(1))
        && Settings.Count == 0 && EnvironmentName == "Testing";

    private bool? _startsFromTemplate;

    /// <summary>Skips the test (or fails it in CI) when this provider's server is not there.</summary>
    public abstract void Require();

    protected abstract void ConfigureDatabase(IWebHostBuilder builder);

    /// <summary>The encryption of personal data of the apps made from this provider's template.</summary>
    protected abstract SensitiveData TemplateSensitive { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("GuestLoop:DataPath", _dataPath);
        builder.UseSetting("GuestLoop:Bootstrap:ApiKey", AdminKey);
        builder.UseSetting("GuestLoop:Escalation:Enabled", "false");
        builder.UseSetting("GuestLoop:Mail:Enabled", "false");
        builder.UseSetting("GuestLoop:Retention:Enabled", "false");
        builder.UseSetting("GuestLoop:EarlyWarning:Enabled", "false");
        builder.UseSetting("GuestLoop:ArrangementCheck:Enabled", "false");
        builder.UseSetting("GuestLoop:NoShow:Enabled", "false");
        builder.UseSetting("GuestLoop:Triage:Enabled", "false");
        builder.UseSetting("GuestLoop:Analytics:FoldEnabled", "false");
        // Every request of an in-memory host comes from one (absent) address; the limits have tests of their own.
        builder.UseSetting("GuestLoop:RateLimits:PerAddress:PermitLimit", "100000");
        builder.UseSetting("GuestLoop:RateLimits:PerProperty:PermitLimit", "100000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        ConfigureDatabase(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddTransient<IStartupFilter, ClientAddressFromHeader>();
            if (Clock is not null)
            {
                services.AddSingleton<TimeProvider>(Clock);
            }

            if (Emails is not null)
            {
                services.AddSingleton<IEmailSender>(Emails);
            }

            if (StartsFromTemplate)
            {
                services.AddSingleton(TemplateSensitive);
            }
        });
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
        if (!_ownsDataPath)
        {
            return;
        }

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

/// <summary>SQLite; <see cref="SharingWith"/> makes a second app on the first one's database file.</summary>
public class SqliteApp : GuestLoopApp
{
    public SqliteApp()
    {
    }

    private SqliteApp(string dataPath) : base(dataPath)
    {
    }

    public static SqliteApp SharingWith(SqliteApp other, RecordingEmailSender? emails) => new(other.DataPath) { Clock = other.Clock, Emails = emails };

    /// <summary>The app that makes the run's template in <paramref name="dataPath"/>.</summary>
    internal static SqliteApp Template(string dataPath) => new(dataPath);

    public override void Require()
    {
    }

    protected override SensitiveData TemplateSensitive => SeededTemplates.SqliteSensitive;

    protected override void ConfigureDatabase(IWebHostBuilder builder)
    {
        if (StartsFromTemplate && !Directory.Exists(DataPath))
        {
            SeededTemplates.CopySqliteInto(DataPath);
        }

        builder.UseSetting("Database:Provider", "sqlite");
    }
}

/// <summary>PostgreSQL on a database of its own; <see cref="SharingWith"/> makes a second app on the first one's database.</summary>
public class PostgresApp : GuestLoopApp
{
    private readonly Lazy<string> _connection;

    public PostgresApp()
    {
        _connection = new(() => StartsFromTemplate ? SeededTemplates.CreatePostgresDatabase(DataPath) : TestDatabases.CreatePostgresDatabase());
    }

    private PostgresApp(string connection, string dataPath) : base(dataPath)
    {
        _connection = new(connection);
    }

    /// <summary>
    /// A second instance: the same database, and the same data folder as a shared volume would give it (evidence files
    /// and the key ring of personal data, which is never kept in the database it protects).
    /// </summary>
    public static PostgresApp SharingWith(PostgresApp other, RecordingEmailSender? emails) =>
        new(other._connection.Value, other.DataPath) { Clock = other.Clock, Emails = emails };

    /// <summary>The app that makes the run's template on <paramref name="connection"/> and in <paramref name="dataPath"/>.</summary>
    internal static PostgresApp Template(string connection, string dataPath) => new(connection, dataPath);

    public override void Require() => TestDatabases.RequirePostgres();

    protected override SensitiveData TemplateSensitive => SeededTemplates.PostgresSensitive;

    protected override void ConfigureDatabase(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "postgres");
        builder.UseSetting("ConnectionStrings:GuestLoop", _connection.Value);
    }
}

/// <summary>The in-memory server has no client address; a test names one in <see cref="Header"/> to be a different guest.</summary>
public sealed class ClientAddressFromHeader : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, following) =>
        {
            if (IPAddress.TryParse(http.Request.Headers[Header].ToString(), out var address))
            {
                http.Connection.RemoteIpAddress = address;
            }

            return following(http);
        });
        next(app);
    };
}
