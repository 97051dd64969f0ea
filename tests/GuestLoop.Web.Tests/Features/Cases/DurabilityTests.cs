using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Cases;

/// <summary>
/// An acknowledged case is never lost: eight clients send cases as fast as the app takes them, the process is killed
/// with SIGKILL in the middle of it, and after a restart every case that was answered 201 is there with its number.
/// </summary>
public abstract class DurabilityTests
{
    private const string Key = "durability-key-3b7f";

    protected abstract Dictionary<string, string> Settings();

    [SkippableFact]
    public async Task Every_case_acknowledged_with_201_under_full_load_survives_kill_9_and_restart()
    {
        var settings = Settings();
        settings["GuestLoop__Bootstrap__ApiKey"] = Key;
        var dataPath = Path.Combine(Path.GetTempPath(), "guestloop-kill", Guid.NewGuid().ToString("N"));
        var acknowledged = new ConcurrentDictionary<Guid, string>();
        using (var first = new AppProcess(dataPath, settings))
        {
            await first.StartAsync();
            using var http = Client(first);
            using var stop = new CancellationTokenSource();
            var clients = Enumerable.Range(0, 8).Select(c => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    try
                    {
                        var response = await http.PostAsJsonAsync("/api/v1/cases", Complaint(c, i), JsonSerializerOptions.Web);
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            var json = await response.JsonAsync();
                            acknowledged[json["id"]!.GetValue<Guid>()] = json["number"]!.GetValue<string>();
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return; // the process is gone: a request without an answer was never acknowledged
                    }
                    catch (TaskCanceledException)
                    {
                        return;
                    }
                }
            })).ToList();

            // Killed while intakes are queued, in a batch and committing: wait until the load is well under way.
            while (acknowledged.Count < 300)
            {
                await Task.Delay(20);
            }

            first.Kill();
            stop.Cancel();
            await Task.WhenAll(clients);
        }

        using var second = new AppProcess(dataPath, settings);
        await second.StartAsync();
        using var again = Client(second);
        var missing = new List<Guid>();
        foreach (var (id, number) in acknowledged)
        {
            var found = await again.GetAsync($"/api/v1/cases/{id}");
            if (found.StatusCode != HttpStatusCode.OK || (await found.JsonAsync())["number"]!.GetValue<string>() != number)
            {
                missing.Add(id);
            }
        }

        second.Kill();
        Directory.Delete(dataPath, recursive: true);
        Assert.True(acknowledged.Count >= 300);
        Assert.Empty(missing);
    }

    private static HttpClient Client(AppProcess app)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 16 }) { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return http;
    }

    private static object Complaint(int client, int i) => new
    {
        kind = "complaint", channel = "phone", property = client % 2 == 0 ? "DEMO-HOTEL" : "DEMO-SCENIC",
        title = $"断电后仍在 {client}-{i}", description = "夜里房间突然断电，空调和热水都停了，前台半小时后才回复。",
        customer = new { name = "客人" + client, phone = $"139{client:00}{i % 1_000_000:000000}" },
    };
}

public sealed class DurabilitySqliteTests : DurabilityTests
{
    protected override Dictionary<string, string> Settings() => [];
}

public sealed class DurabilityPostgresTests : DurabilityTests
{
    protected override Dictionary<string, string> Settings()
    {
        TestDatabases.RequirePostgres();
        return new Dictionary<string, string>
        {
            ["Database__Provider"] = "postgres",
            ["ConnectionStrings__GuestLoop"] = TestDatabases.CreatePostgresDatabase(),
        };
    }
}
