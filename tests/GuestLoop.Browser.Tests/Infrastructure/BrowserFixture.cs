using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GuestLoop.Browser.Tests.Infrastructure;

/// <summary>
/// One GuestLoop server with demo data and one headless Debian Chromium for a test class. Without
/// Chromium the tests skip locally with the reason, and fail under CI=true.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    /// <summary>The bootstrap administrator key of the server, for setting up cases through the API.</summary>
    public const string AdminKey = "browser-admin-key-3d9a51c7";

    public static string ChromiumPath => Environment.GetEnvironmentVariable("GUESTLOOP_TEST_CHROMIUM") ?? "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private AppProcess? _app;

    public IBrowser? Browser { get; private set; }
    public string BaseUrl => _app?.BaseUrl ?? throw new InvalidOperationException("Not started.");

    /// <summary>The app's SQLite database, for a test that counts in it independently of the app's own queries.</summary>
    public string DatabasePath => Path.Combine(_app?.DataPath ?? throw new InvalidOperationException("Not started."), "guestloop.db");
    public string? SkipReason { get; private set; }

    /// <summary>
    /// The triage job would train the demo's model in the background just after start, so a page would show the keyword
    /// rules' suggestion or the model's depending on timing; here, as in the in-memory host, it does not run on its own.
    /// </summary>
    private static Dictionary<string, string> Settings => new()
    {
        ["GuestLoop__Bootstrap__ApiKey"] = AdminKey, ["GuestLoop__Triage__Enabled"] = "false",
    };

    /// <summary>
    /// The data folder of a server started once per run with these settings and stopped: each fixture's server starts
    /// from a copy of it instead of migrating and seeding the demo data itself (about 7 s of a start, for each of the
    /// test classes).
    /// </summary>
    private static readonly Lazy<Task<string>> Template = new(async () =>
    {
        var folder = NewDataPath();
        using (var seeding = new AppProcess(folder, Settings))
        {
            await seeding.StartAsync();
        }

        return folder;
    });

    /// <summary>Settings of a fixture's own server on top of the shared ones (e.g. faster rounds); the demo data stays the template's.</summary>
    protected virtual IReadOnlyDictionary<string, string> ExtraSettings { get; } = new Dictionary<string, string>();

    private static string NewDataPath() => Path.Combine(Path.GetTempPath(), "guestloop-browser", Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"No Chromium at {ChromiumPath} (apt-get install chromium; .ci/run does).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("CI=true but " + SkipReason);
            }

            return;
        }

        var dataPath = NewDataPath();
        DataFolders.Copy(await Template.Value, dataPath);
        var settings = Settings;
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }

        _app = new AppProcess(dataPath, settings);
        await _app.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, string locale = "zh-CN")
    {
        Skip.If(SkipReason is not null, SkipReason);
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    /// <summary>An API client of the server; with a user name it acts as that staff member.</summary>
    public HttpClient Api(string? onBehalfOf = null)
    {
        Skip.If(SkipReason is not null, SkipReason);
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        if (onBehalfOf is not null)
        {
            client.DefaultRequestHeaders.Add("X-On-Behalf-Of", onBehalfOf);
        }

        return client;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _app?.Dispose();
    }
}

/// <summary>
/// One server and browser for several classes whose tests make their own cases and touch no one else's: a fixture of
/// their own would start each a server with the demo data and every round, the costliest part of these tests.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "One server and browser for the workspace pages";
}
