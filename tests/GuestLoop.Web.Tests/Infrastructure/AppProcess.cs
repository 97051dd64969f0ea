using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GuestLoop.Web.Tests.Infrastructure;

/// <summary>
/// GuestLoop as a real process on 127.0.0.1 (Kestrel, its own data folder), for tests that kill it
/// or drive it with a browser.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private Process? _process;
    private readonly Dictionary<string, string> _environment;

    public AppProcess(string dataPath, IDictionary<string, string>? settings = null)
    {
        DataPath = dataPath;
        Port = FreePort();
        _environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["GuestLoop__DataPath"] = dataPath,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            _environment[key] = value;
        }
    }

    public string DataPath { get; }
    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public string Output { get; private set; } = "";

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet", ["exec", WebAssemblyPath(), "--urls", BaseUrl])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(WebAssemblyPath())!,
        };
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start GuestLoop.");
        _process.OutputDataReceived += (_, e) => Output += e.Data + "\n";
        _process.ErrorDataReceived += (_, e) => Output += e.Data + "\n";
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"GuestLoop exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                if ((await http.GetAsync(BaseUrl + "/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("GuestLoop did not answer /healthz in 90 s:\n" + Output);
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing — what a crash or an OOM kill does.</summary>
    public void Kill()
    {
        _process?.Kill(entireProcessTree: true);
        _process?.WaitForExit();
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            Kill();
        }

        _process?.Dispose();
    }

    /// <summary>The app's own build output (next to its runtimeconfig and static-asset manifests).</summary>
    public static string WebAssemblyPath() => BuiltAssembly("src", "GuestLoop.Web");

    /// <summary>The bench's command line (bench/GuestLoop.Bench), built beside the app by the solution's build.</summary>
    public static string BenchAssemblyPath() => BuiltAssembly("bench", "GuestLoop.Bench");

    private static string BuiltAssembly(string folder, string project)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GuestLoop.slnx")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            throw new InvalidOperationException("Run the tests from inside the GuestLoop repository.");
        }

        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        return Path.Combine(dir.FullName, folder, project, "bin", configuration, "net10.0", project + ".dll");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
